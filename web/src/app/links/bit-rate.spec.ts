import { BitRatePipe, MbpsPipe, formatBitRate, formatMbps } from './bit-rate';

describe('formatBitRate', () => {
  it('when the rate is below 1 kbit/s, then it is shown in bps without decimals', () => {
    expect(formatBitRate(0)).toBe('0 bps');
    expect(formatBitRate(512.4)).toBe('512 bps');
  });

  it('when the rate is large, then it steps by 1000 with three significant figures', () => {
    expect(formatBitRate(12_345)).toBe('12.3 kbps');
    expect(formatBitRate(850_000_000)).toBe('850 Mbps');
    expect(formatBitRate(1_250_000_000)).toBe('1.25 Gbps');
    expect(formatBitRate(9_876_000_000)).toBe('9.88 Gbps');
    expect(formatBitRate(2.5e12)).toBe('2.5 Tbps');
  });

  it('when the value is round, then no trailing zeros are shown', () => {
    expect(formatBitRate(10_000_000_000)).toBe('10 Gbps');
    expect(formatBitRate(200_000_000)).toBe('200 Mbps');
  });

  it('when rounding reaches the next unit, then the next unit is used', () => {
    expect(formatBitRate(999_700_000)).toBe('1 Gbps');
    expect(formatBitRate(999_400)).toBe('999 kbps');
  });

  it('when there is no sample, then an em dash is shown', () => {
    expect(formatBitRate(null)).toBe('—');
    expect(formatBitRate(undefined)).toBe('—');
    expect(formatBitRate(Number.NaN)).toBe('—');
  });

  it('when given contracted Mbit/s, then they are converted before formatting', () => {
    expect(formatMbps(200)).toBe('200 Mbps');
    expect(formatMbps(2000)).toBe('2 Gbps');
    expect(formatMbps(10_000)).toBe('10 Gbps');
    expect(formatMbps(null)).toBe('—');
  });

  it('when used as pipes, then they format the same way', () => {
    expect(new BitRatePipe().transform(1_500_000)).toBe('1.5 Mbps');
    expect(new MbpsPipe().transform(100)).toBe('100 Mbps');
  });
});
