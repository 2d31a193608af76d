import type { EChartsCoreOption } from 'echarts/core';
import type { UnitAvailability } from './availability-api.types';

/**
 * Availability of the listed units as horizontal bars, worst at the top, the axis starting at
 * the lowest figure shown (rounded down to a whole percent) so 99.2 % and 99.9 % look apart.
 */
export function buildAvailabilityChartOptions(
  rows: readonly UnitAvailability[],
  labels: { availability: string },
): EChartsCoreOption {
  const known = rows.filter((row) => row.availability !== null);
  const sorted = [...known].sort((a, b) => b.availability! - a.availability!);
  const lowest = sorted.length ? Math.min(...sorted.map((row) => row.availability! * 100)) : 0;
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis', valueFormatter: (value: number) => `${value.toFixed(3)} %` },
    xAxis: { type: 'value', min: Math.max(0, Math.floor(lowest) - 1), max: 100, name: '%' },
    yAxis: { type: 'category', data: sorted.map((row) => row.unit.name) },
    series: [
      {
        name: labels.availability,
        type: 'bar',
        data: sorted.map((row) => Number((row.availability! * 100).toFixed(3))),
        itemStyle: { color: '#1a73e8' },
      },
    ],
  };
}
