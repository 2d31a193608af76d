import type { TrafficPoint, TrafficResolution } from '../links-api.types';

/** A stretch of time no sample measured: [fromMs, toMs). */
export interface TrafficGap {
  fromMs: number;
  toMs: number;
}

/**
 * Where a member's data has holes. A point stands for its bucket and, through its coverage,
 * for the time its samples measured, which reaches back before the bucket when a poll interval
 * was long (a village polled every 5 minutes, drawn in 10-second steps, has no holes). A gap is
 * the time between one point's bucket end and the earliest time the next point measured.
 *
 * Raw points are stamped with their step, not their exact sample time, so up to one step of
 * slack is tolerated there; roll-up buckets are exact, so a whole missing bucket is a gap.
 */
export function findTrafficGaps(
  points: readonly TrafficPoint[],
  stepMs: number,
  resolution: TrafficResolution,
): TrafficGap[] {
  const slackMs = resolution === 'raw' ? stepMs : stepMs * 0.01;
  const gaps: TrafficGap[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const previousEnd = points[i - 1]![0] + stepMs;
    const [start, , , , , , , coverage] = points[i]!;
    const measuredFrom = start + stepMs - coverage * stepMs;
    if (measuredFrom - previousEnd > slackMs) {
      gaps.push({ fromMs: previousEnd, toMs: measuredFrom });
    }
  }
  return gaps;
}
