import { parse, type Packet } from 'snmp-native';
import { IfEntryColumn, IfXEntryColumn } from '../links/snmp-oids';
import {
  BerTag,
  responseMessage,
  signedOctets,
  unsignedOctets,
  type RawVarbind,
} from './ber-encoding';
import { ifEntryValue, ifXEntryValue, type PortAt } from './port-values';
import type { SimulatedNode } from './simulated-node';

const SNMP_V2C = 1;
/** snmp-native's parse reports the PDU tag minus 0xa0: 0 is a GetRequest. */
const GET_REQUEST = 0;
const SYS_UPTIME_INSTANCE = '1.3.6.1.2.1.1.3.0';
const ENGINE_TIME_INSTANCE = '1.3.6.1.6.3.10.2.1.3.0';
const IF_ENTRY = [1, 3, 6, 1, 2, 1, 2, 2, 1];
const IF_X_ENTRY = [1, 3, 6, 1, 2, 1, 31, 1, 1, 1];
/** ifCounterDiscontinuityTime: not implemented by the simulator's agents (noSuchInstance). */
const IF_COUNTER_DISCONTINUITY_COLUMN = 19;

/** The ifTable and ifXTable columns a poll reads, with their SMI tags. */
const IF_ENTRY_TAGS = new Map<number, number>([
  [IfEntryColumn.ifSpeed, BerTag.Gauge32],
  [IfEntryColumn.ifAdminStatus, BerTag.Integer],
  [IfEntryColumn.ifOperStatus, BerTag.Integer],
  [IfEntryColumn.ifInOctets, BerTag.Counter32],
  [IfEntryColumn.ifOutOctets, BerTag.Counter32],
]);
const IF_X_ENTRY_TAGS = new Map<number, number>([
  [IfXEntryColumn.ifName, BerTag.OctetString],
  [IfXEntryColumn.ifHCInOctets, BerTag.Counter64],
  [IfXEntryColumn.ifHCOutOctets, BerTag.Counter64],
  [IfXEntryColumn.ifHighSpeed, BerTag.Gauge32],
]);

/**
 * The answer to a poll's GetRequest, built directly from the node's state, or null when the
 * request is anything else (another version or PDU, a wrong community, an object outside the
 * poll's set, an unparsable datagram): net-snmp's agent then answers it as before. net-snmp
 * spends ~200 µs of CPU on each poll (MIB tree lookups, garbage), which at full depth made the
 * simulator, not the collector, the slowest part of a cycle. The values come from the same
 * functions as the MIB's handlers, and the exceptions are the ones net-snmp sends.
 */
export function answerPollGet(node: SimulatedNode, nowMs: number, datagram: Buffer): Buffer | null {
  let packet: Packet;
  try {
    packet = parse(datagram);
  } catch {
    return null;
  }
  if (
    packet.version !== SNMP_V2C ||
    packet.pdu.type !== GET_REQUEST ||
    packet.community !== node.spec.community
  ) {
    return null;
  }
  const varbinds: RawVarbind[] = [];
  for (const { oid } of packet.pdu.varbinds) {
    const answer = answerObject(node, nowMs, oid);
    if (!answer) return null;
    varbinds.push(answer);
  }
  return responseMessage({ community: packet.community, requestId: packet.pdu.reqid, varbinds });
}

function answerObject(node: SimulatedNode, nowMs: number, oid: number[]): RawVarbind | null {
  const dotted = oid.join('.');
  if (dotted === SYS_UPTIME_INSTANCE) {
    const ticks = BigInt(node.sysUpTimeTicks(nowMs));
    return { oid, tag: BerTag.TimeTicks, content: unsignedOctets(ticks) };
  }
  if (dotted === ENGINE_TIME_INSTANCE) {
    return { oid, tag: BerTag.NoSuchObject, content: Buffer.alloc(0) };
  }
  const ifEntryColumn = tableColumn(oid, IF_ENTRY);
  if (ifEntryColumn) {
    const tag = IF_ENTRY_TAGS.get(ifEntryColumn.column);
    if (tag === undefined) return null;
    const port = portAt(node, ifEntryColumn.ifIndex);
    return port
      ? encoded(oid, tag, ifEntryValue(port, ifEntryColumn.column, nowMs))
      : noSuchInstance(oid);
  }
  const ifXColumn = tableColumn(oid, IF_X_ENTRY);
  if (ifXColumn) {
    if (ifXColumn.column === IF_COUNTER_DISCONTINUITY_COLUMN) return noSuchInstance(oid);
    const tag = IF_X_ENTRY_TAGS.get(ifXColumn.column);
    if (tag === undefined) return null;
    const port = portAt(node, ifXColumn.ifIndex);
    return port
      ? encoded(oid, tag, ifXEntryValue(port, ifXColumn.column, nowMs))
      : noSuchInstance(oid);
  }
  return null;
}

/** `<entry>.<column>.<ifIndex>` → its column and ifIndex; null for any other shape. */
function tableColumn(oid: number[], entry: number[]): { column: number; ifIndex: number } | null {
  if (oid.length !== entry.length + 2) return null;
  for (let i = 0; i < entry.length; i += 1) if (oid[i] !== entry[i]) return null;
  return { column: oid[entry.length], ifIndex: oid[entry.length + 1] };
}

function portAt(node: SimulatedNode, ifIndex: number): PortAt | null {
  const iface = node.interfaces.get(ifIndex);
  return iface ? { iface, ifIndex, node } : null;
}

function noSuchInstance(oid: number[]): RawVarbind {
  return { oid, tag: BerTag.NoSuchInstance, content: Buffer.alloc(0) };
}

function encoded(oid: number[], tag: number, value: unknown): RawVarbind | null {
  if (tag === BerTag.Integer && typeof value === 'number') {
    return { oid, tag, content: signedOctets(value) };
  }
  if ((tag === BerTag.Counter32 || tag === BerTag.Gauge32) && typeof value === 'number') {
    return { oid, tag, content: unsignedOctets(BigInt(value)) };
  }
  if (tag === BerTag.Counter64 && Buffer.isBuffer(value)) return { oid, tag, content: value };
  if (tag === BerTag.OctetString && typeof value === 'string') {
    return { oid, tag, content: Buffer.from(value, 'utf8') };
  }
  return null; // a value of an unexpected shape: net-snmp answers it
}
