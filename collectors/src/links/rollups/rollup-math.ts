/**
 * The arithmetic of traffic roll-ups, free of SQL. Every figure is in bit/s, rounded to whole
 * bit/s only at the end.
 *
 * What each 95th percentile is a percentile of:
 * - 5 min and 1 h buckets: of the raw samples in the bucket, each weighted by the time it
 *   measured (`intervalMs`): the smallest rate that the link stayed at or below for 95 % of the
 *   measured time (nearest rank; with equal intervals, the classic ceil(0.95 n)-th value).
 * - 1 day buckets: of the day's five-minute averages, one vote each: the billing convention
 *   (drop the top 5 % of five-minute averages, report the highest left).
 */

export const PERCENTILE = 0.95;

/** A raw sample: the mean rates over `intervalMs` milliseconds. */
export interface RateSample {
  intervalMs: number;
  inBps: number;
  outBps: number;
}

/** A five-minute bucket, as the daily roll-up reads it back. */
export interface FiveMinuteFigures {
  coveredMs: number;
  inAvgBps: number;
  inMaxBps: number;
  outAvgBps: number;
  outMaxBps: number;
}

export interface BucketFigures extends FiveMinuteFigures {
  inP95Bps: number;
  outP95Bps: number;
}

/** Σ value·weight / Σ weight; null when nothing weighs. */
export function weightedMean(values: readonly number[], weights: readonly number[]): number | null {
  let weightedSum = 0;
  let totalWeight = 0;
  for (let i = 0; i < values.length; i += 1) {
    weightedSum += values[i]! * weights[i]!;
    totalWeight += weights[i]!;
  }
  return totalWeight > 0 ? weightedSum / totalWeight : null;
}

/**
 * Nearest-rank percentile with weights: sort by value, walk the cumulative weight, answer the
 * first value at which it reaches `fraction` of the total. Always one of the values (never an
 * interpolation), so a p95 is a rate that was really measured. Null when nothing weighs.
 */
export function weightedNearestRank(
  values: readonly number[],
  weights: readonly number[],
  fraction = PERCENTILE,
): number | null {
  const order = values.map((_, i) => i).filter((i) => weights[i]! > 0);
  if (order.length === 0) return null;
  order.sort((a, b) => values[a]! - values[b]!);
  const total = order.reduce((sum, i) => sum + weights[i]!, 0);
  const target = fraction * total;
  let cumulative = 0;
  for (const i of order) {
    cumulative += weights[i]!;
    // A relative tolerance: 0.95 · 20 is 19.000000000000004 in floating point.
    if (cumulative >= target - total * 1e-12) return values[i]!;
  }
  return values[order[order.length - 1]!]!;
}

function maxOf(values: readonly number[]): number {
  return values.reduce((max, value) => (value > max ? value : max), 0);
}

/** A 5 min or 1 h bucket from its raw samples; null for no samples. */
export function summariseRawSamples(samples: readonly RateSample[]): BucketFigures | null {
  const weights = samples.map((sample) => sample.intervalMs);
  const inRates = samples.map((sample) => sample.inBps);
  const outRates = samples.map((sample) => sample.outBps);
  const inAvg = weightedMean(inRates, weights);
  const outAvg = weightedMean(outRates, weights);
  if (inAvg === null || outAvg === null) return null;
  return {
    coveredMs: weights.reduce((sum, weight) => sum + weight, 0),
    inAvgBps: Math.round(inAvg),
    inMaxBps: maxOf(inRates),
    inP95Bps: weightedNearestRank(inRates, weights)!,
    outAvgBps: Math.round(outAvg),
    outMaxBps: maxOf(outRates),
    outP95Bps: weightedNearestRank(outRates, weights)!,
  };
}

/**
 * A day from its five-minute buckets. The mean weighs each bucket by its covered time, which
 * gives exactly the time-weighted mean of the raw samples; the maximum is exact too. The p95 is
 * of the five-minute averages, one vote each (see above).
 */
export function summariseFiveMinuteBuckets(
  buckets: readonly FiveMinuteFigures[],
): BucketFigures | null {
  const weights = buckets.map((bucket) => bucket.coveredMs);
  const inAvg = weightedMean(
    buckets.map((bucket) => bucket.inAvgBps),
    weights,
  );
  const outAvg = weightedMean(
    buckets.map((bucket) => bucket.outAvgBps),
    weights,
  );
  if (inAvg === null || outAvg === null) return null;
  const votes = buckets.map(() => 1);
  return {
    coveredMs: weights.reduce((sum, weight) => sum + weight, 0),
    inAvgBps: Math.round(inAvg),
    inMaxBps: maxOf(buckets.map((bucket) => bucket.inMaxBps)),
    inP95Bps: weightedNearestRank(
      buckets.map((bucket) => bucket.inAvgBps),
      votes,
    )!,
    outAvgBps: Math.round(outAvg),
    outMaxBps: maxOf(buckets.map((bucket) => bucket.outMaxBps)),
    outP95Bps: weightedNearestRank(
      buckets.map((bucket) => bucket.outAvgBps),
      votes,
    )!,
  };
}
