import { createSocket, type RemoteInfo } from 'node:dgram';
import { parse } from 'snmp-native';
import { IF_ENTRY_OID, IF_X_ENTRY_OID } from '../links/snmp-oids';
import { BerTag, responseMessage, type RawVarbind } from '../simulator/ber-encoding';

/**
 * What the agent does wrong. `none` answers correctly (the control case); the others are the
 * faults the issue lists: exceptions, wrong types, truncated or malformed datagrams, answers to
 * a request id never sent, a table without end, OIDs that do not increase, slowness, silence.
 */
export type Misbehaviour =
  | 'none'
  | 'no-such-object'
  | 'wrong-types'
  | 'truncated'
  | 'garbage'
  | 'wrong-request-id'
  | 'endless-table'
  | 'non-increasing'
  | 'slow'
  | 'silent';

export interface AgentValue {
  tag: number;
  content: Buffer;
}

export interface MisbehavingAgent {
  host: string;
  port: number;
  behaviour: Misbehaviour;
  /** Requests received, whatever was answered. */
  readonly requests: number;
  stop(): Promise<void>;
}

const GET_NEXT = 1;
const GET_BULK = 5;
const SLOW_ANSWER_MS = 300;

/**
 * A raw UDP SNMP v2c agent on loopback that answers from a fixed table of values (OID text →
 * BER tag and content octets) and can be switched to misbehave. Requests are read with
 * snmp-native's parser; answers are crafted BER (ber-encoding.ts), so they can be wrong in
 * ways no real agent library would let one write.
 */
export async function startMisbehavingAgent(options: {
  community: string;
  values: ReadonlyMap<string, AgentValue>;
  behaviour?: Misbehaviour;
  host?: string;
}): Promise<MisbehavingAgent> {
  const host = options.host ?? '127.0.0.1';
  const socket = createSocket('udp4');
  const ordered = [...options.values.keys()]
    .map((oid) => oid.split('.').map(Number))
    .sort(compareOids);
  let requests = 0;
  const agent: MisbehavingAgent = {
    host,
    port: 0,
    behaviour: options.behaviour ?? 'none',
    get requests() {
      return requests;
    },
    stop: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };

  const lookup = (oid: readonly number[]): RawVarbind => {
    const value = options.values.get(oid.join('.'));
    return value
      ? { oid, tag: value.tag, content: value.content }
      : { oid, tag: BerTag.NoSuchInstance, content: Buffer.alloc(0) };
  };
  const successors = (from: readonly number[], count: number): RawVarbind[] => {
    if (agent.behaviour === 'endless-table') return endlessRows(from, count);
    if (agent.behaviour === 'non-increasing') {
      // Always the column's first row: a walk that trusts the agent would loop on it.
      const column = columnOf(from);
      const first = ordered.find((oid) => column.every((arc, i) => oid[i] === arc));
      return [lookup(first ?? from)];
    }
    const start = ordered.findIndex((oid) => compareOids(oid, from) > 0);
    if (start < 0) return [{ oid: from, tag: BerTag.EndOfMibView, content: Buffer.alloc(0) }];
    return ordered.slice(start, start + count).map(lookup);
  };

  const answer = (request: ReturnType<typeof parse>): RawVarbind[] => {
    const asked = request.pdu.varbinds.map((vb) => vb.oid);
    if (request.pdu.type === GET_BULK)
      return successors(asked[0], Math.max(1, request.pdu.errorIndex));
    if (request.pdu.type === GET_NEXT) return asked.flatMap((oid) => successors(oid, 1));
    return asked.map((oid) => {
      if (agent.behaviour === 'no-such-object') {
        return { oid, tag: BerTag.NoSuchObject, content: Buffer.alloc(0) };
      }
      const found = lookup(oid);
      // Numbers come back as OCTET STRINGs of their own octets: right bytes, wrong type.
      const isNumber = found.tag !== BerTag.OctetString && found.tag !== BerTag.NoSuchInstance;
      return agent.behaviour === 'wrong-types' && isNumber
        ? { oid, tag: BerTag.OctetString, content: found.content }
        : found;
    });
  };

  socket.on('message', (datagram: Buffer, peer: RemoteInfo) => {
    requests += 1;
    let request: ReturnType<typeof parse>;
    try {
      request = parse(datagram);
    } catch {
      return;
    }
    if (request.community !== options.community || agent.behaviour === 'silent') return;
    const message = responseMessage({
      community: request.community,
      requestId: agent.behaviour === 'wrong-request-id' ? request.pdu.reqid + 1 : request.pdu.reqid,
      varbinds: answer(request),
    });
    const send = (bytes: Buffer) => socket.send(bytes, peer.port, peer.address);
    switch (agent.behaviour) {
      case 'truncated':
        // Cut inside the last value: the headers still announce the full length.
        return send(message.subarray(0, message.length - 3));
      case 'garbage':
        return send(
          Buffer.from('30 82 ff ff 02 01 01 this is not BER'.replace(/ /g, ''), 'latin1'),
        );
      case 'slow':
        setTimeout(() => send(message), SLOW_ANSWER_MS);
        return;
      default:
        return send(message);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, host, () => resolve());
  });
  agent.port = socket.address().port;
  return agent;
}

const TABLE_ENTRIES = [IF_ENTRY_OID, IF_X_ENTRY_OID].map((oid) => oid.split('.').map(Number));

/** The ifTable / ifXTable column an OID is in (or at). */
function columnOf(oid: readonly number[]): readonly number[] {
  const entry = TABLE_ENTRIES.find((root) => root.every((arc, i) => oid[i] === arc));
  return entry ? oid.slice(0, entry.length + 1) : oid.slice(0, -1);
}

/** An ifTable / ifXTable column that never ends: each answer names the next ifIndexes. */
function endlessRows(from: readonly number[], count: number): RawVarbind[] {
  const column = columnOf(from);
  const last = from[column.length] ?? 0;
  return Array.from({ length: count }, (_, i) => ({
    oid: [...column, last + i + 1],
    tag: BerTag.OctetString,
    content: Buffer.from(`port-${last + i + 1}`),
  }));
}

function compareOids(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}
