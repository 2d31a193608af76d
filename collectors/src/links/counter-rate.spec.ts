import {
  ABSOLUTE_MAX_BPS,
  UnknownIntervalReason,
  classifyUptime,
  computeInterfaceRate,
  decodeCounter64,
  type CounterBits,
  type CounterReading,
  type RateOptions,
} from './counter-rate';

const GE: RateOptions = { portSpeedMbps: 1000 };
const DAY_TICKS = 8_640_000;

function reading(
  inOctets: bigint,
  outOctets: bigint,
  readAtMs: number,
  sysUptimeTicks: number,
  counterBits: CounterBits = 64,
): CounterReading {
  return { inOctets, outOctets, counterBits, readAtMs, sysUptimeTicks };
}

describe('decodeCounter64', () => {
  it('when the value is above 2^53, then it is decoded exactly', () => {
    const value = 2n ** 53n + 12_345n; // 9007199254753337: not representable as a double
    const raw = Buffer.from(value.toString(16).padStart(16, '0'), 'hex');
    expect(decodeCounter64(raw)).toBe(9_007_199_254_753_337n);
    expect(BigInt(Number(value))).not.toBe(value); // the trap snmp-native's decoded value falls in
  });

  it('when the agent sends the minimal form with a leading 0x00, then the top bit stays unsigned', () => {
    const raw = Buffer.from('00ffffffffffffffff', 'hex');
    expect(decodeCounter64(raw)).toBe(2n ** 64n - 1n);
  });

  it('when the value is small, then one or two octets decode it', () => {
    expect(decodeCounter64(Buffer.from([0]))).toBe(0n);
    expect(decodeCounter64(Buffer.from([0x01, 0x00]))).toBe(256n);
  });

  it('when the octets cannot be a Counter64, then it throws', () => {
    expect(() => decodeCounter64(Buffer.alloc(0))).toThrowError(RangeError);
    expect(() => decodeCounter64(Buffer.from('01ffffffffffffffff', 'hex'))).toThrowError(
      RangeError,
    );
    expect(() => decodeCounter64(Buffer.alloc(10))).toThrowError(RangeError);
  });
});

describe('classifyUptime', () => {
  it('when sysUpTime advanced like the wall clock, then it is continuous', () => {
    expect(classifyUptime(DAY_TICKS, DAY_TICKS + 6_000, 60_000)).toBe('continuous');
  });

  it('when sysUpTime went backwards, then the node restarted', () => {
    expect(classifyUptime(DAY_TICKS, 1_500, 60_000)).toBe('restarted');
  });

  it('when sysUpTime advanced much less than the wall clock, then the node restarted', () => {
    // Booted 20 s ago although the previous read was 10 s after an earlier boot, 10 min back.
    expect(classifyUptime(1_000, 2_000, 600_000)).toBe('restarted');
  });

  it('when sysUpTime wrapped after 497 days, then it is continuous, not a reboot', () => {
    expect(classifyUptime(2 ** 32 - 1_000, 5_000, 60_000)).toBe('continuous');
  });

  it('when sysUpTime jumped far ahead of the wall clock, then it is inconsistent', () => {
    expect(classifyUptime(DAY_TICKS, 10 * DAY_TICKS, 60_000)).toBe('inconsistent');
  });
});

describe('computeInterfaceRate', () => {
  const t0 = Date.UTC(2026, 10, 2, 2, 0, 0);

  it('when two reads are 60 s apart, then rate = Δoctets × 8 / Δt', () => {
    const previous = reading(1_000_000n, 2_000_000n, t0, DAY_TICKS);
    const current = reading(
      1_000_000n + 750_000_000n,
      2_000_000n + 75_000_000n,
      t0 + 60_000,
      DAY_TICKS + 6_000,
    );
    const outcome = computeInterfaceRate(previous, current, GE);
    expect(outcome).toEqual({
      kind: 'rate',
      inBps: 100_000_000,
      outBps: 10_000_000,
      intervalMs: 60_000,
      hasWrapped: false,
    });
  });

  it('when counters sit above 2^53, then the small difference between them is exact', () => {
    const base = 2n ** 60n + 3n;
    const previous = reading(base, base, t0, DAY_TICKS);
    const current = reading(base + 125n, base + 1n, t0 + 1_000, DAY_TICKS + 100);
    const outcome = computeInterfaceRate(previous, current, GE);
    expect(outcome.kind).toBe('rate');
    if (outcome.kind === 'rate') {
      expect(outcome.inBps).toBe(1_000);
      expect(outcome.outBps).toBe(8);
    }
  });

  it('when there is no previous read, then the interval is unknown', () => {
    const outcome = computeInterfaceRate(null, reading(1n, 1n, t0, DAY_TICKS), GE);
    expect(outcome).toEqual({
      kind: 'unknown',
      reason: UnknownIntervalReason.NoPrevious,
      intervalMs: null,
    });
  });

  it('when both reads carry the same time, then the interval is unknown, not infinite', () => {
    const previous = reading(1n, 1n, t0, DAY_TICKS);
    const outcome = computeInterfaceRate(previous, reading(5n, 5n, t0, DAY_TICKS), GE);
    expect(outcome.kind).toBe('unknown');
    expect(outcome.kind === 'unknown' && outcome.reason).toBe(
      UnknownIntervalReason.NonPositiveInterval,
    );
  });

  it('when a 64-bit counter goes backwards, then it is a reset and never a negative rate', () => {
    const previous = reading(5_000_000n, 5_000_000n, t0, DAY_TICKS);
    const current = reading(4_000_000n, 6_000_000n, t0 + 60_000, DAY_TICKS + 6_000);
    const outcome = computeInterfaceRate(previous, current, GE);
    expect(outcome).toEqual({
      kind: 'unknown',
      reason: UnknownIntervalReason.CounterReset,
      intervalMs: 60_000,
    });
  });

  it('when a 32-bit counter wraps at a rate that fits the port, then the wrap is counted', () => {
    const previous = reading(2n ** 32n - 100n, 10n, t0, DAY_TICKS, 32);
    const current = reading(7_499_900n, 10n, t0 + 60_000, DAY_TICKS + 6_000, 32);
    const outcome = computeInterfaceRate(previous, current, GE);
    expect(outcome).toEqual({
      kind: 'rate',
      inBps: 1_000_000,
      outBps: 0,
      intervalMs: 60_000,
      hasWrapped: true,
    });
  });

  it('when sysUpTime went backwards (reboot), then the interval is skipped even if counters grew', () => {
    const previous = reading(1_000n, 1_000n, t0, DAY_TICKS);
    const current = reading(900_000n, 900_000n, t0 + 60_000, 3_000);
    const outcome = computeInterfaceRate(previous, current, GE);
    expect(outcome.kind === 'unknown' && outcome.reason).toBe(UnknownIntervalReason.Reboot);
  });

  it('when the rate is above 105 % of the port speed, then it is rejected', () => {
    const previous = reading(0n, 0n, t0, DAY_TICKS);
    // 1,060 Mbit/s for 1 s on a GE port: 106 %.
    const current = reading(132_500_000n, 0n, t0 + 1_000, DAY_TICKS + 100);
    const outcome = computeInterfaceRate(previous, current, GE);
    expect(outcome.kind === 'unknown' && outcome.reason).toBe(
      UnknownIntervalReason.ExceedsPortSpeed,
    );
  });

  it('when the rate is just under 105 % of the port speed, then it is kept', () => {
    const previous = reading(0n, 0n, t0, DAY_TICKS);
    const current = reading(131_000_000n, 0n, t0 + 1_000, DAY_TICKS + 100); // 1,048 Mbit/s
    const outcome = computeInterfaceRate(previous, current, GE);
    expect(outcome.kind === 'rate' && outcome.inBps).toBe(1_048_000_000);
  });

  it('when the port speed is unknown, then an absurd jump is still rejected', () => {
    const previous = reading(0n, 0n, t0, DAY_TICKS);
    const current = reading(2n ** 60n, 0n, t0 + 60_000, DAY_TICKS + 6_000);
    const options: RateOptions = { portSpeedMbps: null };
    const outcome = computeInterfaceRate(previous, current, options);
    expect(outcome.kind === 'unknown' && outcome.reason).toBe(
      UnknownIntervalReason.ExceedsPortSpeed,
    );
    expect(ABSOLUTE_MAX_BPS).toBeLessThan(1e12);
  });
});
