import type { CollectorCycle } from './collectors-api';
import { buildCycleChartOptions } from './cycle-chart-options';

const cycle = (collectorId: string, startedAt: string, durationMs: number): CollectorCycle => ({
  collectorId,
  pollGroup: '60s',
  startedAt,
  durationMs,
  intervalSeconds: 60,
  overrunMs: Math.max(0, durationMs - 60_000),
  nodesPolled: 10,
  nodesFailed: 0,
});

describe('buildCycleChartOptions', () => {
  it('when two collectors report cycles, then each gets a series in seconds and the interval a line', () => {
    const options = buildCycleChartOptions(
      [cycle('a', '2026-11-23T08:00:00Z', 1500), cycle('b', '2026-11-23T08:00:00Z', 75_000)],
      { duration: '耗时(秒)', interval: '周期' },
    ) as { series: { name: string; data: number[][]; markLine?: { data: { yAxis: number }[] } }[] };
    expect(options.series.map((series) => series.name)).toEqual(['a · 60s', 'b · 60s']);
    expect(options.series[1]!.data[0]![1]).toBe(75);
    expect(options.series[0]!.markLine!.data).toEqual([{ yAxis: 60 }]);
  });
});
