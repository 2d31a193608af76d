/**
 * Simulated traffic of a government network, chosen so that octet counters are exact.
 *
 * rate(t) = scale × w(day) × f(s), where s is the second of the day in China Standard Time and
 * w(day) is 1 on weekdays and lower at weekends. f is a truncated Fourier series,
 *   f(s) = A0 + Σₖ₌₁..₆ (aₖ·cos(kωs) + bₖ·sin(kωs)),  ω = 2π / 1 day,
 * whose coefficients are the projection of a working-hours profile (night ≈ 0.08, ramp from
 * 07:00, peak ≈ 1 at 10:30, lunch dip ≈ 0.45 at 13:00, second peak at 15:30–16:00, evening
 * decay) onto six harmonics: smooth, always positive (minimum 0.067 at 05:15), and its integral
 * is closed-form. So a counter is offset + scale/8 × ∫f: the agent answers exact values at any
 * instant, and a test computes the mean rate of any interval from the same function.
 */

const SECONDS_PER_DAY = 86_400;
const OMEGA = (2 * Math.PI) / SECONDS_PER_DAY;
const CHINA_STANDARD_OFFSET_S = 8 * 3_600;

const A0 = 0.4086;
const COSINE_TERMS = [-0.3826, 0.0445, 0.0871, -0.0703, 0.0133, 0.0057] as const;
const SINE_TERMS = [-0.1472, -0.0033, 0.1209, -0.1248, 0.0617, -0.0136] as const;

/** Traffic at weekends, relative to a weekday; index 0 = Sunday. */
const WEEKDAY_FACTOR = [0.3, 1, 1, 1, 1, 1, 0.35] as const;
const WEEK_WEIGHT = WEEKDAY_FACTOR.reduce((sum, factor) => sum + factor, 0);

/** Bounds of f over a day, for callers sizing utilisation (checked by the spec). */
export const DAILY_CURVE_UPPER_BOUND = 1.02;
export const DAILY_CURVE_LOWER_BOUND = 0.06;

interface LocalInstant {
  day: number;
  secondOfDay: number;
}

function toLocal(epochMs: number): LocalInstant {
  const localSeconds = epochMs / 1000 + CHINA_STANDARD_OFFSET_S;
  const day = Math.floor(localSeconds / SECONDS_PER_DAY);
  return { day, secondOfDay: localSeconds - day * SECONDS_PER_DAY };
}

/** Day 0 (1970-01-01) was a Thursday. */
function weekdayFactor(day: number): number {
  return WEEKDAY_FACTOR[(((day + 4) % 7) + 7) % 7];
}

function curveWithinDay(secondOfDay: number): number {
  let value = A0;
  for (let k = 1; k <= COSINE_TERMS.length; k++) {
    const phase = k * OMEGA * secondOfDay;
    value += COSINE_TERMS[k - 1] * Math.cos(phase) + SINE_TERMS[k - 1] * Math.sin(phase);
  }
  return value;
}

/** ∫₀ˢ f(x) dx within one day. */
function primitiveWithinDay(secondOfDay: number): number {
  let value = A0 * secondOfDay;
  for (let k = 1; k <= COSINE_TERMS.length; k++) {
    const phase = k * OMEGA * secondOfDay;
    value +=
      (COSINE_TERMS[k - 1] * Math.sin(phase) + SINE_TERMS[k - 1] * (1 - Math.cos(phase))) /
      (k * OMEGA);
  }
  return value;
}

/** Sum of weekday factors of the whole days firstDay … lastDay − 1. */
function weightOfDays(firstDay: number, lastDay: number): number {
  const days = lastDay - firstDay;
  const weeks = Math.floor(days / 7);
  let weight = weeks * WEEK_WEIGHT;
  for (let day = firstDay + weeks * 7; day < lastDay; day++) {
    weight += weekdayFactor(day);
  }
  return weight;
}

/** The daily curve w(day)·f(s) at an instant: a share of the interface's scale rate. */
export function dailyCurve(epochMs: number): number {
  const { day, secondOfDay } = toLocal(epochMs);
  return weekdayFactor(day) * curveWithinDay(secondOfDay);
}

/**
 * ∫ dailyCurve dt over [fromMs, toMs], in seconds. Whole days contribute A0 × 86,400 each
 * (the harmonics integrate to zero over a day), so the work does not grow with the span and
 * the magnitudes stay small enough for doubles to keep counters exact to the octet.
 */
export function dailyCurveIntegral(fromMs: number, toMs: number): number {
  if (toMs <= fromMs) {
    return 0;
  }
  const from = toLocal(fromMs);
  const to = toLocal(toMs);
  if (from.day === to.day) {
    return (
      weekdayFactor(from.day) *
      (primitiveWithinDay(to.secondOfDay) - primitiveWithinDay(from.secondOfDay))
    );
  }
  const restOfFirstDay =
    weekdayFactor(from.day) * (A0 * SECONDS_PER_DAY - primitiveWithinDay(from.secondOfDay));
  const wholeDays = weightOfDays(from.day + 1, to.day) * A0 * SECONDS_PER_DAY;
  const startOfLastDay = weekdayFactor(to.day) * primitiveWithinDay(to.secondOfDay);
  return restOfFirstDay + wholeDays + startOfLastDay;
}

/** How an interface's traffic behaves during one stretch of time. */
export type TrafficShape = 'daily' | 'flat' | 'frozen';

export interface TrafficProfile {
  shape: TrafficShape;
  /** bit/s at curve value 1 ('daily'), or the constant rate ('flat'); ignored when frozen. */
  scaleBps: number;
}

export const FROZEN: TrafficProfile = { shape: 'frozen', scaleBps: 0 };

/** Instantaneous rate of a profile, bit/s. */
export function profileRateBps(profile: TrafficProfile, epochMs: number): number {
  switch (profile.shape) {
    case 'daily':
      return profile.scaleBps * dailyCurve(epochMs);
    case 'flat':
      return profile.scaleBps;
    case 'frozen':
      return 0;
  }
}

/** Octets a profile moves over [fromMs, toMs], not yet rounded. */
export function profileOctets(profile: TrafficProfile, fromMs: number, toMs: number): number {
  switch (profile.shape) {
    case 'daily':
      return (profile.scaleBps / 8) * dailyCurveIntegral(fromMs, toMs);
    case 'flat':
      return (profile.scaleBps / 8) * (Math.max(0, toMs - fromMs) / 1000);
    case 'frozen':
      return 0;
  }
}
