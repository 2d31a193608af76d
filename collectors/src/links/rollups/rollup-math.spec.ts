import {
  summariseFiveMinuteBuckets,
  summariseRawSamples,
  weightedMean,
  weightedNearestRank,
  type FiveMinuteFigures,
} from './rollup-math';

describe('roll-up math', () => {
  describe('weightedMean', () => {
    it('when intervals are uneven, then each rate weighs by the time it measured', () => {
      // 1 min at 100, then 3 min (missed polls) at 500: (100 + 1500) / 4.
      expect(weightedMean([100, 500], [60_000, 180_000])).toBe(400);
    });

    it('when nothing weighs, then there is no mean', () => {
      expect(weightedMean([], [])).toBeNull();
      expect(weightedMean([5], [0])).toBeNull();
    });
  });

  describe('weightedNearestRank', () => {
    it('when 100 equal samples 1..100 are ranked, then p95 is the 95th value', () => {
      const values = Array.from({ length: 100 }, (_, i) => i + 1);
      expect(
        weightedNearestRank(
          values,
          values.map(() => 1),
        ),
      ).toBe(95);
    });

    it('when 288 five-minute averages are ranked, then p95 is the 274th (top 14 dropped)', () => {
      const values = Array.from({ length: 288 }, (_, i) => (288 - i) * 1000);
      expect(
        weightedNearestRank(
          values,
          values.map(() => 1),
        ),
      ).toBe(274_000);
    });

    it('when 20 equal samples are ranked, then p95 is the 19th (no floating-point slip)', () => {
      const values = Array.from({ length: 20 }, (_, i) => i + 1);
      expect(
        weightedNearestRank(
          values,
          values.map(() => 1),
        ),
      ).toBe(19);
    });

    it('when one long interval holds most of the time, then its rate is the p95', () => {
      // 10 min at 900 bit/s and ten 1-minute samples at 100: 900 covers half the time.
      const values = [900, ...Array.from({ length: 10 }, () => 100)];
      const weights = [600_000, ...Array.from({ length: 10 }, () => 60_000)];
      expect(weightedNearestRank(values, weights)).toBe(900);
      expect(weightedNearestRank(values, weights, 0.5)).toBe(100);
    });

    it('when samples weigh nothing, then they are left out', () => {
      expect(weightedNearestRank([1_000_000, 7], [0, 60_000])).toBe(7);
      expect(weightedNearestRank([], [])).toBeNull();
    });
  });

  describe('summariseRawSamples', () => {
    it('when a five-minute bucket has uneven samples, then avg, max, p95 and coverage are exact', () => {
      const figures = summariseRawSamples([
        { intervalMs: 60_000, inBps: 100, outBps: 1_000 },
        { intervalMs: 60_000, inBps: 300, outBps: 3_000 },
        { intervalMs: 120_000, inBps: 200, outBps: 2_001 },
      ]);
      expect(figures).toEqual({
        coveredMs: 240_000,
        inAvgBps: 200, // (100 + 300 + 400) / 4
        inMaxBps: 300,
        inP95Bps: 300,
        outAvgBps: 2_001, // (1000 + 3000 + 4002) / 4 = 2000.5, rounded
        outMaxBps: 3_000,
        outP95Bps: 3_000,
      });
    });

    it('when rates exceed 2^53 / interval, then the mean stays exact to the bit/s', () => {
      const rate = 40_000_000_000; // 40 Gbit/s over five minutes: 1.2e16 > 2^53 in the sum
      const figures = summariseRawSamples([
        { intervalMs: 300_000, inBps: rate, outBps: rate + 1 },
        { intervalMs: 300_000, inBps: rate, outBps: rate + 1 },
      ]);
      expect(figures?.inAvgBps).toBe(rate);
      expect(figures?.outAvgBps).toBe(rate + 1);
    });

    it('when there are no samples, then there is no bucket', () => {
      expect(summariseRawSamples([])).toBeNull();
    });
  });

  describe('summariseFiveMinuteBuckets', () => {
    const bucket = (coveredMs: number, avg: number, max = avg): FiveMinuteFigures => ({
      coveredMs,
      inAvgBps: avg,
      inMaxBps: max,
      outAvgBps: avg * 2,
      outMaxBps: max * 2,
    });

    it('when a day is rolled from 288 buckets, then p95 drops the top 5 % of the averages', () => {
      const buckets = Array.from({ length: 288 }, (_, i) => bucket(300_000, (i + 1) * 10, 99_999));
      const day = summariseFiveMinuteBuckets(buckets)!;
      expect(day.inP95Bps).toBe(2_740);
      expect(day.outP95Bps).toBe(5_480);
      expect(day.inMaxBps).toBe(99_999);
      expect(day.coveredMs).toBe(86_400_000);
    });

    it('when buckets are partly covered, then the day mean equals the raw time-weighted mean', () => {
      // Raw: 5 min at 100 (bucket 1, full) and 1 min at 700 (bucket 2, one sample).
      const day = summariseFiveMinuteBuckets([bucket(300_000, 100), bucket(60_000, 700)])!;
      expect(day.inAvgBps).toBe(200); // (100·5 + 700·1) / 6
      expect(day.coveredMs).toBe(360_000);
    });
  });
});
