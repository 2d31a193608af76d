import { isIP } from 'node:net';
import { Session, type VarBind } from 'snmp-native';
import {
  MalformedAnswerError,
  completeWithFallback,
  fallbackOids,
  firstPassOids,
  parseFirstPass,
  type ExpectedInterfaceNames,
  type NodeReading,
} from './snmp-node-reading';
import { RefusedAnswers, guardSessionAnswers, sourceOf } from './snmp-answer-guard';
import { widenReceiveBuffer } from './snmp-receive-buffer';

export type { InterfaceReading, NodeReading } from './snmp-node-reading';

/** One node to read: where it listens and which interfaces carry its uplink members. */
export interface PollTarget {
  nodeId: number;
  host: string;
  port: number;
  community: string;
  ifIndexes: readonly number[];
  /**
   * The members' ifNames as last discovered: a port answering under another name was
   * renumbered by a reboot, and its counters are not read as the circuit's.
   */
  expectedNames?: ExpectedInterfaceNames;
}

/** The contract of a way to read uplink counters: throws when the node cannot be read. */
export interface UplinkPoller {
  pollNode(target: PollTarget): Promise<NodeReading>;
  close(): void;
}

export class PollError extends Error {}

/**
 * The wait of each attempt: SNMP_TIMEOUT_MS, doubled at every retry (2 s, 4 s). A router whose
 * control plane is busy answers late rather than never; backing off gives it that time instead
 * of piling retransmissions on it, and a dead node still costs only its own slot.
 */
export function retryTimeouts(timeoutMs: number, retries: number): number[] {
  return Array.from({ length: retries + 1 }, (_, attempt) => timeoutMs * 2 ** attempt);
}

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
  /** Malformed or stray answers, so that a timeout can name what the agent sent instead. */
  private readonly refused = new RefusedAnswers();

  constructor(private readonly options: SnmpPollerOptions = DEFAULT_SNMP_POLLER_OPTIONS) {
    this.timeouts = retryTimeouts(options.timeoutMs, options.retries);
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
    this.refused.take(sourceOf(target.host, target.port));
    return this.get(session, target, firstPassNumericOids(target.ifIndexes))
      .then(async (varbinds) => {
        const first = parseFirstPass(target.ifIndexes, varbinds, target.expectedNames);
        if (first.fallbacks.length === 0) {
          return first.reading;
        }
        const fallback = await this.get(
          session,
          target,
          fallbackOids(first.fallbacks).map(numericOid),
        );
        return completeWithFallback(first, fallback);
      })
      .catch((error: unknown) => {
        throw error instanceof MalformedAnswerError
          ? new PollError(`${where} ${error.message}`)
          : error;
      });
  }

  private get(session: Session, target: PollTarget, oids: number[][]): Promise<VarBind[]> {
    const attempts = this.timeouts.length;
    const requests = Math.ceil(oids.length / 16);
    return new Promise<VarBind[]>((resolve, reject) => {
      try {
        session.getAll(
          {
            host: target.host,
            port: target.port,
            community: target.community,
            oids,
            abortOnError: true,
            timeouts: this.timeouts,
            combinedTimeout: requests * this.timeouts.reduce((sum, ms) => sum + ms, 0) + 500,
          },
          (error, varbinds) =>
            error
              ? reject(describeFailure(error, target, attempts, this.refused))
              : resolve(varbinds),
        );
      } catch (error) {
        reject(describeFailure(error as Error, target, attempts, this.refused));
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
      guardSessionAnswers(session, this.refused);
      widenReceiveBuffer(session);
      this.sessions.set(family, session);
    }
    return session;
  }
}

/** Distinct OIDs a poller has asked: sysUpTime, snmpEngineTime and a few per ifIndex in use. */
const MAX_CACHED_OIDS = 20_000;
const numericOids = new Map<string, readonly number[]>();
/** First-pass OID lists by the ifIndexes asked: nearly every node asks "1,2". */
const firstPassLists = new Map<string, readonly (readonly number[])[]>();

/**
 * An OID as the array of numbers snmp-native sends. Given text, snmp-native splits and parses
 * every OID of every request (0.4 s of CPU per full-depth cycle in a profile), although a
 * cycle asks the same few dozen OIDs of every node; so each is parsed once. snmp-native only
 * reads the arrays (to encode them), so requests in flight can share them.
 */
export function numericOid(oid: string): number[] {
  let parsed = numericOids.get(oid);
  if (parsed === undefined) {
    parsed = oid
      .split('.')
      .filter((part) => part.length > 0)
      .map((part) => parseInt(part, 10));
    if (numericOids.size >= MAX_CACHED_OIDS) numericOids.clear();
    numericOids.set(oid, parsed);
  }
  return parsed as number[];
}

function describeFailure(
  error: Error,
  target: PollTarget,
  attempts: number,
  refused: RefusedAnswers,
): PollError {
  const where = `${target.host}:${target.port}`;
  if (error.message === 'Timeout') {
    const refusal = refused.take(sourceOf(target.host, target.port));
    return new PollError(
      refusal
        ? `SNMP ${refusal} (${where}), no usable answer after ${attempts} attempt(s)`
        : `SNMP timeout after ${attempts} attempt(s) (${where})`,
    );
  }
  // Never echo the request: it carries the community.
  return new PollError(`SNMP error from ${where}: ${error.message}`);
}

/**
 * The first request's OIDs for these ifIndexes, as numbers, built once per distinct list (a
 * cycle would otherwise build and look up 16 OID strings for each of 28,691 nodes).
 */
export function firstPassNumericOids(ifIndexes: readonly number[]): number[][] {
  const key = ifIndexes.join(',');
  let oids = firstPassLists.get(key);
  if (oids === undefined) {
    oids = firstPassOids(ifIndexes).map(numericOid);
    if (firstPassLists.size >= MAX_CACHED_OIDS) firstPassLists.clear();
    firstPassLists.set(key, oids);
  }
  return oids as number[][];
}
