import type { UplinkTraffic } from '../links-api.types';
import { buildTrafficChartOptions } from './traffic-chart-options';

interface LineSeries {
  name: string;
  data: [number, number | null][];
  markLine?: { data: { yAxis: number }[]; label: { formatter: string } };
}

const labels = { in: '入', out: '出', member: '成员', contracted: '签约' };

const traffic: UplinkTraffic = {
  from: '2026-11-20T08:00:00.000Z',
  to: '2026-11-20T09:00:00.000Z',
  stepSeconds: 60,
  series: [
    {
      memberId: 11,
      memberIndex: 1,
      carrier: '中国电信',
      contractedMbps: 10_000,
      points: [
        [1_763_625_600_000, 1e9, 2e9],
        [1_763_625_660_000, null, null],
      ],
    },
    {
      memberId: 12,
      memberIndex: 2,
      carrier: '中国联通',
      contractedMbps: 10_000,
      points: [[1_763_625_600_000, 3e9, 4e9]],
    },
  ],
};

describe('traffic chart options', () => {
  const options = buildTrafficChartOptions(traffic, labels) as {
    series: LineSeries[];
    xAxis: { min: number; max: number };
    yAxis: { max: (extent: { max: number }) => number };
  };

  it('when two members are given, then each has an in and an out line', () => {
    expect(options.series.map((s) => s.name)).toEqual([
      '成员 1 中国电信 入',
      '成员 1 中国电信 出',
      '成员 2 中国联通 入',
      '成员 2 中国联通 出',
    ]);
    expect(options.series[0].data).toEqual([
      [1_763_625_600_000, 1e9],
      [1_763_625_660_000, null],
    ]);
    expect(options.series[1].data[0]).toEqual([1_763_625_600_000, 2e9]);
  });

  it('when members share a contracted bandwidth, then it is marked once, in bit/s', () => {
    const marked = options.series.filter((s) => s.markLine);
    expect(marked.length).toBe(1);
    expect(marked[0].markLine?.data).toEqual([{ yAxis: 10e9 }]);
    expect(marked[0].markLine?.label.formatter).toBe('签约 10 Gbps');
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
