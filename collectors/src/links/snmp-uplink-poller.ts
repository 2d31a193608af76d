import { isIP } from 'node:net';
import { Session, type VarBind } from 'snmp-native';
import {
  MalformedAnswerError,
  completeWithFallback,
  fallbackOids,
  firstPassOids,
  parseFirstPass,
  type NodeReading,
} from './snmp-node-reading';

export type { InterfaceReading, NodeReading } from './snmp-node-reading';

/** One node to read: where it listens and which interfaces carry its uplink members. */
export interface PollTarget {
  nodeId: number;
  host: string;
  port: number;
  community: string;
  ifIndexes: readonly number[];
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

/**
 * SNMP v2c GETs through ONE snmp-native session (one UDP socket) for every node: host, port
 * and community travel with each call. getAll packs sysUpTime, snmpEngineTime and six objects
 * per member into as few requests as fit (16 varbinds each), so a double uplink is a single
 * round trip. Only interfaces without usable HC counters cost a second one, for ifIn/OutOctets.
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
    const where = `${target.host}:${target.port}`;
    return this.get(session, target, firstPassOids(target.ifIndexes))
      .then(async (varbinds) => {
        const first = parseFirstPass(target.ifIndexes, varbinds);
        if (first.fallbacks.length === 0) {
          return first.reading;
        }
        const fallback = await this.get(session, target, fallbackOids(first.fallbacks));
        return completeWithFallback(first, fallback);
      })
      .catch((error: unknown) => {
        throw error instanceof MalformedAnswerError
          ? new PollError(`${where} ${error.message}`)
          : error;
      });
  }

  private get(session: Session, target: PollTarget, oids: string[]): Promise<VarBind[]> {
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
    });
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
