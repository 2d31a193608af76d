import { isIP } from 'node:net';
import { Session, type VarBind } from 'snmp-native';
import { decodeCounter64 } from './counter-rate';
import {
  IfEntryColumn,
  IfXEntryColumn,
  SystemOid,
  ifEntryInstance,
  ifXEntryInstance,
  scalarInstance,
} from './snmp-oids';

/** One node to read: where it listens and which interfaces carry its uplink members. */
export interface PollTarget {
  nodeId: number;
  host: string;
  port: number;
  community: string;
  ifIndexes: readonly number[];
}

export interface InterfaceReading {
  ifIndex: number;
  inOctets: bigint;
  outOctets: bigint;
  operStatus: number;
  adminStatus: number;
  highSpeedMbps: number;
  /** Collector clock when the agent most likely read the counters: mid-way through the request. */
  readAtMs: number;
}

export interface NodeReading {
  sysUptimeTicks: number;
  readAtMs: number;
  interfaces: Map<number, InterfaceReading>;
  /** Interfaces the agent does not know (noSuchInstance): removed or renumbered ports. */
  missingIfIndexes: number[];
}

/** The contract of a way to read uplink counters: throws when the node cannot be read. */
export interface UplinkPoller {
  pollNode(target: PollTarget): Promise<NodeReading>;
  close(): void;
}

export class PollError extends Error {}

export interface SnmpPollerOptions {
  /** Wait for one answer, ms. */
  timeoutMs: number;
  /** Retransmissions after the first try. */
  retries: number;
}

export const DEFAULT_SNMP_POLLER_OPTIONS: SnmpPollerOptions = { timeoutMs: 2_000, retries: 1 };

const ASN1_NO_SUCH_OBJECT = 0x80;
const ASN1_NO_SUCH_INSTANCE = 0x81;
const ASN1_END_OF_MIB_VIEW = 0x82;

const MEMBER_COLUMNS = [
  ['inOctets', ifXEntryInstance.bind(null, IfXEntryColumn.ifHCInOctets)],
  ['outOctets', ifXEntryInstance.bind(null, IfXEntryColumn.ifHCOutOctets)],
  ['operStatus', ifEntryInstance.bind(null, IfEntryColumn.ifOperStatus)],
  ['adminStatus', ifEntryInstance.bind(null, IfEntryColumn.ifAdminStatus)],
  ['highSpeed', ifXEntryInstance.bind(null, IfXEntryColumn.ifHighSpeed)],
] as const;

/**
 * SNMP v2c GETs through ONE snmp-native session (one UDP socket) for every node: host, port
 * and community travel with each call. getAll packs the sysUpTime and five objects per member
 * into as few requests as fit (16 varbinds each), so a double uplink is a single round trip.
 */
export class SnmpUplinkPoller implements UplinkPoller {
  /** One socket per address family, opened on first use (most networks are IPv4 only). */
  private readonly sessions = new Map<4 | 6, Session>();
  private readonly timeouts: number[];

  constructor(private readonly options: SnmpPollerOptions = DEFAULT_SNMP_POLLER_OPTIONS) {
    this.timeouts = Array.from({ length: options.retries + 1 }, () => options.timeoutMs);
  }

  pollNode(target: PollTarget): Promise<NodeReading> {
    // Management addresses are IP literals: a name would send a DNS query off this host.
    const family = isIP(target.host);
    if (family === 0) {
      return Promise.reject(
        new PollError(
          `management address "${target.host}" is not an IPv4 or IPv6 address; correct it on the node`,
        ),
      );
    }
    const session = this.sessionFor(family as 4 | 6);
    const oids = [
      scalarInstance(SystemOid.sysUpTime),
      ...target.ifIndexes.flatMap((ifIndex) => MEMBER_COLUMNS.map(([, oidOf]) => oidOf(ifIndex))),
    ];
    const attempts = this.timeouts.length;
    const requests = Math.ceil(oids.length / 16);
    return new Promise<VarBind[]>((resolve, reject) => {
      try {
        session.getAll(
          {
            host: target.host,
            port: target.port,
            community: target.community,
            oids: oids.map((oid) => `.${oid}`),
            abortOnError: true,
            timeouts: this.timeouts,
            combinedTimeout: requests * attempts * this.options.timeoutMs + 500,
          },
          (error, varbinds) =>
            error ? reject(describeFailure(error, target, attempts)) : resolve(varbinds),
        );
      } catch (error) {
        reject(describeFailure(error as Error, target, attempts));
      }
    }).then((varbinds) => parseReading(target, varbinds));
  }

  close(): void {
    for (const session of this.sessions.values()) session.close();
    this.sessions.clear();
  }

  private sessionFor(family: 4 | 6): Session {
    let session = this.sessions.get(family);
    if (!session) {
      session = new Session({ family: family === 4 ? 'udp4' : 'udp6' });
      // snmp-native emits 'error' for an unparsable datagram; unhandled, that would kill the
      // process. The request it belonged to simply times out.
      session.on('error', () => undefined);
      this.sessions.set(family, session);
    }
    return session;
  }
}

function describeFailure(error: Error, target: PollTarget, attempts: number): PollError {
  const where = `${target.host}:${target.port}`;
  if (error.message === 'Timeout') {
    return new PollError(`SNMP timeout after ${attempts} attempt(s) (${where})`);
  }
  // Never echo the request: it carries the community.
  return new PollError(`SNMP error from ${where}: ${error.message}`);
}

function parseReading(target: PollTarget, varbinds: VarBind[]): NodeReading {
  const byOid = new Map(varbinds.map((vb) => [vb.oid.join('.'), vb]));
  const uptime = byOid.get(scalarInstance(SystemOid.sysUpTime));
  if (!uptime || isException(uptime)) {
    throw new PollError(`${target.host}:${target.port} did not return sysUpTime`);
  }
  const interfaces = new Map<number, InterfaceReading>();
  const missingIfIndexes: number[] = [];
  for (const ifIndex of target.ifIndexes) {
    const [inOctets, outOctets, operStatus, adminStatus, highSpeed] = MEMBER_COLUMNS.map(
      ([, oidOf]) => byOid.get(oidOf(ifIndex)),
    );
    if (!inOctets || !outOctets || !operStatus || !adminStatus || !highSpeed) {
      throw new PollError(`${target.host}:${target.port} answered without ifIndex ${ifIndex}`);
    }
    if ([inOctets, outOctets, operStatus, adminStatus, highSpeed].some(isException)) {
      missingIfIndexes.push(ifIndex);
      continue;
    }
    interfaces.set(ifIndex, {
      ifIndex,
      inOctets: decodeCounter64(inOctets.valueRaw),
      outOctets: decodeCounter64(outOctets.valueRaw),
      operStatus: Number(operStatus.value),
      adminStatus: Number(adminStatus.value),
      highSpeedMbps: unsigned(highSpeed),
      readAtMs: midpoint(inOctets),
    });
  }
  return {
    sysUptimeTicks: unsigned(uptime),
    readAtMs: midpoint(uptime),
    interfaces,
    missingIfIndexes,
  };
}

/** TimeTicks and Gauge32 are unsigned 32-bit: decode the octets rather than trust a signed parse. */
function unsigned(vb: VarBind): number {
  return Number(decodeCounter64(vb.valueRaw));
}

function isException(vb: VarBind): boolean {
  return (
    vb.type === ASN1_NO_SUCH_OBJECT ||
    vb.type === ASN1_NO_SUCH_INSTANCE ||
    vb.type === ASN1_END_OF_MIB_VIEW
  );
}

/** The agent read its counters somewhere between our send and its answer arriving. */
function midpoint(vb: VarBind): number {
  return vb.sendStamp && vb.receiveStamp
    ? Math.round((vb.sendStamp + vb.receiveStamp) / 2)
    : vb.receiveStamp;
}
