/**
 * Availability of an uplink from its state-change timeline, pure.
 *
 * Definition (what the console and reports mean by 可用率):
 *   availability = time in a known state other than `down` ÷ time in a known state,
 * over the period [from, to) — a calendar month in China Standard Time (UTC+8, the month the
 * users report on), cut at now while it runs; the answer states both ends. Known states are compliant,
 * redundancy_lost, under_provisioned, congested (all carry traffic) and down. Time in
 * `unknown` (no member read yet, a collector gap) and time before the uplink's first
 * evaluation (it did not exist yet, or was not polled) count neither way: they are reported as
 * `unknownSeconds`, so a reader sees how much of the period the figure rests on. An uplink
 * with no known time has no availability (null), never 100 %.
 */

export const DOWN_STATE = 'down';
export const UNKNOWN_STATE = 'unknown';

export interface TimeWindow {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive. */
  to: number;
}

export interface StateChangePoint {
  at: number;
  state: string;
}

/** A stretch of one state; `state` null before the uplink's first evaluation. */
export interface StateSegment {
  start: number;
  end: number;
  state: string | null;
}

export interface AvailabilityFigures {
  periodSeconds: number;
  knownSeconds: number;
  downSeconds: number;
  unknownSeconds: number;
  /** 0..1, or null when no time in the period had a known state. */
  availability: number | null;
}

/**
 * The window cut into segments. `stateAtStart` is the state in force at `window.from` (the
 * last change before it), null when the uplink had none yet. Changes outside the window are
 * ignored; changes must be sorted by time.
 */
export function stateSegments(
  stateAtStart: string | null,
  changes: readonly StateChangePoint[],
  window: TimeWindow,
): StateSegment[] {
  const segments: StateSegment[] = [];
  let current: StateSegment = { start: window.from, end: window.to, state: stateAtStart };
  for (const change of changes) {
    if (change.at < window.from || change.at >= window.to) continue;
    if (change.state === current.state) continue;
    if (change.at > current.start) segments.push({ ...current, end: change.at });
    current = { start: change.at, end: window.to, state: change.state };
  }
  if (current.end > current.start) segments.push(current);
  return segments;
}

export function availabilityOf(segments: readonly StateSegment[]): AvailabilityFigures {
  let period = 0;
  let down = 0;
  let unknown = 0;
  for (const segment of segments) {
    const length = segment.end - segment.start;
    period += length;
    if (segment.state === null || segment.state === UNKNOWN_STATE) unknown += length;
    else if (segment.state === DOWN_STATE) down += length;
  }
  return figures(period, down, unknown);
}

/**
 * Several uplinks pooled (a unit over the uplinks of its subtree): uplink-time up ÷ uplink-time
 * known, so an uplink known for the whole month weighs more than one added last week.
 */
export function pooledAvailability(parts: readonly AvailabilityFigures[]): AvailabilityFigures {
  let period = 0;
  let down = 0;
  let unknown = 0;
  for (const part of parts) {
    period += part.periodSeconds * 1000;
    down += part.downSeconds * 1000;
    unknown += part.unknownSeconds * 1000;
  }
  return figures(period, down, unknown);
}

function figures(periodMs: number, downMs: number, unknownMs: number): AvailabilityFigures {
  const knownMs = periodMs - unknownMs;
  return {
    periodSeconds: periodMs / 1000,
    knownSeconds: knownMs / 1000,
    downSeconds: downMs / 1000,
    unknownSeconds: unknownMs / 1000,
    availability: knownMs > 0 ? (knownMs - downMs) / knownMs : null,
  };
}

/** China Standard Time has no daylight saving: a fixed UTC+8. */
export const CHINA_UTC_OFFSET_MS = 8 * 3600 * 1000;

/**
 * A calendar month `YYYY-MM` in China Standard Time, cut at `now` while it is running. Null
 * for a month that has not begun.
 */
export function monthWindow(month: string, now: number): TimeWindow | null {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const from = Date.UTC(year, monthNumber - 1, 1) - CHINA_UTC_OFFSET_MS;
  const end = Date.UTC(year, monthNumber, 1) - CHINA_UTC_OFFSET_MS;
  if (from >= now) return null;
  return { from, to: Math.min(end, now) };
}
