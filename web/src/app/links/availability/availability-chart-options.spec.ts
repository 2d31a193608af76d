import type { UnitAvailability } from './availability-api.types';
import { buildAvailabilityChartOptions } from './availability-chart-options';

const row = (code: string, availability: number | null): UnitAvailability => ({
  unit: { code, name: `单位${code}`, level: 'city' },
  uplinks: 1,
  ownUplinkId: null,
  availability,
  downSeconds: 0,
  knownSeconds: 1,
  unknownSeconds: 0,
});

describe('buildAvailabilityChartOptions', () => {
  it('when units are drawn, then the worst is at the top and units without figures are left out', () => {
    const options = buildAvailabilityChartOptions(
      [row('1', 0.999), row('2', 0.95), row('3', null)],
      {
        availability: '可用率',
      },
    ) as { yAxis: { data: string[] }; xAxis: { min: number }; series: { data: number[] }[] };
    // ECharts draws the first category at the bottom.
    expect(options.yAxis.data).toEqual(['单位1', '单位2']);
    expect(options.series[0]!.data).toEqual([99.9, 95]);
    expect(options.xAxis.min).toBe(94);
  });
});
