import { MAX_POINTS_PER_SERIES, TRAFFIC_RANGE_PRESETS, type TrafficQuery } from './traffic.schemas';

/** Bucket widths a chart axis reads well at, in seconds; past a day, whole days. */
const NICE_STEPS_SECONDS = [
  10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];

export interface TrafficWindow {
  fromMs: number;
  toMs: number;
  stepMs: number;
}

/** The smallest readable step that keeps [from, to) within the point budget. */
export function chooseStepMs(spanMs: number, maxPoints = MAX_POINTS_PER_SERIES): number {
  const minimumSeconds = spanMs / maxPoints / 1000;
  const nice = NICE_STEPS_SECONDS.find((seconds) => seconds >= minimumSeconds);
  const seconds = nice ?? Math.ceil(minimumSeconds / 86400) * 86400;
  return seconds * 1000;
}

/**
 * Resolves the query to a window. A preset ends at the next step boundary after `now`, so that
 * refreshing a chart keeps the same buckets (and the same means) instead of sliding them.
 */
export function resolveTrafficWindow(query: TrafficQuery, nowMs: number): TrafficWindow {
  if (query.from !== undefined && query.to !== undefined) {
    const fromMs = Date.parse(query.from);
    const toMs = Date.parse(query.to);
    return { fromMs, toMs, stepMs: chooseStepMs(toMs - fromMs) };
  }
  const spanMs = TRAFFIC_RANGE_PRESETS[query.range ?? '24h'];
  const stepMs = chooseStepMs(spanMs);
  const toMs = Math.ceil(nowMs / stepMs) * stepMs;
  return { fromMs: toMs - spanMs, toMs, stepMs };
}

/** Number of buckets the window is cut into; never more than the point budget. */
export function bucketCount(window: TrafficWindow): number {
  return Math.ceil((window.toMs - window.fromMs) / window.stepMs);
}
