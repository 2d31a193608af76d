import {
  UnknownIntervalReason,
  classifyEngineTime,
  computeInterfaceRate,
  counterDelta,
  type CounterReading,
  type RateOptions,
} from './counter-rate';

/**
 * The faults Zabbix, Cacti Spine and LibreNMS trackers are full of: 32-bit wraps and resets,
 * a width change between reads, counter discontinuities, and a reboot hidden by sysUpTime's
 * 497-day wrap. Each case fails if its rule is removed from counter-rate.ts.
 */
const T0 = Date.UTC(2026, 10, 2, 2, 0, 0);
const DAY_TICKS = 8_640_000;
const TWO_32 = 2n ** 32n;
const GE: RateOptions = { portSpeedMbps: 1000 };
const FE: RateOptions = { portSpeedMbps: 100 };

function read(overrides: Partial<CounterReading> & { atS: number }): CounterReading {
  const { atS, ...rest } = overrides;
  return {
    inOctets: 0n,
    outOctets: 0n,
    counterBits: 32,
    sysUptimeTicks: DAY_TICKS + atS * 100,
    discontinuityTicks: null,
    engineTimeSeconds: null,
    readAtMs: T0 + atS * 1000,
    ...rest,
  };
}

function reasonOf(previous: CounterReading, current: CounterReading, options = GE): unknown {
  const outcome = computeInterfaceRate(previous, current, options);
  return outcome.kind === 'unknown' ? outcome.reason : outcome;
}

describe('counterDelta (32-bit)', () => {
  it('when a 32-bit counter goes backwards and Δ + 2^32 fits the port, then it is a wrap', () => {
    // 2^32 - 1,000 → 499,000: 500,000 octets in 60 s on a GE port.
    const delta = counterDelta(TWO_32 - 1_000n, 499_000n, 60_000, { ...GE, counterBits: 32 });
    expect(delta).toEqual({ octets: 500_000n, hasWrapped: true });
  });

  it('when Δ + 2^32 would exceed 105 % of the port, then it is a reset, not a wrap', () => {
    // 2^32 octets in 60 s is 573 Mbit/s: impossible on a 100 Mbit/s port.
    const delta = counterDelta(1_000_000n, 10n, 60_000, { ...FE, counterBits: 32 });
    expect(delta).toBeNull();
  });

  it('when the port speed is unknown, then a backwards 32-bit counter is a reset', () => {
    const delta = counterDelta(TWO_32 - 10n, 10n, 60_000, {
      portSpeedMbps: null,
      counterBits: 32,
    });
    expect(delta).toBeNull();
  });

  it('when a 64-bit counter goes backwards, then the 2^32 modulus is never used', () => {
    expect(counterDelta(TWO_32 - 10n, 10n, 60_000, { ...GE, counterBits: 64 })).toBeNull();
  });
});

describe('computeInterfaceRate under counter faults', () => {
  it('when a 32-bit counter wraps on a loaded GE port, then the rate is exact', () => {
    const previous = read({ atS: 0, inOctets: TWO_32 - 250_000_000n, outOctets: 5n });
    const current = read({ atS: 60, inOctets: 500_000_000n, outOctets: 5n });
    expect(computeInterfaceRate(previous, current, GE)).toEqual({
      kind: 'rate',
      inBps: 100_000_000,
      outBps: 0,
      intervalMs: 60_000,
      hasWrapped: true,
    });
  });

  it('when a 32-bit counter is cleared on a slow port, then the interval is a reset', () => {
    const previous = read({ atS: 0, inOctets: 3_000_000_000n });
    const current = read({ atS: 60, inOctets: 1_000n });
    expect(reasonOf(previous, current, FE)).toBe(UnknownIntervalReason.CounterReset);
  });

  it('when the width changed from 64 to 32 bits, then the interval is unknown', () => {
    const previous = read({ atS: 0, counterBits: 64, inOctets: 2n ** 40n });
    const current = read({ atS: 60, counterBits: 32, inOctets: 1_000n });
    expect(reasonOf(previous, current)).toBe(UnknownIntervalReason.CounterWidthChanged);
  });

  it('when the width changed from 32 to 64 bits with counters going up, then it is still unknown', () => {
    // Numerically plausible (Δ = 1,000 octets), but the two values are different counters.
    const previous = read({ atS: 0, counterBits: 32, inOctets: 1_000n });
    const current = read({ atS: 60, counterBits: 64, inOctets: 2_000n });
    expect(reasonOf(previous, current)).toBe(UnknownIntervalReason.CounterWidthChanged);
  });

  it('when ifCounterDiscontinuityTime changed, then the interval is unknown even if counters grew', () => {
    const previous = read({ atS: 0, counterBits: 64, inOctets: 1_000n, discontinuityTicks: 0 });
    const current = read({
      atS: 60,
      counterBits: 64,
      inOctets: 2_000n,
      discontinuityTicks: DAY_TICKS + 3_000,
    });
    expect(reasonOf(previous, current)).toBe(UnknownIntervalReason.CounterDiscontinuity);
  });

  it('when ifCounterDiscontinuityTime stayed the same, then the rate is computed', () => {
    const previous = read({ atS: 0, inOctets: 1_000n, discontinuityTicks: 4_200 });
    const current = read({ atS: 60, inOctets: 751_000n, discontinuityTicks: 4_200 });
    expect(computeInterfaceRate(previous, current, GE).kind).toBe('rate');
  });

  it('when sysUpTime looks wrapped but snmpEngineTime restarted, then it is a reboot', () => {
    // sysUpTime 2^32 - 3,000 ticks → 3,000 ticks in 60 s matches its 497-day wrap exactly,
    // yet the engine booted 30 s ago: the node rebooted 30 s before the wrap.
    const previous = read({ atS: 0, sysUptimeTicks: 2 ** 32 - 3_000, engineTimeSeconds: 4e7 });
    const current = read({ atS: 60, sysUptimeTicks: 3_000, engineTimeSeconds: 30 });
    expect(reasonOf(previous, current)).toBe(UnknownIntervalReason.Reboot);
  });

  it('when sysUpTime wrapped and snmpEngineTime advanced with the clock, then the rate is kept', () => {
    const previous = read({ atS: 0, sysUptimeTicks: 2 ** 32 - 3_000, engineTimeSeconds: 4e7 });
    const current = read({
      atS: 60,
      sysUptimeTicks: 3_000,
      engineTimeSeconds: 4e7 + 60,
      inOctets: 1_000n,
    });
    expect(computeInterfaceRate(previous, current, GE).kind).toBe('rate');
  });
});

describe('classifyEngineTime', () => {
  it('when engine time advanced like the wall clock, then it is continuous', () => {
    expect(classifyEngineTime(1_000, 1_061, 60_000)).toBe('continuous');
  });

  it('when engine time went backwards, then the engine restarted', () => {
    expect(classifyEngineTime(1_000, 5, 60_000)).toBe('restarted');
  });

  it('when engine time jumped far ahead, then it is inconsistent', () => {
    expect(classifyEngineTime(1_000, 100_000, 60_000)).toBe('inconsistent');
  });
});

describe('stored rates are bounded', () => {
  const speeds = [10, 100, 1000, 10_000];
  const cases: [bigint, bigint, number][] = [
    [0n, TWO_32 - 1n, 1_000],
    [TWO_32 - 1n, 0n, 60_000],
    [TWO_32 - 5n, 2n ** 31n, 300_000],
    [123n, 2n ** 33n, 60_000],
  ];
  for (const speed of speeds) {
    for (const [from, to, intervalMs] of cases) {
      it(`when ${from} → ${to} in ${intervalMs} ms on ${speed} Mbit/s, then no rate is negative or above 105 %`, () => {
        for (const counterBits of [32, 64] as const) {
          const previous = read({ atS: 0, counterBits, inOctets: from });
          const current = read({ atS: intervalMs / 1000, counterBits, inOctets: to });
          const outcome = computeInterfaceRate(previous, current, { portSpeedMbps: speed });
          if (outcome.kind === 'rate') {
            expect(outcome.inBps).toBeGreaterThanOrEqual(0);
            expect(outcome.inBps).toBeLessThanOrEqual(speed * 1e6 * 1.05);
          }
        }
      });
    }
  }
});
