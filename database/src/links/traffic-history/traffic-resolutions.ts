/**
 * The resolutions traffic history is kept at. `raw` is one row per member interface per poll
 * (`interface_samples`); the others are roll-ups with one row per interface and bucket.
 */
export const TrafficResolution = {
  Raw: 'raw',
  FiveMinutes: '5m',
  Hour: '1h',
  Day: '1d',
} as const;
export type TrafficResolution = (typeof TrafficResolution)[keyof typeof TrafficResolution];

/** Finest first: the order the chart's automatic choice walks. */
export const TRAFFIC_RESOLUTIONS: readonly TrafficResolution[] = Object.values(TrafficResolution);

export type RollupResolution = Exclude<TrafficResolution, 'raw'>;
export const ROLLUP_RESOLUTIONS: readonly RollupResolution[] = ['5m', '1h', '1d'];

export const ROLLUP_BUCKET_MS: Readonly<Record<RollupResolution, number>> = {
  '5m': 300_000,
  '1h': 3_600_000,
  '1d': 86_400_000,
};

export const ROLLUP_TABLES: Readonly<Record<RollupResolution, string>> = {
  '5m': 'traffic_rollups_5m',
  '1h': 'traffic_rollups_1h',
  '1d': 'traffic_rollups_1d',
};

/**
 * Days are Beijing days (China Standard Time, UTC+8, no daylight saving since 1991): a daily
 * figure is what an operator in Wuhan calls "that day", from 00:00 to 24:00 local time. Five
 * minutes and hours divide 8 hours, so the offset changes nothing for them.
 */
export const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 3_600_000;

/** Start (epoch ms) of the bucket of `epochMs`, for any bucket length, aligned to Beijing time. */
export function bucketStartMs(epochMs: number, bucketMs: number): number {
  const local = epochMs + CHINA_STANDARD_TIME_OFFSET_MS;
  return local - (((local % bucketMs) + bucketMs) % bucketMs) - CHINA_STANDARD_TIME_OFFSET_MS;
}

/** Start of the roll-up bucket that holds `epochMs`. */
export function rollupBucketStartMs(epochMs: number, resolution: RollupResolution): number {
  return bucketStartMs(epochMs, ROLLUP_BUCKET_MS[resolution]);
}

export function isTrafficResolution(value: unknown): value is TrafficResolution {
  return TRAFFIC_RESOLUTIONS.includes(value as TrafficResolution);
}
