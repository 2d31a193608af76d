import { bucketStartMs, rollupBucketStartMs } from './traffic-resolutions';

describe('traffic resolutions', () => {
  it('when a time is bucketed by 5 minutes or an hour, then buckets start on UTC boundaries', () => {
    const at = Date.parse('2026-03-01T10:07:13.250Z');
    expect(new Date(rollupBucketStartMs(at, '5m')).toISOString()).toBe('2026-03-01T10:05:00.000Z');
    expect(new Date(rollupBucketStartMs(at, '1h')).toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });

  it('when a time is bucketed by day, then the day is the Beijing day (starts 16:00 UTC)', () => {
    expect(
      new Date(rollupBucketStartMs(Date.parse('2026-03-01T10:00:00Z'), '1d')).toISOString(),
    ).toBe('2026-02-28T16:00:00.000Z');
    expect(
      new Date(rollupBucketStartMs(Date.parse('2026-03-01T16:00:00Z'), '1d')).toISOString(),
    ).toBe('2026-03-01T16:00:00.000Z');
  });

  it('when a time lies exactly on a boundary, then it starts its own bucket', () => {
    const boundary = Date.parse('2026-03-01T10:05:00Z');
    expect(bucketStartMs(boundary, 300_000)).toBe(boundary);
    expect(bucketStartMs(boundary - 1, 300_000)).toBe(boundary - 300_000);
  });
});
