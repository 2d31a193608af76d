import { CounterTrack } from './counter-track';
import {
  DAILY_CURVE_LOWER_BOUND,
  DAILY_CURVE_UPPER_BOUND,
  dailyCurve,
  dailyCurveIntegral,
  profileRateBps,
  type TrafficProfile,
} from './traffic-model';

const HOUR = 3_600_000;
/** Monday 2026-11-02 00:00 China Standard Time. */
const MONDAY = Date.UTC(2026, 10, 1, 16, 0, 0);
const SATURDAY = MONDAY + 5 * 24 * HOUR;

/** Trapezoidal ∫ dailyCurve dt in seconds, as an independent check of the closed form. */
function numericIntegral(fromMs: number, toMs: number, steps = 20_000): number {
  const stepMs = (toMs - fromMs) / steps;
  let sum = (dailyCurve(fromMs) + dailyCurve(toMs)) / 2;
  for (let i = 1; i < steps; i++) {
    sum += dailyCurve(fromMs + i * stepMs);
  }
  return (sum * stepMs) / 1000;
}

describe('dailyCurve', () => {
  it('when it is a weekday, then the late morning and the afternoon are the peaks', () => {
    const at = (hour: number) => dailyCurve(MONDAY + hour * HOUR);
    expect(at(10.5)).toBeGreaterThan(at(13)); // lunch dip
    expect(at(15.5)).toBeGreaterThan(at(13));
    expect(at(10.5)).toBeGreaterThan(0.85);
    expect(at(3)).toBeLessThan(0.2); // night
  });

  it('when it is the weekend, then the same hour carries far less traffic', () => {
    expect(dailyCurve(SATURDAY + 10.5 * HOUR)).toBeLessThan(0.4 * dailyCurve(MONDAY + 10.5 * HOUR));
  });

  it('stays within its bounds and never reaches zero, so counters always advance', () => {
    for (let minute = 0; minute < 24 * 60 * 7; minute += 5) {
      const atMs = MONDAY + minute * 60_000;
      const weekdayShare = dailyCurve(atMs) / (minute < 5 * 24 * 60 ? 1 : 0.35);
      expect(dailyCurve(atMs)).toBeGreaterThan(0);
      expect(dailyCurve(atMs)).toBeLessThanOrEqual(DAILY_CURVE_UPPER_BOUND);
      expect(weekdayShare).toBeGreaterThanOrEqual(
        minute < 5 * 24 * 60 ? DAILY_CURVE_LOWER_BOUND : 0,
      );
    }
  });
});

describe('dailyCurveIntegral', () => {
  it('when the interval lies within one day, then it matches a numeric integral', () => {
    const from = MONDAY + 9.2 * HOUR;
    const to = MONDAY + 11.7 * HOUR;
    expect(dailyCurveIntegral(from, to)).toBeCloseTo(numericIntegral(from, to), 3);
  });

  it('when the interval spans midnight and a weekend, then it matches a numeric integral', () => {
    const from = MONDAY + 4 * 24 * HOUR + 20 * HOUR; // Friday 20:00
    const to = SATURDAY + 2 * 24 * HOUR + 9 * HOUR; // Monday 09:00
    const numeric = numericIntegral(from, to, 200_000);
    expect(Math.abs(dailyCurveIntegral(from, to) - numeric) / numeric).toBeLessThan(1e-6);
  });

  it('when the interval spans many weeks, then whole weeks add up exactly', () => {
    const oneWeek = dailyCurveIntegral(MONDAY, MONDAY + 7 * 24 * HOUR);
    const tenWeeks = dailyCurveIntegral(MONDAY, MONDAY + 70 * 24 * HOUR);
    expect(tenWeeks).toBeCloseTo(10 * oneWeek, 3);
  });

  it('is additive over adjacent intervals', () => {
    const [a, b, c] = [MONDAY + 1.3 * HOUR, MONDAY + 30.1 * HOUR, MONDAY + 100.7 * HOUR];
    expect(dailyCurveIntegral(a, b) + dailyCurveIntegral(b, c)).toBeCloseTo(
      dailyCurveIntegral(a, c),
      6,
    );
  });
});

describe('CounterTrack', () => {
  const tenGig: TrafficProfile = { shape: 'daily', scaleBps: 5e9 };
  const bootMs = MONDAY - 90 * 24 * HOUR;
  const huge = 2n ** 53n + 977n;

  it('when time advances, then the counter never decreases, across midnight and weekends', () => {
    const track = new CounterTrack(bootMs, huge, tenGig);
    let previous = track.octetsAt(MONDAY);
    for (let ms = MONDAY; ms < MONDAY + 8 * 24 * HOUR; ms += 997_003) {
      const current = track.octetsAt(ms);
      expect(current >= previous)
        .withContext(`at ${ms}`)
        .toBeTrue();
      previous = current;
    }
  });

  it('when the mean rate of an interval is taken from the counter, then it equals the integral of the rate', () => {
    const track = new CounterTrack(bootMs, huge, tenGig);
    const from = MONDAY + 10 * HOUR;
    const to = from + 60_000;
    const octets = track.octetsAt(to) - track.octetsAt(from);
    const meanFromCounter = (Number(octets) * 8) / 60;
    const meanFromRate = (5e9 * dailyCurveIntegral(from, to)) / 60;
    expect(Math.abs(meanFromCounter - meanFromRate)).toBeLessThan(1); // bit/s: exact to the octet
    // …and the instantaneous rate sits inside the interval's range.
    expect(meanFromCounter).toBeCloseTo(profileRateBps(tenGig, from + 30_000), -5);
  });

  it('when counters start above 2^53, then they stay exact bigints', () => {
    const track = new CounterTrack(MONDAY, huge, { shape: 'flat', scaleBps: 8 });
    expect(track.octetsAt(MONDAY + 10_000)).toBe(huge + 10n); // 1 octet per second
  });

  it('when the profile switches, then the counter continues from where it was', () => {
    const track = new CounterTrack(MONDAY, 0n, { shape: 'flat', scaleBps: 8_000 });
    track.switchProfile(MONDAY + 10_000, { shape: 'frozen', scaleBps: 0 });
    expect(track.octetsAt(MONDAY + 10_000)).toBe(10_000n);
    expect(track.octetsAt(MONDAY + 50_000)).toBe(10_000n);
    // Intervals before the switch still answer from the old segment.
    expect(track.octetsAt(MONDAY + 5_000)).toBe(5_000n);
  });

  it('when the counter is reset (reboot), then it restarts at 0', () => {
    const track = new CounterTrack(MONDAY, huge, tenGig);
    track.resetTo(MONDAY + HOUR, 0n, tenGig);
    expect(track.octetsAt(MONDAY + HOUR)).toBe(0n);
    const afterOneSecond = track.octetsAt(MONDAY + HOUR + 1_000);
    expect(afterOneSecond > 0n && afterOneSecond < 2n ** 40n).toBeTrue();
  });
});
