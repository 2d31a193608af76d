/**
 * Turning two reads of an interface's octet counters into a rate, the way Zabbix, Cacti Spine
 * and LibreNMS do: never store a spike. An interval whose counters cannot be trusted is
 * reported as unknown with a reason; the caller stores no sample for it.
 */

/** One read of an interface's octet counters, with the node's sysUpTime at that read. */
export interface CounterReading {
  inOctets: bigint;
  outOctets: bigint;
  /** Which counters were read: 64 for ifHCIn/OutOctets, 32 for the ifIn/OutOctets fallback. */
  counterBits: CounterBits;
  /** sysUpTime, hundredths of a second (TimeTicks, 32-bit). */
  sysUptimeTicks: number;
  /** ifCounterDiscontinuityTime (TimeTicks), null when the agent does not implement it. */
  discontinuityTicks?: number | null;
  /** snmpEngineTime, seconds since the engine last booted; null when the agent lacks it. */
  engineTimeSeconds?: number | null;
  /** When the read happened, collector clock, epoch ms. */
  readAtMs: number;
}

export type CounterBits = 32 | 64;

export const UnknownIntervalReason = {
  NoPrevious: 'no_previous',
  NonPositiveInterval: 'non_positive_interval',
  Reboot: 'reboot',
  UptimeInconsistent: 'uptime_inconsistent',
  CounterReset: 'counter_reset',
  CounterWidthChanged: 'counter_width_changed',
  CounterDiscontinuity: 'counter_discontinuity',
  ExceedsPortSpeed: 'exceeds_port_speed',
  /** Another port answers behind the member's ifIndex (renumbered at a reboot); see discovery. */
  InterfaceRenumbered: 'interface_renumbered',
} as const;
export type UnknownIntervalReason =
  (typeof UnknownIntervalReason)[keyof typeof UnknownIntervalReason];

export type RateOutcome =
  | { kind: 'rate'; inBps: number; outBps: number; intervalMs: number; hasWrapped: boolean }
  | { kind: 'unknown'; reason: UnknownIntervalReason; intervalMs: number | null };

export interface RateOptions {
  /** ifHighSpeed in Mbit/s; null or 0 when the agent does not say (then ABSOLUTE_MAX_BPS caps). */
  portSpeedMbps: number | null;
  /** A rate above this share of the port speed is impossible and rejected. */
  maxShareOfPortSpeed?: number;
}

export const DEFAULT_MAX_SHARE_OF_PORT_SPEED = 1.05;
/** No port on this network is faster; caps rates of interfaces whose speed is unknown. */
export const ABSOLUTE_MAX_BPS = 400e9;

const TIMETICKS_MODULUS = 2 ** 32;
const MS_PER_TICK = 10;

/**
 * Decodes the content octets of a BER Counter64 (snmp-native's `vb.valueRaw`) exactly.
 * Agents send the minimal big-endian two's-complement form, so a value with its top bit set
 * arrives with a leading 0x00 (9 octets); some agents omit it, which we accept as unsigned.
 */
export function decodeCounter64(contentOctets: Buffer): bigint {
  const length = contentOctets.length;
  if (length === 0 || length > 9 || (length === 9 && contentOctets[0] !== 0)) {
    throw new RangeError(`Counter64 has ${length} content octets; expected 1 to 8 (+ a 0x00)`);
  }
  let value = 0n;
  for (const octet of contentOctets) {
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

export type UptimeContinuity = 'continuous' | 'restarted' | 'inconsistent';

/**
 * Compares how far sysUpTime advanced with how much wall-clock time passed. sysUpTime wraps
 * after 497 days, so a smaller value whose modular advance matches the wall clock is a wrap;
 * one that does not is a restart. An advance far beyond the wall clock means another agent
 * answered or a clock jumped: the counters are not comparable either.
 */
export function classifyUptime(
  previousTicks: number,
  currentTicks: number,
  wallMs: number,
): UptimeContinuity {
  const advanceTicks =
    (((currentTicks - previousTicks) % TIMETICKS_MODULUS) + TIMETICKS_MODULUS) % TIMETICKS_MODULUS;
  const advanceMs = advanceTicks * MS_PER_TICK;
  // Polling jitter, retransmissions and 10 ms tick resolution make the two clocks differ a
  // little; a reboot always loses at least the device's boot time, far more than this.
  const toleranceMs = Math.max(5_000, wallMs * 0.2);
  if (Math.abs(advanceMs - wallMs) <= toleranceMs) {
    return 'continuous';
  }
  return currentTicks < previousTicks || advanceMs < wallMs ? 'restarted' : 'inconsistent';
}

/**
 * snmpEngineTime (SNMP-FRAMEWORK-MIB) counts seconds since the engine booted and does not wrap
 * for 68 years, so where the agent has it, it settles what a sysUpTime near its 497-day wrap
 * cannot: an engine time that did not advance like the wall clock means the engine restarted.
 */
export function classifyEngineTime(
  previousSeconds: number,
  currentSeconds: number,
  wallMs: number,
): UptimeContinuity {
  const advanceMs = (currentSeconds - previousSeconds) * 1000;
  // One extra second for the value's one-second resolution.
  const toleranceMs = Math.max(5_000, wallMs * 0.2) + 1_000;
  if (Math.abs(advanceMs - wallMs) <= toleranceMs) {
    return 'continuous';
  }
  return advanceMs < wallMs ? 'restarted' : 'inconsistent';
}

/**
 * Octets transferred between two reads of one counter, or null when the counter went
 * backwards and the gap cannot be explained as a wrap: a wrap needs a known port speed, and
 * the octets it implies (Δ + 2^bits) must fit that port over the interval. Anything else is a
 * reset (a cleared counter, a replaced line card), and guessing would store a spike.
 */
export function counterDelta(
  previous: bigint,
  current: bigint,
  intervalMs: number,
  options: RateOptions & { counterBits: CounterBits },
): { octets: bigint; hasWrapped: boolean } | null {
  if (current >= previous) {
    return { octets: current - previous, hasWrapped: false };
  }
  if (options.portSpeedMbps === null || !(options.portSpeedMbps > 0)) {
    return null;
  }
  const capBps = maximumPlausibleBps(options);
  const wrappedOctets = current + (1n << BigInt(options.counterBits)) - previous;
  return bitsPerSecond(wrappedOctets, intervalMs) <= capBps
    ? { octets: wrappedOctets, hasWrapped: true }
    : null;
}

/** Mean rates over the interval between two reads, or the reason the interval is unknown. */
export function computeInterfaceRate(
  previous: CounterReading | null,
  current: CounterReading,
  options: RateOptions,
): RateOutcome {
  if (previous === null) {
    return { kind: 'unknown', reason: UnknownIntervalReason.NoPrevious, intervalMs: null };
  }
  const intervalMs = current.readAtMs - previous.readAtMs;
  if (!(intervalMs > 0)) {
    return { kind: 'unknown', reason: UnknownIntervalReason.NonPositiveInterval, intervalMs };
  }
  const continuity = nodeContinuity(previous, current, intervalMs);
  if (continuity !== 'continuous') {
    const reason =
      continuity === 'restarted'
        ? UnknownIntervalReason.Reboot
        : UnknownIntervalReason.UptimeInconsistent;
    return { kind: 'unknown', reason, intervalMs };
  }
  if (previous.counterBits !== current.counterBits) {
    // Two different counters: their difference measures nothing.
    return { kind: 'unknown', reason: UnknownIntervalReason.CounterWidthChanged, intervalMs };
  }
  if ((previous.discontinuityTicks ?? null) !== (current.discontinuityTicks ?? null)) {
    // The agent says this interface's counters restarted (RFC 2863) since the previous read.
    return { kind: 'unknown', reason: UnknownIntervalReason.CounterDiscontinuity, intervalMs };
  }
  const deltaOptions = { ...options, counterBits: current.counterBits };
  const inDelta = counterDelta(previous.inOctets, current.inOctets, intervalMs, deltaOptions);
  const outDelta = counterDelta(previous.outOctets, current.outOctets, intervalMs, deltaOptions);
  if (inDelta === null || outDelta === null) {
    return { kind: 'unknown', reason: UnknownIntervalReason.CounterReset, intervalMs };
  }
  const inBps = bitsPerSecond(inDelta.octets, intervalMs);
  const outBps = bitsPerSecond(outDelta.octets, intervalMs);
  const capBps = maximumPlausibleBps(options);
  if (inBps > capBps || outBps > capBps) {
    return { kind: 'unknown', reason: UnknownIntervalReason.ExceedsPortSpeed, intervalMs };
  }
  return {
    kind: 'rate',
    inBps: Math.round(inBps),
    outBps: Math.round(outBps),
    intervalMs,
    hasWrapped: inDelta.hasWrapped || outDelta.hasWrapped,
  };
}

/** sysUpTime, and snmpEngineTime when both reads carry it: either restarting voids the interval. */
function nodeContinuity(
  previous: CounterReading,
  current: CounterReading,
  intervalMs: number,
): UptimeContinuity {
  const byUptime = classifyUptime(previous.sysUptimeTicks, current.sysUptimeTicks, intervalMs);
  const previousEngine = previous.engineTimeSeconds ?? null;
  const currentEngine = current.engineTimeSeconds ?? null;
  if (byUptime !== 'continuous' || previousEngine === null || currentEngine === null) {
    return byUptime;
  }
  return classifyEngineTime(previousEngine, currentEngine, intervalMs);
}

function bitsPerSecond(octets: bigint, intervalMs: number): number {
  // A plausible interval moves far fewer than 2^53 octets (9 PB), so Number() is exact for
  // every rate that can pass the cap; larger ones only need to be big enough to be rejected.
  return (Number(octets) * 8 * 1000) / intervalMs;
}

export function maximumPlausibleBps(options: RateOptions): number {
  if (options.portSpeedMbps === null || !(options.portSpeedMbps > 0)) {
    return ABSOLUTE_MAX_BPS;
  }
  const share = options.maxShareOfPortSpeed ?? DEFAULT_MAX_SHARE_OF_PORT_SPEED;
  return options.portSpeedMbps * 1_000_000 * share;
}
