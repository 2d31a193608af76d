import { isIP } from 'node:net';
import { Packet, Session, type VarBind } from 'snmp-native';
import { RefusedAnswers, guardSessionAnswers, sourceOf } from '../snmp-answer-guard';
import { widenReceiveBuffer } from '../snmp-receive-buffer';
import { SmiType } from '../snmp-smi-types';

/** Where a node listens and how to ask it. */
export interface WalkTarget {
  host: string;
  port: number;
  community: string;
}

/** Bounds of one walk: a huge table is cut, never followed forever. */
export interface WalkBounds {
  /** Rows kept per column at most. */
  maxRows: number;
  /** Epoch ms after which no further request is sent. */
  deadlineMs: number;
}

export interface ColumnWalk {
  /** Instances in the column's subtree, in OID order. */
  varbinds: VarBind[];
  /** Why the walk stopped before the end of the column, null when it reached it. */
  cut: 'rows' | 'time' | null;
}

export class WalkError extends Error {}

export interface BulkWalkerOptions {
  timeoutMs: number;
  retries: number;
  /** GETBULK max-repetitions: rows per answer (halved when an agent says tooBig). */
  maxRepetitions: number;
}

export const DEFAULT_BULK_WALKER_OPTIONS: BulkWalkerOptions = {
  timeoutMs: 2_000,
  retries: 1,
  maxRepetitions: 24,
};

const GET_BULK_REQUEST = 5;

/**
 * GETBULK walks over one snmp-native session (one UDP socket for every node). snmp-native has
 * no GetBulk of its own, but its sendMsg sends any hand-built packet: a GetBulkRequest is a PDU
 * of type 5 whose error-status and error-index fields carry non-repeaters and
 * max-repetitions (RFC 3416). Answers pass the same datagram check as the poller's.
 */
export class SnmpBulkWalker {
  private readonly sessions = new Map<4 | 6, Session>();
  private readonly refused = new RefusedAnswers();
  private readonly timeouts: number[];

  constructor(private readonly options: BulkWalkerOptions = DEFAULT_BULK_WALKER_OPTIONS) {
    this.timeouts = Array.from({ length: options.retries + 1 }, () => options.timeoutMs);
  }

  /** GET of a few scalars (the system group). */
  getScalars(target: WalkTarget, oids: readonly string[]): Promise<VarBind[]> {
    const session = this.sessionFor(target);
    return new Promise<VarBind[]>((resolve, reject) => {
      session.getAll(
        {
          host: target.host,
          port: target.port,
          community: target.community,
          oids: oids.map((oid) => `.${oid}`),
          timeouts: this.timeouts,
          abortOnError: true,
        },
        (error, varbinds) => (error ? reject(this.describe(error, target)) : resolve(varbinds)),
      );
    });
  }

  /** Every instance below `columnOid`, asked max-repetitions at a time. */
  async walkColumn(target: WalkTarget, columnOid: string, bounds: WalkBounds): Promise<ColumnWalk> {
    const root = columnOid.split('.').map(Number);
    const varbinds: VarBind[] = [];
    let next = root;
    let repetitions = this.options.maxRepetitions;
    for (;;) {
      if (Date.now() >= bounds.deadlineMs) return { varbinds, cut: 'time' };
      let answer: VarBind[];
      try {
        answer = await this.getBulk(target, next, repetitions);
      } catch (error) {
        // An agent whose answer would not fit its buffer says tooBig: ask for fewer rows.
        if (error instanceof WalkError && /tooBig/i.test(error.message) && repetitions > 1) {
          repetitions = Math.max(1, Math.floor(repetitions / 2));
          continue;
        }
        throw error;
      }
      if (answer.length === 0) {
        throw new WalkError(
          `${sourceOf(target.host, target.port)} answered GETBULK with no varbinds`,
        );
      }
      for (const vb of answer) {
        if (vb.type === SmiType.EndOfMibView || !isBelow(root, vb.oid))
          return { varbinds, cut: null };
        if (compareOids(next, vb.oid) >= 0) {
          throw new WalkError(
            `${sourceOf(target.host, target.port)} returned OIDs out of order ` +
              `(${vb.oid.join('.')} after ${next.join('.')})`,
          );
        }
        varbinds.push(vb);
        next = vb.oid;
        if (varbinds.length >= bounds.maxRows) return { varbinds, cut: 'rows' };
      }
    }
  }

  close(): void {
    for (const session of this.sessions.values()) session.close();
    this.sessions.clear();
  }

  private getBulk(target: WalkTarget, from: number[], maxRepetitions: number): Promise<VarBind[]> {
    const session = this.sessionFor(target);
    const packet = new Packet();
    packet.community = target.community;
    packet.pdu.type = GET_BULK_REQUEST;
    packet.pdu.error = 0;
    packet.pdu.errorIndex = maxRepetitions;
    packet.pdu.varbinds = [{ oid: from, type: SmiType.Null, value: null }];
    return new Promise<VarBind[]>((resolve, reject) => {
      try {
        session.sendMsg(
          packet,
          { host: target.host, port: target.port, timeouts: this.timeouts },
          (error, varbinds) => (error ? reject(this.describe(error, target)) : resolve(varbinds)),
        );
      } catch (error) {
        reject(this.describe(error as Error, target));
      }
    });
  }

  private sessionFor(target: WalkTarget): Session {
    const family = isIP(target.host);
    if (family === 0) {
      throw new WalkError(`management address "${target.host}" is not an IP address literal`);
    }
    let session = this.sessions.get(family as 4 | 6);
    if (!session) {
      session = new Session({ family: family === 4 ? 'udp4' : 'udp6' });
      session.on('error', () => undefined);
      guardSessionAnswers(session, this.refused);
      widenReceiveBuffer(session);
      this.sessions.set(family as 4 | 6, session);
    }
    return session;
  }

  private describe(error: Error, target: WalkTarget): WalkError {
    const where = sourceOf(target.host, target.port);
    if (error.message === 'Timeout') {
      const refusal = this.refused.take(where);
      return new WalkError(
        refusal
          ? `${refusal} (${where})`
          : `SNMP timeout after ${this.timeouts.length} attempt(s) (${where})`,
      );
    }
    // snmp-native names error-status values (TooBig, NoSuchName, …); the community is never echoed.
    return new WalkError(`SNMP error from ${where}: ${error.message}`);
  }
}

function isBelow(root: readonly number[], oid: readonly number[]): boolean {
  return oid.length > root.length && root.every((arc, index) => oid[index] === arc);
}

/** -1, 0 or 1 as a is before, equal to or after b in OID order (lexicographic by arc). */
export function compareOids(a: readonly number[], b: readonly number[]): number {
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index++) {
    if (a[index] !== b[index]) return a[index] < b[index] ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}
