import type { EChartsCoreOption } from 'echarts/core';
import { formatBitRate, formatMbps } from '../bit-rate';
import type { TrafficPoint, TrafficSeries, UplinkTraffic } from '../links-api.types';
import { findTrafficGaps, type TrafficGap } from './traffic-chart-gaps';

export interface TrafficChartLabels {
  in: string;
  out: string;
  member: string;
  contracted: string;
  p95: string;
  max: string;
  gap: string;
}

/** One colour per member; its out line is the dashed twin of its in line. */
const MEMBER_COLOURS = ['#1565c0', '#00897b', '#8e24aa', '#ef6c00'];
const CONTRACTED_COLOUR = '#c62828';
const GAP_FILL = 'rgba(120, 120, 120, 0.12)';

/** Where each figure sits in a point. */
const FIGURE = { inAvg: 1, outAvg: 2, inMax: 3, outMax: 4, inP95: 5, outP95: 6 } as const;
type Figure = keyof typeof FIGURE;

export function memberLabel(series: TrafficSeries, labels: TrafficChartLabels): string {
  const member = `${labels.member} ${series.memberIndex}`;
  return series.carrier ? `${member} ${series.carrier}` : member;
}

/** [time, value] pairs, with a null where each gap starts so that the line breaks there. */
function lineData(
  points: readonly TrafficPoint[],
  figure: Figure,
  gaps: readonly TrafficGap[],
  stepMs: number,
): [number, number | null][] {
  const gapStarts = new Set(gaps.map((gap) => gap.fromMs));
  return points.flatMap((point, i): [number, number | null][] => {
    const value: [number, number | null] = [point[0], point[FIGURE[figure]]];
    const previousEnd = i > 0 ? points[i - 1]![0] + stepMs : null;
    return previousEnd !== null && gapStarts.has(previousEnd)
      ? [[previousEnd, null], value]
      : [value];
  });
}

/**
 * Per member: in and out averages (solid and dashed), their 95th percentiles where the
 * resolution has them (dotted), and their maxima (faint, hidden until picked in the legend).
 * The contracted bandwidth is a mark line (one per distinct value: both members of a 双10G
 * uplink share 10 Gbps); times no sample measured are shaded and break the lines.
 */
export function buildTrafficChartOptions(
  traffic: UplinkTraffic,
  labels: TrafficChartLabels,
): EChartsCoreOption {
  const markedBandwidths = new Set<number>();
  const maxContractedBps = Math.max(0, ...traffic.series.map((s) => s.contractedMbps * 1e6));
  const stepMs = traffic.stepSeconds * 1000;
  const hiddenInLegend: Record<string, boolean> = {};

  const series = traffic.series.flatMap((member, index) => {
    const colour = MEMBER_COLOURS[index % MEMBER_COLOURS.length];
    const name = memberLabel(member, labels);
    const gaps = findTrafficGaps(member.points, stepMs, traffic.resolution);
    const isFirstOfBandwidth = !markedBandwidths.has(member.contractedMbps);
    markedBandwidths.add(member.contractedMbps);
    const hasP95 = member.points.some((point) => point[FIGURE.inP95] !== null);
    const line = (seriesName: string, figure: Figure, style: object) => ({
      type: 'line',
      name: seriesName,
      showSymbol: false,
      color: colour,
      data: lineData(member.points, figure, gaps, stepMs),
      ...style,
    });
    const maxNames = [`${name} ${labels.in} ${labels.max}`, `${name} ${labels.out} ${labels.max}`];
    for (const maxName of maxNames) hiddenInLegend[maxName] = false;
    return [
      line(`${name} ${labels.in}`, 'inAvg', {
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
        markArea:
          gaps.length > 0
            ? {
                silent: true,
                itemStyle: { color: GAP_FILL },
                label: { show: true, position: 'insideTop', formatter: labels.gap },
                data: gaps.map((gap) => [{ xAxis: gap.fromMs }, { xAxis: gap.toMs }]),
              }
            : undefined,
      }),
      line(`${name} ${labels.out}`, 'outAvg', { lineStyle: { type: 'dashed' } }),
      ...(hasP95
        ? [
            line(`${name} ${labels.in} ${labels.p95}`, 'inP95', {
              lineStyle: { type: 'dotted', width: 1 },
            }),
            line(`${name} ${labels.out} ${labels.p95}`, 'outP95', {
              lineStyle: { type: 'dotted', width: 1, opacity: 0.7 },
            }),
          ]
        : []),
      line(maxNames[0]!, 'inMax', { lineStyle: { width: 1, opacity: 0.45 } }),
      line(maxNames[1]!, 'outMax', { lineStyle: { type: 'dashed', width: 1, opacity: 0.45 } }),
    ];
  });

  return {
    animation: false,
    grid: { left: 72, right: 24, top: 56, bottom: 32 },
    legend: { type: 'scroll', top: 0, selected: hiddenInLegend },
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
