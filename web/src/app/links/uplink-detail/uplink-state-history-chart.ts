import type { EChartsCoreOption } from 'echarts/core';
import { UPLINK_STATES } from '../links-choices';
import type { UplinkStateHistory } from './uplink-state-history.types';

/**
 * The window as a step line over the states (one category row each, in the states' order).
 * Time before the first evaluation is left blank.
 */
export function buildStateTimelineOptions(
  history: UplinkStateHistory,
  stateLabel: (state: string) => string,
): EChartsCoreOption {
  const states = [...UPLINK_STATES];
  const data = history.segments.flatMap((segment): [number, string | null][] =>
    segment.state === null
      ? [[Date.parse(segment.start), null]]
      : [
          [Date.parse(segment.start), segment.state],
          [Date.parse(segment.end), segment.state],
        ],
  );
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time', min: Date.parse(history.from), max: Date.parse(history.to) },
    yAxis: {
      type: 'category',
      data: states,
      axisLabel: { formatter: (state: string) => stateLabel(state) },
    },
    series: [
      {
        type: 'line',
        step: 'end',
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: 4 },
        data,
      },
    ],
  };
}
