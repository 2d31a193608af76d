import type { UplinkTraffic } from '../links-api.types';
import { buildTrafficChartOptions } from './traffic-chart-options';

interface LineSeries {
  name: string;
  data: [number, number | null][];
  markLine?: { data: { yAxis: number }[]; label: { formatter: string } };
  markArea?: { data: [{ xAxis: number }, { xAxis: number }][] };
}

const labels = {
  in: '入',
  out: '出',
  member: '成员',
  contracted: '签约',
  p95: '95 值',
  max: '峰值',
  gap: '无数据',
};
const T0 = Date.parse('2026-11-20T08:00:00.000Z');
const FIVE_MINUTES = 300_000;

/** Member 1: three 5-minute buckets with one missing (a gap); member 2: one bucket. */
const traffic: UplinkTraffic = {
  from: '2026-11-20T08:00:00.000Z',
  to: '2026-11-21T08:00:00.000Z',
  stepSeconds: 300,
  resolution: '5m',
  servableResolutions: ['5m', '1h', '1d'],
  series: [
    {
      memberId: 11,
      memberIndex: 1,
      carrier: '中国电信',
      contractedMbps: 10_000,
      points: [
        [T0, 1e9, 2e9, 3e9, 4e9, 2.5e9, 3.5e9, 1],
        [T0 + FIVE_MINUTES, 1e9, 2e9, 3e9, 4e9, 2.5e9, 3.5e9, 1],
        [T0 + 3 * FIVE_MINUTES, 5e8, 6e8, 7e8, 8e8, 6.5e8, 7.5e8, 0.4],
      ],
    },
    {
      memberId: 12,
      memberIndex: 2,
      carrier: '中国联通',
      contractedMbps: 10_000,
      points: [[T0, 3e9, 4e9, 5e9, 6e9, 4.5e9, 5.5e9, 1]],
    },
  ],
};

describe('traffic chart options', () => {
  const build = (input: UplinkTraffic) =>
    buildTrafficChartOptions(input, labels) as {
      series: LineSeries[];
      legend: { selected: Record<string, boolean> };
      xAxis: { min: number; max: number };
      yAxis: { max: (extent: { max: number }) => number };
    };
  const options = build(traffic);
  const named = (name: string) => options.series.find((s) => s.name === name)!;

  it('when a roll-up has p95, then each member has avg, p95 and max lines for in and out', () => {
    expect(options.series.map((s) => s.name).slice(0, 6)).toEqual([
      '成员 1 中国电信 入',
      '成员 1 中国电信 出',
      '成员 1 中国电信 入 95 值',
      '成员 1 中国电信 出 95 值',
      '成员 1 中国电信 入 峰值',
      '成员 1 中国电信 出 峰值',
    ]);
    expect(named('成员 1 中国电信 入 95 值').data[0]).toEqual([T0, 2.5e9]);
    expect(named('成员 1 中国电信 出 峰值').data[0]).toEqual([T0, 4e9]);
  });

  it('when built, then maxima start hidden in the legend and averages shown', () => {
    expect(options.legend.selected['成员 1 中国电信 入 峰值']).toBeFalse();
    expect(options.legend.selected['成员 1 中国电信 入']).toBeUndefined();
  });

  it('when raw data has no p95, then no p95 line is drawn', () => {
    const raw = build({
      ...traffic,
      resolution: 'raw',
      series: traffic.series.map((s) => ({
        ...s,
        points: s.points.map(([t, i, o, mi, mo]) => [t, i, o, mi, mo, null, null, 1]),
      })),
    });
    expect(raw.series.some((s) => s.name.includes('95 值'))).toBeFalse();
  });

  it('when a bucket is missing, then the line breaks and the gap is shaded', () => {
    expect(named('成员 1 中国电信 入').data).toEqual([
      [T0, 1e9],
      [T0 + FIVE_MINUTES, 1e9],
      [T0 + 2 * FIVE_MINUTES, null],
      [T0 + 3 * FIVE_MINUTES, 5e8],
    ]);
    // The last bucket measured 40 %: unmeasured time runs until 3 minutes into it.
    expect(named('成员 1 中国电信 入').markArea?.data).toEqual([
      [{ xAxis: T0 + 2 * FIVE_MINUTES }, { xAxis: T0 + 3 * FIVE_MINUTES + 180_000 }],
    ]);
    expect(named('成员 2 中国联通 入').markArea).toBeUndefined();
  });

  it('when members share a contracted bandwidth, then it is marked once, in bit/s', () => {
    const marked = options.series.filter((s) => s.markLine);
    expect(marked.length).toBe(1);
    expect(marked[0]!.markLine?.data).toEqual([{ yAxis: 10e9 }]);
    expect(marked[0]!.markLine?.label.formatter).toBe('签约 10 Gbps');
  });

  it('when the link is idle, then the y axis still reaches above the contracted line', () => {
    expect(options.yAxis.max({ max: 5e6 })).toBeCloseTo(11e9);
    expect(options.yAxis.max({ max: 20e9 })).toBe(20e9);
  });

  it('when built, then the time axis spans the requested window', () => {
    expect(options.xAxis.min).toBe(Date.parse(traffic.from));
    expect(options.xAxis.max).toBe(Date.parse(traffic.to));
  });
});
