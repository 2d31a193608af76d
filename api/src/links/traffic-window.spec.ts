import { DEFAULT_TRAFFIC_RETENTION, type TrafficRetention } from '@extranet/database';
import {
  bucketCount,
  chooseStepMs,
  resolveTraffic,
  unrolledTailStartMs,
  windowAt,
} from './traffic-window';
import { TrafficQuerySchema } from './traffic.schemas';

const DAY = 86_400_000;
const NOW = Date.parse('2026-02-01T10:07:13.000Z');
const retention = DEFAULT_TRAFFIC_RETENTION; // raw 7, 5m 35, 1h 100, 1d 1830 days
const resolve = (input: object, kept: TrafficRetention = retention, now = NOW) =>
  resolveTraffic(TrafficQuerySchema.parse(input), kept, now);
const isoDaysBefore = (days: number) => new Date(NOW - days * DAY).toISOString();

describe('traffic window', () => {
  it('when any span up to 400 days is cut for raw reading, then there are never more than 500 buckets', () => {
    for (let spanMs = 1000; spanMs <= 400 * DAY; spanMs = Math.ceil(spanMs * 1.37)) {
      const window = {
        fromMs: 1_000_000,
        toMs: 1_000_000 + spanMs,
        stepMs: chooseStepMs(spanMs),
        resolution: 'raw' as const,
      };
      expect(bucketCount(window)).withContext(`span ${spanMs}`).toBeLessThanOrEqual(500);
    }
  });

  it('when a preset is used, then the window ends on the next step boundary after now', () => {
    const window = windowAt(TrafficQuerySchema.parse({ range: '24h' }), '5m', NOW);
    expect(new Date(window.toMs).toISOString()).toBe('2026-02-01T10:10:00.000Z');
    expect(window.toMs - window.fromMs).toBe(DAY);
    expect(bucketCount(window)).toBe(288);
  });

  it('when a preset is read by day, then it ends at the next Beijing midnight', () => {
    const window = windowAt(TrafficQuerySchema.parse({ range: '1y' }), '1d', NOW);
    expect(new Date(window.toMs).toISOString()).toBe('2026-02-01T16:00:00.000Z');
    expect(bucketCount(window)).toBe(365);
  });

  it('when an explicit window is given, then it is kept as is', () => {
    const query = TrafficQuerySchema.parse({
      from: '2026-01-01T00:00:00+08:00',
      to: '2026-01-01T06:00:00+08:00',
    });
    const window = windowAt(query, 'raw', NOW);
    expect(new Date(window.fromMs).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(window.stepMs).toBe(60_000);
  });
});

describe('resolveTraffic (which data a chart reads)', () => {
  it('when each preset is asked for, then the resolution fits the range', () => {
    const chosen = (['1h', '24h', '7d', '30d', '1y'] as const).map((range) => {
      const { window } = resolve({ range });
      return [range, window.resolution, window.stepMs / 1000, bucketCount(window)];
    });
    expect(chosen).toEqual([
      ['1h', 'raw', 10, 360],
      ['24h', '5m', 300, 288],
      ['7d', '1h', 3600, 168],
      ['30d', '1h', 3600, 720],
      ['1y', '1d', 86400, 365],
    ]);
  });

  it('when no range is given, then it is the last 24 hours', () => {
    const { window } = resolve({});
    expect(window.toMs - window.fromMs).toBe(DAY);
  });

  it('when raw retention no longer holds a short range, then the next resolution serves it', () => {
    const { window, servable } = resolve({ from: isoDaysBefore(10), to: isoDaysBefore(9.9) });
    expect(window.resolution).toBe('5m');
    expect(servable).toEqual(['5m', '1h', '1d']);
  });

  it('when only days reach back far enough, then days serve even a short range', () => {
    const { window } = resolve({ from: isoDaysBefore(200), to: isoDaysBefore(199) });
    expect(window.resolution).toBe('1d');
    expect(window.stepMs).toBe(DAY);
  });

  it('when nothing is kept that long, then days answer (with what is left)', () => {
    const short = { raw: 7, '5m': 35, '1h': 40, '1d': 50 };
    expect(
      resolve({ from: isoDaysBefore(60), to: isoDaysBefore(59) }, short).window.resolution,
    ).toBe('1d');
  });

  it('when a resolution is asked for explicitly and can serve, then it is used', () => {
    const { window, refusal } = resolve({ range: '24h', resolution: 'raw' });
    expect(window.resolution).toBe('raw');
    expect(window.stepMs).toBe(300_000);
    expect(refusal).toBeNull();
  });

  it('when an explicit resolution would give too many points, then it is refused', () => {
    expect(resolve({ range: '30d', resolution: '5m' }).refusal).toBe('too_many_points');
    expect(resolve({ range: '1y', resolution: '1h' }).refusal).toBe('too_many_points');
  });

  it('when an explicit resolution is beyond its retention, then it is refused', () => {
    expect(resolve({ range: '30d', resolution: 'raw' }).refusal).toBe('beyond_retention');
    expect(
      resolve({ from: isoDaysBefore(40), to: isoDaysBefore(39), resolution: '5m' }).refusal,
    ).toBe('beyond_retention');
  });

  it('when retention is configured longer, then the choice follows it', () => {
    const longRaw = { raw: 60, '5m': 60, '1h': 100, '1d': 1830 };
    expect(resolve({ range: '30d', resolution: 'raw' }, longRaw).refusal).toBeNull();
  });
});

describe('unrolledTailStartMs (newest buckets from raw samples)', () => {
  const FIVE = 300_000;
  const day = {
    fromMs: Date.parse('2026-02-01T00:00:00Z'),
    toMs: Date.parse('2026-02-02T00:00:00Z'),
  };
  const window = { ...day, stepMs: FIVE, resolution: '5m' as const };
  const rawCutoff = day.fromMs - 7 * DAY;

  it('when roll-ups end before the window does, then the tail starts after the last bucket', () => {
    const last = Date.parse('2026-02-01T10:00:00Z');
    expect(unrolledTailStartMs(window, last, rawCutoff)).toBe(last + FIVE);
  });

  it('when nothing is rolled up yet, then the whole window comes from raw samples', () => {
    expect(unrolledTailStartMs(window, null, rawCutoff)).toBe(day.fromMs);
  });

  it('when roll-ups reach the end, then there is no tail', () => {
    expect(unrolledTailStartMs(window, day.toMs - FIVE, rawCutoff)).toBeNull();
  });

  it('when raw samples are pruned where the tail would start, then it starts after the cutoff', () => {
    const cutoff = Date.parse('2026-02-01T12:02:00Z');
    expect(unrolledTailStartMs(window, null, cutoff)).toBe(Date.parse('2026-02-01T12:05:00Z'));
    expect(unrolledTailStartMs(window, null, day.toMs)).toBeNull();
  });

  it('when the window is raw already, then there is no tail', () => {
    expect(unrolledTailStartMs({ ...window, resolution: 'raw' }, null, rawCutoff)).toBeNull();
  });
});

describe('TrafficQuerySchema', () => {
  const pathsOf = (input: object) => {
    const result = TrafficQuerySchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  };

  it('when from is not before to, then the issue is on to', () => {
    expect(pathsOf({ from: '2026-01-02T00:00:00Z', to: '2026-01-02T00:00:00Z' })).toEqual(['to']);
  });

  it('when the span exceeds 400 days, then the issue is on from', () => {
    expect(pathsOf({ from: '2025-01-01T00:00:00Z', to: '2026-02-06T00:00:00Z' })).toEqual(['from']);
  });

  it('when range and from/to are mixed or one end is missing, then it is refused', () => {
    expect(pathsOf({ range: '1h', to: '2026-01-02T00:00:00Z' })).toEqual(['range']);
    expect(pathsOf({ to: '2026-01-02T00:00:00Z' })).toEqual(['from']);
  });

  it('when a date has no offset or is not ISO, then it is refused', () => {
    expect(pathsOf({ from: '2026-01-01', to: '2026-01-02T00:00:00Z' })).toEqual(['from']);
  });

  it('when a resolution is not one of auto, raw, 5m, 1h, 1d, then it is refused', () => {
    expect(pathsOf({ resolution: '15m' })).toEqual(['resolution']);
    expect(pathsOf({ resolution: 'auto' })).toEqual([]);
  });
});
