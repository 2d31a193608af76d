import type { EChartsCoreOption } from 'echarts/core';
import type { CityOverview } from '../links-api.types';
import { HUBEI_MAP_NAME } from './hubei-map-loader';
import { type MapRegion, findMapRegion, shortPlaceName } from './hubei-map-regions';

export interface HubeiMapLabels {
  compliantRatio: string;
  uplinks: string;
  noData: string;
}

/** One map region's datum; `code` lets a click drill into the city. */
export interface CityRegionDatum {
  name: string;
  value: number | null;
  code: string;
  cityName: string;
  total: number;
}

/** Compliance steps, coloured from the state palette (green compliant … red down). */
export const COMPLIANCE_STEPS: readonly { min?: number; max?: number; color: string }[] = [
  { min: 0.995, color: '#2e7d32' },
  { min: 0.95, max: 0.995, color: '#9ccc65' },
  { min: 0.9, max: 0.95, color: '#f9a825' },
  { max: 0.9, color: '#c62828' },
];

function stepLabel(step: { min?: number; max?: number }): string {
  if (step.max === undefined) return `≥ ${percent(step.min ?? 0)}`;
  if (step.min === undefined) return `< ${percent(step.max)}`;
  return `${percent(step.min)} – ${percent(step.max)}`;
}

function percent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

export function cityRegionData(
  cities: readonly CityOverview[],
  regions: readonly MapRegion[],
): CityRegionDatum[] {
  return cities.flatMap((city) => {
    const region = findMapRegion(city, regions);
    return region
      ? [
          {
            name: region.name,
            value: city.compliantRatio,
            code: city.code,
            cityName: city.name,
            total: city.total,
          },
        ]
      : [];
  });
}

/** ECharts options: each city-level unit coloured by its share of compliant uplinks. */
export function buildHubeiMapOptions(
  cities: readonly CityOverview[],
  regions: readonly MapRegion[],
  labels: HubeiMapLabels,
): EChartsCoreOption {
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: { name: string; data?: CityRegionDatum }) => {
        const datum = params.data;
        if (!datum) {
          return `${params.name}<br/>${labels.noData}`;
        }
        const ratio = datum.value === null ? labels.noData : percent(datum.value);
        return `${datum.cityName}<br/>${labels.compliantRatio}: ${ratio}<br/>${labels.uplinks}: ${datum.total}`;
      },
    },
    // Steps, not a gradient: nearly every city sits above 95 %, and the step from 100 % to 98 %
    // is the one operators must see.
    visualMap: {
      type: 'piecewise',
      left: 8,
      bottom: 8,
      pieces: COMPLIANCE_STEPS.map((step) => ({ ...step, label: stepLabel(step) })),
    },
    series: [
      {
        type: 'map',
        map: HUBEI_MAP_NAME,
        roam: false,
        selectedMode: false,
        label: {
          show: true,
          fontSize: 10,
          color: '#1f1f1f',
          formatter: (params: { name: string }) => shortPlaceName(params.name),
        },
        itemStyle: { areaColor: '#e0e0e0', borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { label: { show: true }, itemStyle: { areaColor: '#90caf9' } },
        data: cityRegionData(cities, regions),
      },
    ],
  };
}
