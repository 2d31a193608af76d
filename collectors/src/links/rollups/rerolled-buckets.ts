import { ROLLUP_BUCKET_MS, rollupBucketStartMs, type RollupResolution } from '@extranet/database';

/** An (interface, time) that received new raw samples, at the granularity SQL reported it. */
export interface TouchedSlot {
  interfaceId: number;
  /** Start (epoch ms) of the slot: a five-minute or hourly slot, finer than the target bucket. */
  slotStartMs: number;
}

/** Buckets of one start time to roll (again), for these interfaces. */
export interface BucketsToRoll {
  bucketStartMs: number;
  interfaceIds: number[];
}

export interface RerollSelection {
  buckets: BucketsToRoll[];
  /** Touched buckets left alone because their source rows were already pruned. */
  skippedBeyondSource: number;
}

/**
 * Which buckets to (re)compute after new raw rows arrived. A new row, however old its
 * sampled_at (a late sample flushed from the collector's disk buffer), marks its whole bucket
 * for recomputation from the source, so the result equals a roll-up that had seen it in time.
 *
 * A bucket that starts before `sourceCutoffMs` is skipped: its source has been (partly) pruned,
 * and recomputing it from what is left would replace good figures with worse ones.
 */
export function selectBucketsToRoll(
  touched: readonly TouchedSlot[],
  resolution: RollupResolution,
  sourceCutoffMs: number,
): RerollSelection {
  const byBucket = new Map<number, Set<number>>();
  const skipped = new Set<string>();
  for (const slot of touched) {
    const bucketStartMs = rollupBucketStartMs(slot.slotStartMs, resolution);
    if (bucketStartMs < sourceCutoffMs) {
      skipped.add(`${slot.interfaceId}@${bucketStartMs}`);
      continue;
    }
    let interfaces = byBucket.get(bucketStartMs);
    if (!interfaces) {
      interfaces = new Set();
      byBucket.set(bucketStartMs, interfaces);
    }
    interfaces.add(slot.interfaceId);
  }
  const buckets = [...byBucket.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bucketStartMs, interfaces]) => ({
      bucketStartMs,
      interfaceIds: [...interfaces].sort((a, b) => a - b),
    }));
  return { buckets, skippedBeyondSource: skipped.size };
}

/** Bucket end (exclusive) for a start. */
export function bucketEndMs(bucketStartMs: number, resolution: RollupResolution): number {
  return bucketStartMs + ROLLUP_BUCKET_MS[resolution];
}
