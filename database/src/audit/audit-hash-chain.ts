import { canonicalAuditPayload } from './audit-canonical';
import type { AuditEventRecord, StoredAuditEvent } from './audit-event';
import { isAuditHashAlgorithm, type AuditChainKey } from './audit-chain-key';
import type { AuditHashAlgorithm } from './choices';

/** prev_hash of the first event ever written (64 hex digits, the size of SM3 and SHA-256). */
export const GENESIS_HASH = '0'.repeat(64);

export const ChainBreakReason = {
  /** A row's fields no longer match its HMAC: it was edited. */
  HashMismatch: 'hash_mismatch',
  /** A row does not link to the one before it (or the head/anchor pointer is not genuine). */
  ChainBreak: 'chain_break',
  /** Ids are not contiguous from the anchor to the head: rows were removed. */
  MissingRows: 'missing_rows',
} as const;
export type ChainBreakReason = (typeof ChainBreakReason)[keyof typeof ChainBreakReason];

export interface ChainVerification {
  ok: boolean;
  /** Rows whose link and HMAC were checked. */
  checked: number;
  firstBrokenId?: number;
  reason?: ChainBreakReason;
}

/** Where a walk starts: after the retention anchor, or at the genesis. */
export interface ChainPosition {
  eventId: number;
  hash: string;
}

export const GENESIS_POSITION: ChainPosition = { eventId: 0, hash: GENESIS_HASH };

/** hash = HMAC(key, prev_hash ‖ canonical fields), with the algorithm the row names. */
export function auditEventHash(
  key: AuditChainKey,
  record: AuditEventRecord,
  prevHash: string,
): string | null {
  if (!isAuditHashAlgorithm(record.hashAlg)) return null;
  return key.mac(record.hashAlg, [prevHash, canonicalAuditPayload(record)]);
}

/**
 * A MAC over the head or anchor pointer, so that someone with write access to the database but
 * not the key cannot cut the newest rows and move the head back, or delete the oldest and move
 * the anchor forward. Self-describing (`hmac-sm3:…`) for the same reason rows store hash_alg.
 */
export function chainPointerMac(
  key: AuditChainKey,
  kind: 'head' | 'anchor',
  position: ChainPosition,
  algorithm: AuditHashAlgorithm = key.algorithm,
): string {
  const mac = key.mac(algorithm, [`audit-chain-${kind}`, String(position.eventId), position.hash]);
  return `${algorithm}:${mac}`;
}

export function isGenuinePointer(
  key: AuditChainKey,
  kind: 'head' | 'anchor',
  position: ChainPosition,
  mac: string | null,
): boolean {
  if (mac === null) return false;
  const algorithm = mac.slice(0, mac.indexOf(':'));
  if (!isAuditHashAlgorithm(algorithm)) return false;
  return chainPointerMac(key, kind, position, algorithm) === mac;
}

/**
 * Checks rows in id order, a page at a time, from a starting position: each id follows the last,
 * each prev_hash is the previous row's hash, each HMAC recomputes. Stops at the first break.
 */
export class AuditChainWalker {
  private position: ChainPosition;
  private checkedRows = 0;
  private broken: ChainVerification | null = null;

  constructor(
    private readonly key: AuditChainKey,
    start: ChainPosition,
  ) {
    this.position = start;
  }

  get checked(): number {
    return this.checkedRows;
  }

  /** Feeds the next rows; returns false once the chain is broken (stop reading then). */
  accept(rows: readonly StoredAuditEvent[]): boolean {
    for (const row of rows) {
      if (this.broken) return false;
      const expectedId = this.position.eventId + 1;
      if (row.id !== expectedId) return this.breakAt(expectedId, ChainBreakReason.MissingRows);
      if (row.prevHash !== this.position.hash) {
        return this.breakAt(row.id, ChainBreakReason.ChainBreak);
      }
      if (auditEventHash(this.key, row, this.position.hash) !== row.hash) {
        return this.breakAt(row.id, ChainBreakReason.HashMismatch);
      }
      this.checkedRows += 1;
      this.position = { eventId: row.id, hash: row.hash };
    }
    return this.broken === null;
  }

  /** Ends the walk at the head: rows cut from the end show as missing after the last one. */
  finish(head: ChainPosition): ChainVerification {
    if (this.broken) return this.broken;
    if (head.eventId !== this.position.eventId) {
      return head.eventId > this.position.eventId
        ? this.report(this.position.eventId + 1, ChainBreakReason.MissingRows)
        : this.report(head.eventId + 1, ChainBreakReason.ChainBreak);
    }
    if (head.hash !== this.position.hash) {
      return this.report(this.position.eventId, ChainBreakReason.ChainBreak);
    }
    return { ok: true, checked: this.checkedRows };
  }

  private breakAt(id: number, reason: ChainBreakReason): false {
    this.broken = this.report(id, reason);
    return false;
  }

  private report(id: number, reason: ChainBreakReason): ChainVerification {
    return { ok: false, checked: this.checkedRows, firstBrokenId: id, reason };
  }
}

/** The whole check over rows already in memory (tests, small chains). */
export function verifyAuditRows(
  key: AuditChainKey,
  rows: readonly StoredAuditEvent[],
  start: ChainPosition,
  head: ChainPosition,
): ChainVerification {
  const walker = new AuditChainWalker(key, start);
  walker.accept(rows);
  return walker.finish(head);
}
