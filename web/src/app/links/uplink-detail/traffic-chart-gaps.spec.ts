import type { TrafficPoint } from '../links-api.types';
import { findTrafficGaps } from './traffic-chart-gaps';

const MINUTE = 60_000;
const point = (startMs: number, coverage: number): TrafficPoint => [
  startMs,
  1,
  1,
  1,
  1,
  null,
  null,
  coverage,
];

describe('findTrafficGaps', () => {
  it('when 5-minute buckets follow each other, then there is no gap', () => {
    const points = [0, 5, 10].map((m) => point(m * MINUTE, 1));
    expect(findTrafficGaps(points, 5 * MINUTE, '5m')).toEqual([]);
  });

  it('when a 5-minute bucket is missing, then its time is a gap', () => {
    const points = [point(0, 1), point(10 * MINUTE, 1)];
    expect(findTrafficGaps(points, 5 * MINUTE, '5m')).toEqual([
      { fromMs: 5 * MINUTE, toMs: 10 * MINUTE },
    ]);
  });

  it('when the next bucket measured back over the missing one (a long poll), then there is no gap', () => {
    // The sample ending in 10..15 covers 10 minutes: coverage 2 of a 5-minute step.
    const points = [point(0, 1), point(10 * MINUTE, 2)];
    expect(findTrafficGaps(points, 5 * MINUTE, '5m')).toEqual([]);
  });

  it('when raw samples every 5 minutes are drawn in 10-second steps, then there is no gap', () => {
    const points = [0, 5, 10].map((m) => point(m * MINUTE, 30));
    expect(findTrafficGaps(points, 10_000, 'raw')).toEqual([]);
  });

  it('when raw samples stop for a while (a reboot), then the unmeasured time is a gap', () => {
    const points = [point(0, 6), point(MINUTE, 6), point(10 * MINUTE, 6)];
    expect(findTrafficGaps(points, 10_000, 'raw')).toEqual([
      { fromMs: MINUTE + 10_000, toMs: 9 * MINUTE + 10_000 },
    ]);
  });
});
