import { CongestionWindows, percentile } from './congestion-window';

describe('percentile', () => {
  it('when values are given in any order, then the 95th percentile interpolates between ranks', () => {
    const values = Array.from({ length: 21 }, (_, index) => index / 20); // 0, 0.05, … 1
    expect(percentile([...values].reverse(), 0.95)).toBeCloseTo(0.95, 10);
    expect(percentile([0.2, 0.4], 0.5)).toBeCloseTo(0.3, 10);
  });

  it('when one spike sits among fifteen quiet samples, then it is not the 95th percentile', () => {
    const values = [...Array.from({ length: 14 }, () => 0.3), 0.99];
    expect(percentile(values, 0.95)!).toBeLessThan(0.9);
  });

  it('when there is one value or none, then it is that value or null', () => {
    expect(percentile([0.7], 0.95)).toBe(0.7);
    expect(percentile([], 0.95)).toBeNull();
  });
});

describe('CongestionWindows', () => {
  const minute = 60_000;

  it('when fewer than three samples are in the window, then there is no verdict yet', () => {
    const windows = new CongestionWindows(15);
    windows.add(1, 0, 0.97);
    windows.add(1, minute, 0.97);
    expect(windows.percentileAt(1, minute)).toBeNull();
    windows.add(1, 2 * minute, 0.97);
    expect(windows.percentileAt(1, 2 * minute)).toBeCloseTo(0.97, 10);
  });

  it('when samples age out of the window, then they no longer count', () => {
    const windows = new CongestionWindows(15);
    for (let index = 0; index < 5; index += 1) windows.add(7, index * minute, 0.98);
    for (let index = 16; index < 20; index += 1) windows.add(7, index * minute, 0.2);
    expect(windows.percentileAt(7, 19 * minute)).toBeCloseTo(0.2, 10);
  });

  it('when the same sample is added twice (warm-up, then poll), then it counts once', () => {
    const windows = new CongestionWindows(15);
    windows.add(3, 0, 0.1);
    windows.add(3, 0, 0.1);
    windows.add(3, minute, 0.1);
    expect(windows.percentileAt(3, minute)).toBeNull();
  });

  it('when samples arrive out of order, then the window still drops the oldest', () => {
    const windows = new CongestionWindows(1);
    windows.add(4, 50_000, 0.9);
    windows.add(4, 0, 0.1);
    windows.add(4, 40_000, 0.9);
    windows.add(4, 55_000, 0.9);
    expect(windows.percentileAt(4, 61_000)).toBeCloseTo(0.9, 10);
  });

  it('when members move to another collector, then their windows are forgotten', () => {
    const windows = new CongestionWindows(15);
    windows.add(1, 0, 0.5);
    windows.add(2, 0, 0.5);
    windows.retainOnly(new Set([2]));
    expect(windows.has(1)).toBeFalse();
    expect(windows.has(2)).toBeTrue();
  });
});
