import type { EChartsCoreOption } from 'echarts/core';
import { formatBitRate, formatMbps } from '../bit-rate';
import type { TrafficSeries, UplinkTraffic } from '../links-api.types';

export interface TrafficChartLabels {
  in: string;
  out: string;
  member: string;
  contracted: string;
}

/** One colour per member; its out line is the dashed twin of its in line. */
const MEMBER_COLOURS = ['#1565c0', '#00897b', '#8e24aa', '#ef6c00'];
const CONTRACTED_COLOUR = '#c62828';

export function memberLabel(series: TrafficSeries, labels: TrafficChartLabels): string {
  const member = `${labels.member} ${series.memberIndex}`;
  return series.carrier ? `${member} ${series.carrier}` : member;
}

/**
 * In/out lines per member over a time axis, and the contracted bandwidth as a mark line (one
 * per distinct value: both members of a 双10G uplink share 10 Gbps). Null rates are gaps.
 */
export function buildTrafficChartOptions(
  traffic: UplinkTraffic,
  labels: TrafficChartLabels,
): EChartsCoreOption {
  const markedBandwidths = new Set<number>();
  const maxContractedBps = Math.max(0, ...traffic.series.map((s) => s.contractedMbps * 1e6));

  const series = traffic.series.flatMap((member, index) => {
    const colour = MEMBER_COLOURS[index % MEMBER_COLOURS.length];
    const name = memberLabel(member, labels);
    const isFirstOfBandwidth = !markedBandwidths.has(member.contractedMbps);
    markedBandwidths.add(member.contractedMbps);
    return [
      {
        type: 'line',
        name: `${name} ${labels.in}`,
        showSymbol: false,
        color: colour,
        data: member.points.map(([time, inBps]) => [time, inBps]),
        markLine: isFirstOfBandwidth
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: CONTRACTED_COLOUR, type: 'dashed', width: 1 },
              label: {
                position: 'insideEndTop',
                formatter: `${labels.contracted} ${formatMbps(member.contractedMbps)}`,
              },
              data: [{ yAxis: member.contractedMbps * 1e6 }],
            }
          : undefined,
      },
      {
        type: 'line',
        name: `${name} ${labels.out}`,
        showSymbol: false,
        color: colour,
        lineStyle: { type: 'dashed' },
        data: member.points.map(([time, , outBps]) => [time, outBps]),
      },
    ];
  });

  return {
    animation: false,
    grid: { left: 72, right: 24, top: 48, bottom: 32 },
    legend: { type: 'scroll', top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number | null) => formatBitRate(value),
    },
    xAxis: { type: 'time', min: Date.parse(traffic.from), max: Date.parse(traffic.to) },
    yAxis: {
      type: 'value',
      min: 0,
      // Keep the contracted line in view even on an idle link.
      max: (extent: { max: number }) => Math.max(extent.max, maxContractedBps * 1.1) || 1,
      axisLabel: { formatter: (value: number) => formatBitRate(value) },
    },
    series,
  };
}
