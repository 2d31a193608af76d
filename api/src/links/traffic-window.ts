import {
  ROLLUP_BUCKET_MS,
  TRAFFIC_RESOLUTIONS,
  bucketStartMs,
  retentionCutoffMs,
  type TrafficResolution,
  type TrafficRetention,
} from '@extranet/database';
import {
  MAX_RAW_POINTS,
  MAX_ROLLUP_POINTS,
  TRAFFIC_RANGE_PRESETS,
  type TrafficQuery,
} from './traffic.schemas';

/** Bucket widths a chart axis reads well at, in seconds; past a day, whole days. */
const NICE_STEPS_SECONDS = [
  10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];
/** Raw samples are the automatic choice only while their step is finer than five minutes. */
const FINEST_ROLLUP_MS = ROLLUP_BUCKET_MS['5m'];

export interface TrafficWindow {
  fromMs: number;
  toMs: number;
  stepMs: number;
  resolution: TrafficResolution;
}

/** Why a resolution cannot serve a range. */
export type Unservable = 'beyond_retention' | 'too_many_points';

/** The smallest readable step that keeps [from, to) within the point budget. */
export function chooseStepMs(spanMs: number, maxPoints = MAX_RAW_POINTS): number {
  const minimumSeconds = spanMs / maxPoints / 1000;
  const nice = NICE_STEPS_SECONDS.find((seconds) => seconds >= minimumSeconds);
  const seconds = nice ?? Math.ceil(minimumSeconds / 86400) * 86400;
  return seconds * 1000;
}

/** Step of a resolution over a span: raw is bucketed for reading; a roll-up is its bucket. */
export function stepFor(resolution: TrafficResolution, spanMs: number): number {
  return resolution === 'raw' ? chooseStepMs(spanMs) : ROLLUP_BUCKET_MS[resolution];
}

/**
 * The window of a query at a resolution. A preset ends at the next step boundary after `now`
 * (in Beijing time, which only matters for days), so that refreshing a chart keeps the same
 * buckets instead of sliding them; from/to are kept as given.
 */
export function windowAt(
  query: TrafficQuery,
  resolution: TrafficResolution,
  nowMs: number,
): TrafficWindow {
  if (query.from !== undefined && query.to !== undefined) {
    const fromMs = Date.parse(query.from);
    const toMs = Date.parse(query.to);
    return { fromMs, toMs, stepMs: stepFor(resolution, toMs - fromMs), resolution };
  }
  const spanMs = TRAFFIC_RANGE_PRESETS[query.range ?? '24h'];
  const stepMs = stepFor(resolution, spanMs);
  const start = bucketStartMs(nowMs, stepMs);
  const toMs = start === nowMs ? nowMs : start + stepMs;
  return { fromMs: toMs - spanMs, toMs, stepMs, resolution };
}

/** Null when the resolution can serve the window, else why not. */
export function whyUnservable(
  window: TrafficWindow,
  retention: TrafficRetention,
  nowMs: number,
): Unservable | null {
  const spanMs = window.toMs - window.fromMs;
  if (window.resolution !== 'raw' && spanMs / window.stepMs > MAX_ROLLUP_POINTS) {
    return 'too_many_points';
  }
  if (window.fromMs < retentionCutoffMs(retention, window.resolution, nowMs)) {
    return 'beyond_retention';
  }
  return null;
}

export interface ResolvedTraffic {
  window: TrafficWindow;
  servable: TrafficResolution[];
  /** Set when an explicit resolution cannot serve the range. */
  refusal: Unservable | null;
}

/**
 * Picks the data a chart reads. Automatic: the finest resolution that needs no more than the
 * point budget (raw while its step is under five minutes, then 5 min, 1 h, 1 d at one point per
 * bucket) and that retention still holds from `from` on; when nothing holds that far back, days
 * (kept longest). Explicit: that resolution, or a refusal saying why it cannot serve.
 */
export function resolveTraffic(
  query: TrafficQuery,
  retention: TrafficRetention,
  nowMs: number,
): ResolvedTraffic {
  const windows = TRAFFIC_RESOLUTIONS.map((resolution) => windowAt(query, resolution, nowMs));
  const reasons = windows.map((window) => whyUnservable(window, retention, nowMs));
  const servable = TRAFFIC_RESOLUTIONS.filter((_, i) => reasons[i] === null);
  const requested = query.resolution ?? 'auto';
  if (requested !== 'auto') {
    const i = TRAFFIC_RESOLUTIONS.indexOf(requested);
    return { window: windows[i]!, servable, refusal: reasons[i]! };
  }
  const detailed = (window: TrafficWindow) =>
    window.resolution !== 'raw' || window.stepMs < FINEST_ROLLUP_MS;
  const chosen =
    windows.find((window, i) => detailed(window) && reasons[i] === null) ??
    windows[windows.length - 1]!;
  return { window: chosen, servable, refusal: null };
}

/**
 * Where a roll-up window's newest, not yet rolled buckets start: after the last stored bucket
 * (or at the window's first bucket when none is stored, e.g. on a new install), never before
 * raw retention. Those buckets are computed from raw samples, so a chart never lags the
 * roll-up jobs. Null when there is nothing to compute (stored to the end, or raw gone).
 */
export function unrolledTailStartMs(
  window: TrafficWindow,
  lastStoredStartMs: number | null,
  rawCutoffMs: number,
): number | null {
  if (window.resolution === 'raw') return null;
  const bucketMs = window.stepMs;
  const firstStart = bucketStartMs(window.fromMs, bucketMs);
  const windowStart = firstStart < window.fromMs ? firstStart + bucketMs : firstStart;
  const afterStored = lastStoredStartMs === null ? windowStart : lastStoredStartMs + bucketMs;
  const rawStart = bucketStartMs(rawCutoffMs, bucketMs) + bucketMs;
  const tailStart = Math.max(windowStart, afterStored, rawStart);
  return tailStart < window.toMs ? tailStart : null;
}

/** Number of buckets the window is cut into. */
export function bucketCount(window: TrafficWindow): number {
  return Math.ceil((window.toMs - window.fromMs) / window.stepMs);
}
