import type { RemoteInfo, Socket } from 'node:dgram';
import type { Session } from 'snmp-native';
import { checkSnmpResponse } from './snmp-datagram-check';

/**
 * What each agent sent that was refused (malformed datagram, or an answer to a request it was
 * not asked), kept per source until its request ends, so a timeout can say why: "timeout"
 * alone would hide an agent that answers garbage.
 */
export class RefusedAnswers {
  private readonly bySource = new Map<string, { reason: string; count: number }>();

  record(source: string, reason: string): void {
    const known = this.bySource.get(source);
    this.bySource.set(source, { reason, count: (known?.count ?? 0) + 1 });
  }

  /** The last refusal from host:port with how many there were, and forgets them. */
  take(source: string): string | null {
    const known = this.bySource.get(source);
    this.bySource.delete(source);
    if (!known) return null;
    return known.count > 1 ? `${known.reason}; ${known.count} answers refused` : known.reason;
  }
}

export function sourceOf(host: string, port: number): string {
  return `${host}:${port}`;
}

interface SessionInternals {
  socket: Socket;
  reqs: Record<number, unknown>;
}

/**
 * Puts the datagram check in front of snmp-native's own parser on the session's socket.
 * snmp-native exposes no hook for this (its message handler is module-private), so its
 * listener is taken off the socket and called only for sound answers to requests in flight.
 * Refused datagrams are dropped: the request they pretended to answer times out (and is
 * retried), and the refusal names the cause.
 */
export function guardSessionAnswers(session: Session, refused: RefusedAnswers): void {
  const internals = session as unknown as SessionInternals;
  const socket = internals.socket;
  if (!socket || typeof internals.reqs !== 'object') {
    // A newer snmp-native laid its session out differently: refuse to poll unguarded.
    throw new Error('snmp-native session has no socket/reqs: update snmp-answer-guard.ts');
  }
  const parsers = socket.listeners('message') as ((msg: Buffer, rinfo: RemoteInfo) => void)[];
  socket.removeAllListeners('message');
  socket.on('message', (datagram: Buffer, rinfo: RemoteInfo) => {
    const source = sourceOf(rinfo.address, rinfo.port);
    const verdict = checkSnmpResponse(datagram);
    if (verdict.problem !== null) {
      refused.record(source, `malformed answer: ${verdict.problem}`);
      return;
    }
    if (verdict.requestId !== null && !(verdict.requestId in internals.reqs)) {
      // Also a late duplicate of an answered request; it only matters if a request times out.
      refused.record(source, `answer with a request id that was not asked (${verdict.requestId})`);
      return;
    }
    for (const parse of parsers) parse(datagram, rinfo);
  });
}
