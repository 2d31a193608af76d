import type { CityOverview } from '../links-api.types';
import { buildHubeiMapOptions, cityRegionData } from './hubei-map-options';
import type { MapRegion } from './hubei-map-regions';

const byState = {
  compliant: 8,
  redundancy_lost: 1,
  under_provisioned: 0,
  congested: 0,
  down: 1,
  unknown: 0,
};

const regions: MapRegion[] = [
  { code: '421300', name: '随州市' },
  { code: '429004', name: '仙桃市' },
];

const labels = { compliantRatio: '达标率', uplinks: '链路', noData: '无数据' };

describe('Hubei map options', () => {
  const cities: CityOverview[] = [
    { code: '4213', name: '随州市', total: 10, byState, compliantRatio: 0.8 },
    { code: '429004', name: '仙桃市', total: 0, byState, compliantRatio: null },
    { code: '4301', name: '长沙市', total: 3, byState, compliantRatio: 1 },
  ];

  it('when cities are given, then each matched city becomes a region datum with its code', () => {
    expect(cityRegionData(cities, regions)).toEqual([
      { name: '随州市', value: 0.8, code: '4213', cityName: '随州市', total: 10 },
      { name: '仙桃市', value: null, code: '429004', cityName: '仙桃市', total: 0 },
    ]);
  });

  it('when built, then the map series uses the registered map and compliance steps', () => {
    const options = buildHubeiMapOptions(cities, regions, labels) as {
      series: { type: string; map: string; data: unknown[] }[];
      visualMap: { type: string; pieces: { label: string }[] };
    };
    expect(options.series[0].type).toBe('map');
    expect(options.series[0].map).toBe('hubei');
    expect(options.series[0].data.length).toBe(2);
    expect(options.visualMap.type).toBe('piecewise');
    expect(options.visualMap.pieces.map((piece) => piece.label)).toEqual([
      '≥ 99.5%',
      '95% – 99.5%',
      '90% – 95%',
      '< 90%',
    ]);
  });

  it('when the tooltip is shown, then it gives the ratio as a percentage', () => {
    const options = buildHubeiMapOptions(cities, regions, labels) as {
      tooltip: { formatter: (params: unknown) => string };
    };
    const [suizhou] = cityRegionData(cities, regions);
    expect(options.tooltip.formatter({ name: '随州市', data: suizhou })).toBe(
      '随州市<br/>达标率: 80%<br/>链路: 10',
    );
    expect(options.tooltip.formatter({ name: '某地' })).toBe('某地<br/>无数据');
  });
});
