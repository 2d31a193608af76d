import { spreadOffsetMs, unitFraction } from './poll-spread';

describe('poll spread offsets', () => {
  it('when asked twice for the same node, then the offset is the same (a constant period)', () => {
    expect(spreadOffsetMs(4213, 60, 0.5)).toBe(spreadOffsetMs(4213, 60, 0.5));
  });

  it('when spread over half of 60 s, then every offset lies in [0, 30 s)', () => {
    for (let nodeId = 1; nodeId <= 5_000; nodeId += 1) {
      const offset = spreadOffsetMs(nodeId, 60, 0.5);
      expect(offset >= 0 && offset < 30_000)
        .withContext(`node ${nodeId}: ${offset}`)
        .toBeTrue();
    }
  });

  it('when consecutive ids are spread, then each tenth of the window gets about a tenth of them', () => {
    const buckets = new Array<number>(10).fill(0);
    for (let nodeId = 1; nodeId <= 10_000; nodeId += 1) {
      buckets[Math.floor(unitFraction(nodeId) * 10)] += 1;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(900);
    for (const count of buckets) expect(count).toBeLessThan(1_100);
  });

  it('when the share is 0, then every node is polled at the tick', () => {
    expect(spreadOffsetMs(17, 60, 0)).toBe(0);
  });
});
