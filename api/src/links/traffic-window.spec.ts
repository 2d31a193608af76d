import { bucketCount, chooseStepMs, resolveTrafficWindow } from './traffic-window';
import { TrafficQuerySchema } from './traffic.schemas';

describe('traffic window', () => {
  const NOW = Date.parse('2026-02-01T10:07:13.000Z');

  it('when a preset is used, then the step is readable and the window ends on a step boundary', () => {
    const window = resolveTrafficWindow(TrafficQuerySchema.parse({ range: '24h' }), NOW);
    expect(window.stepMs).toBe(300_000);
    expect(window.toMs % window.stepMs).toBe(0);
    expect(window.toMs).toBeGreaterThanOrEqual(NOW);
    expect(window.toMs - window.fromMs).toBe(86_400_000);
    expect(bucketCount(window)).toBe(288);
  });

  it('when no window is given, then it is the last 24 hours', () => {
    const window = resolveTrafficWindow(TrafficQuerySchema.parse({}), NOW);
    expect(window.toMs - window.fromMs).toBe(86_400_000);
  });

  it('when any span up to 400 days is cut, then there are never more than 500 buckets', () => {
    for (let spanMs = 1000; spanMs <= 400 * 86_400_000; spanMs = Math.ceil(spanMs * 1.37)) {
      const window = { fromMs: 1_000_000, toMs: 1_000_000 + spanMs, stepMs: chooseStepMs(spanMs) };
      expect(bucketCount(window)).withContext(`span ${spanMs}`).toBeLessThanOrEqual(500);
    }
  });

  it('when an explicit window is given, then it is kept as is', () => {
    const query = TrafficQuerySchema.parse({
      from: '2026-01-01T00:00:00+08:00',
      to: '2026-01-01T06:00:00+08:00',
    });
    const window = resolveTrafficWindow(query, NOW);
    expect(new Date(window.fromMs).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(window.stepMs).toBe(60_000);
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
});
