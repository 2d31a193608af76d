import { IfStatus, type TextEncoding } from '@extranet/database';
import type { VarBind } from 'snmp-native';
import { decodeCounter64, type CounterBits } from './counter-rate';
import { INTERFACE_NAME_MAX_CHARACTERS } from './discovery/discovered-interface';
import { decodeSnmpText, fitColumn } from './discovery/snmp-text-decoding';
import { SmiType, isException, typeMismatch } from './snmp-smi-types';
import {
  IfEntryColumn,
  IfXEntryColumn,
  SNMP_ENGINE_TIME_OID,
  SystemOid,
  ifEntryInstance,
  ifXEntryInstance,
  scalarInstance,
} from './snmp-oids';

export interface InterfaceReading {
  ifIndex: number;
  inOctets: bigint;
  outOctets: bigint;
  /** 64 when ifHCIn/OutOctets were used, 32 when this interface fell back to ifIn/OutOctets. */
  counterBits: CounterBits;
  /** ifCounterDiscontinuityTime, null when the agent does not implement it. */
  discontinuityTicks: number | null;
  operStatus: number;
  adminStatus: number;
  /** ifHighSpeed, else ifSpeed in Mbit/s; 0 when the agent says neither. */
  highSpeedMbps: number;
  /** Collector clock when the agent most likely read the counters: mid-way through the request. */
  readAtMs: number;
}

export interface NodeReading {
  sysUptimeTicks: number;
  /** snmpEngineTime, null when the agent does not implement it. */
  engineTimeSeconds: number | null;
  readAtMs: number;
  interfaces: Map<number, InterfaceReading>;
  /** Interfaces the agent does not know (noSuchInstance): removed or renumbered ports. */
  missingIfIndexes: number[];
  /**
   * Interfaces whose ifName is no longer the stored one: after a reboot the ifIndex now names
   * another port, whose counters must not be credited to the circuit. Their counters are not
   * read into `interfaces`.
   */
  renumbered: RenumberedInterface[];
}

export interface RenumberedInterface {
  ifIndex: number;
  expectedIfName: string;
  foundIfName: string;
}

/** The names the interfaces had at the last discovery, to notice a renumbering. */
export interface ExpectedInterfaceNames {
  byIfIndex: ReadonlyMap<number, string>;
  /** The node's text encoding override; `auto` when none. */
  textEncoding: TextEncoding;
}

/** An interface whose HC counters or ifHighSpeed are missing, or whose HC counters read zero. */
export interface FallbackCandidate {
  ifIndex: number;
  /** The HC pair as read, null when the agent does not have it. */
  hcOctets: { inOctets: bigint; outOctets: bigint; readAtMs: number } | null;
  highSpeedMbps: number | null;
  discontinuityTicks: number | null;
  operStatus: number;
  adminStatus: number;
}

/** What the first request settled, and which interfaces need the 32-bit columns asked for. */
export interface FirstPass {
  reading: NodeReading;
  fallbacks: FallbackCandidate[];
}

export class MalformedAnswerError extends Error {}

const IF_SPEED_MAX = 4_294_967_295;

/**
 * Per member: HC counters, status, ifHighSpeed, ifCounterDiscontinuityTime and ifName (7
 * varbinds; a double uplink plus the two scalars is exactly one 16-varbind request).
 */
const FIRST_PASS_COLUMNS = [
  (ifIndex: number) => ifXEntryInstance(IfXEntryColumn.ifHCInOctets, ifIndex),
  (ifIndex: number) => ifXEntryInstance(IfXEntryColumn.ifHCOutOctets, ifIndex),
  (ifIndex: number) => ifEntryInstance(IfEntryColumn.ifOperStatus, ifIndex),
  (ifIndex: number) => ifEntryInstance(IfEntryColumn.ifAdminStatus, ifIndex),
  (ifIndex: number) => ifXEntryInstance(IfXEntryColumn.ifHighSpeed, ifIndex),
  (ifIndex: number) => ifXEntryInstance(IfXEntryColumn.ifCounterDiscontinuityTime, ifIndex),
  (ifIndex: number) => ifXEntryInstance(IfXEntryColumn.ifName, ifIndex),
];

/** Asked only for fallback candidates, so a node with HC counters stays at one round trip. */
const FALLBACK_COLUMNS = [
  (ifIndex: number) => ifEntryInstance(IfEntryColumn.ifInOctets, ifIndex),
  (ifIndex: number) => ifEntryInstance(IfEntryColumn.ifOutOctets, ifIndex),
  (ifIndex: number) => ifEntryInstance(IfEntryColumn.ifSpeed, ifIndex),
];

export function firstPassOids(ifIndexes: readonly number[]): string[] {
  return [
    scalarInstance(SystemOid.sysUpTime),
    scalarInstance(SNMP_ENGINE_TIME_OID),
    ...ifIndexes
      .filter(isAskable)
      .flatMap((ifIndex) => FIRST_PASS_COLUMNS.map((oidOf) => oidOf(ifIndex))),
  ];
}

/**
 * An interface that discovery marked absent has given up its ifIndex (it is stored negated):
 * there is nothing to ask for it, and the member reads as missing.
 */
function isAskable(ifIndex: number): boolean {
  return Number.isInteger(ifIndex) && ifIndex > 0;
}

export function fallbackOids(fallbacks: readonly FallbackCandidate[]): string[] {
  return fallbacks.flatMap(({ ifIndex }) => FALLBACK_COLUMNS.map((oidOf) => oidOf(ifIndex)));
}

/**
 * Settles what the first request answered. Every value is checked against the type IF-MIB
 * gives it before it is decoded: a wrong-typed status or sysUpTime makes the answer malformed
 * (the node's poll fails with that reason, no sample is written); wrong-typed HC counters or
 * ifHighSpeed are treated as absent, so the 32-bit columns are asked instead (old agents answer
 * ifHCInOctets as a Counter32).
 */
export function parseFirstPass(
  ifIndexes: readonly number[],
  varbinds: VarBind[],
  expectedNames?: ExpectedInterfaceNames,
): FirstPass {
  const byOid = indexByOid(varbinds);
  const uptime = byOid.get(scalarInstance(SystemOid.sysUpTime));
  if (!uptime || isException(uptime)) {
    throw new MalformedAnswerError('did not return sysUpTime');
  }
  requireType(uptime, SmiType.TimeTicks, 'sysUpTime');
  const engineTime = byOid.get(scalarInstance(SNMP_ENGINE_TIME_OID));
  const reading: NodeReading = {
    sysUptimeTicks: unsigned(uptime),
    engineTimeSeconds:
      engineTime && engineTime.type === SmiType.Integer && Number.isInteger(engineTime.value)
        ? Number(engineTime.value)
        : null,
    readAtMs: midpoint(uptime),
    interfaces: new Map(),
    missingIfIndexes: [],
    renumbered: [],
  };
  const fallbacks: FallbackCandidate[] = [];
  for (const ifIndex of ifIndexes) {
    if (!isAskable(ifIndex)) {
      reading.missingIfIndexes.push(ifIndex);
      continue;
    }
    const [hcIn, hcOut, operStatus, adminStatus, highSpeed, discontinuity, ifName] =
      FIRST_PASS_COLUMNS.map((oidOf) => byOid.get(oidOf(ifIndex)));
    if (!hcIn || !hcOut || !operStatus || !adminStatus || !highSpeed || !discontinuity || !ifName) {
      throw new MalformedAnswerError(`answered without ifIndex ${ifIndex}`);
    }
    if (isException(operStatus) || isException(adminStatus)) {
      reading.missingIfIndexes.push(ifIndex);
      continue;
    }
    const renumbered = renumberingOf(ifIndex, ifName, expectedNames);
    if (renumbered) {
      reading.renumbered.push(renumbered);
      continue;
    }
    const hasHcCounters = hcIn.type === SmiType.Counter64 && hcOut.type === SmiType.Counter64;
    const hcOctets = hasHcCounters
      ? { inOctets: unsignedBig(hcIn), outOctets: unsignedBig(hcOut), readAtMs: midpoint(hcIn) }
      : null;
    const candidate: FallbackCandidate = {
      ifIndex,
      hcOctets,
      highSpeedMbps: highSpeed.type === SmiType.Gauge32 ? unsigned(highSpeed) : null,
      discontinuityTicks: discontinuity.type === SmiType.TimeTicks ? unsigned(discontinuity) : null,
      operStatus: ifStatus(operStatus, `ifOperStatus.${ifIndex}`),
      adminStatus: ifStatus(adminStatus, `ifAdminStatus.${ifIndex}`),
    };
    const isHcZero = hcOctets !== null && hcOctets.inOctets === 0n && hcOctets.outOctets === 0n;
    // Zero HC counters on a port that is not up need no 32-bit check: nothing crosses it, so
    // its rate is 0 in either width. Idle and virtual ports are common (snmpd lists ifb0), and
    // that check would double the node's requests; it happens when the port comes up.
    const isZeroAndIdle = isHcZero && candidate.operStatus !== IfStatus.Up;
    if (hcOctets === null || (isHcZero && !isZeroAndIdle) || candidate.highSpeedMbps === null) {
      fallbacks.push(candidate);
    } else {
      reading.interfaces.set(ifIndex, toReading(candidate, hcOctets, 64, candidate.highSpeedMbps));
    }
  }
  return { reading, fallbacks };
}

/**
 * Settles each candidate from the 32-bit columns: missing HC counters, or HC counters at zero
 * while ifIn/OutOctets are not (agents that list ifXTable but never fill it), use the 32-bit
 * pair; HC counters that are truly zero stay 64-bit. Without either pair the port is missing.
 */
export function completeWithFallback(first: FirstPass, varbinds: VarBind[]): NodeReading {
  const byOid = indexByOid(varbinds);
  const { reading } = first;
  for (const candidate of first.fallbacks) {
    const [in32, out32, ifSpeed] = FALLBACK_COLUMNS.map((oidOf) =>
      byOid.get(oidOf(candidate.ifIndex)),
    );
    if (!in32 || !out32 || !ifSpeed) {
      throw new MalformedAnswerError(`answered without ifIndex ${candidate.ifIndex}`);
    }
    const ifIndex = candidate.ifIndex;
    if (!isException(in32)) requireType(in32, SmiType.Counter32, `ifInOctets.${ifIndex}`);
    if (!isException(out32)) requireType(out32, SmiType.Counter32, `ifOutOctets.${ifIndex}`);
    const octets32 =
      isException(in32) || isException(out32)
        ? null
        : { inOctets: unsignedBig(in32), outOctets: unsignedBig(out32), readAtMs: midpoint(in32) };
    const speedMbps = candidate.highSpeedMbps ?? speedFromIfSpeed(ifSpeed);
    const hc = candidate.hcOctets;
    const has32Traffic = octets32 !== null && (octets32.inOctets > 0n || octets32.outOctets > 0n);
    if (hc !== null && !has32Traffic) {
      reading.interfaces.set(candidate.ifIndex, toReading(candidate, hc, 64, speedMbps));
    } else if (octets32 !== null) {
      reading.interfaces.set(candidate.ifIndex, toReading(candidate, octets32, 32, speedMbps));
    } else {
      reading.missingIfIndexes.push(candidate.ifIndex);
    }
  }
  return reading;
}

function toReading(
  candidate: FallbackCandidate,
  octets: { inOctets: bigint; outOctets: bigint; readAtMs: number },
  counterBits: CounterBits,
  highSpeedMbps: number,
): InterfaceReading {
  return {
    ifIndex: candidate.ifIndex,
    inOctets: octets.inOctets,
    outOctets: octets.outOctets,
    counterBits,
    discontinuityTicks: candidate.discontinuityTicks,
    operStatus: candidate.operStatus,
    adminStatus: candidate.adminStatus,
    highSpeedMbps,
    readAtMs: octets.readAtMs,
  };
}

/**
 * The ifName behind the ifIndex, when it is not the stored one. No verdict without a stored
 * name or without an ifName in the answer (agents lacking ifXTable): nothing to compare.
 */
function renumberingOf(
  ifIndex: number,
  ifName: VarBind,
  expected: ExpectedInterfaceNames | undefined,
): RenumberedInterface | null {
  const expectedIfName = expected?.byIfIndex.get(ifIndex);
  if (expectedIfName === undefined || ifName.type !== SmiType.OctetString) return null;
  const found = decodeSnmpText(ifName.valueRaw, expected!.textEncoding).text;
  const foundIfName = fitColumn(found, INTERFACE_NAME_MAX_CHARACTERS);
  return foundIfName === expectedIfName ? null : { ifIndex, expectedIfName, foundIfName };
}

/** ifOperStatus / ifAdminStatus: an INTEGER enumeration, 1 (up) to 7 (lowerLayerDown). */
function ifStatus(vb: VarBind, name: string): number {
  requireType(vb, SmiType.Integer, name);
  const status = Number(vb.value);
  if (!Number.isInteger(status) || status < 1 || status > 7) {
    throw new MalformedAnswerError(`answered ${name} = ${String(vb.value)}, not an ifStatus`);
  }
  return status;
}

function requireType(vb: VarBind, type: number, name: string): void {
  const mismatch = typeMismatch(vb, type, name);
  if (mismatch) throw new MalformedAnswerError(mismatch);
}

/** ifSpeed is bit/s in a Gauge32; its maximum means "faster than this", i.e. unknown here. */
function speedFromIfSpeed(vb: VarBind): number {
  if (vb.type !== SmiType.Gauge32) return 0;
  const bps = unsigned(vb);
  return bps >= IF_SPEED_MAX ? 0 : Math.round(bps / 1_000_000);
}

function indexByOid(varbinds: VarBind[]): Map<string, VarBind> {
  return new Map(varbinds.map((vb) => [vb.oid.join('.'), vb]));
}

/** Counters, TimeTicks and Gauge32 are unsigned: decode the octets rather than trust a signed parse. */
function unsignedBig(vb: VarBind): bigint {
  return decodeCounter64(vb.valueRaw);
}

function unsigned(vb: VarBind): number {
  return Number(decodeCounter64(vb.valueRaw));
}

/** The agent read its counters somewhere between our send and its answer arriving. */
function midpoint(vb: VarBind): number {
  return vb.sendStamp && vb.receiveStamp
    ? Math.round((vb.sendStamp + vb.receiveStamp) / 2)
    : vb.receiveStamp;
}
