import type { EChartsCoreOption } from 'echarts/core';
import type { CollectorCycle } from './collectors-api';

/**
 * Recent cycle durations per collector and poll group (seconds) against each group's interval:
 * a point above its dashed line is an overrun.
 */
export function buildCycleChartOptions(
  cycles: readonly CollectorCycle[],
  labels: { duration: string; interval: string },
): EChartsCoreOption {
  const seriesKey = (cycle: CollectorCycle) => `${cycle.collectorId} · ${cycle.pollGroup ?? '—'}`;
  const groups = new Map<string, CollectorCycle[]>();
  for (const cycle of cycles)
    groups.set(seriesKey(cycle), [...(groups.get(seriesKey(cycle)) ?? []), cycle]);
  const intervals = [
    ...new Set(cycles.flatMap((cycle) => (cycle.intervalSeconds ? [cycle.intervalSeconds] : []))),
  ];
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 24 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: labels.duration },
    series: [...groups].map(([name, points], index) => ({
      name,
      type: 'line',
      showSymbol: true,
      data: points.map((cycle) => [Date.parse(cycle.startedAt), cycle.durationMs / 1000]),
      ...(index === 0 && intervals.length > 0
        ? {
            markLine: {
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#b3261e' },
              label: { formatter: `${labels.interval} {c}s` },
              data: intervals.map((seconds) => ({ yAxis: seconds })),
            },
          }
        : {}),
    })),
  };
}
