import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import type { AuditChainKey } from './audit-chain-key';
import { isTrustedPointer, readChainState } from './audit-chain-state';
import {
  STORED_AUDIT_EVENT_COLUMNS,
  toStoredAuditEvent,
  type StoredAuditEventRow,
} from './audit-event';
import { AuditChainWalker, ChainBreakReason, type ChainVerification } from './audit-hash-chain';
import { AUDIT_EVENTS_TABLE } from './choices';

export const DEFAULT_VERIFY_PAGE_SIZE = 5_000;

/**
 * Walks the whole retained chain, from the retention anchor to the head, in id order and in
 * pages, and reports the first broken link. One read transaction, so a concurrent append or
 * purge cannot make the walk see half of a change (InnoDB's consistent read under its default
 * REPEATABLE READ; SQLite's WAL snapshot).
 */
export async function verifyAuditChain(
  sequelize: Sequelize,
  key: AuditChainKey,
  opts: { pageSize?: number } = {},
): Promise<ChainVerification> {
  const pageSize = opts.pageSize ?? DEFAULT_VERIFY_PAGE_SIZE;
  return sequelize.transaction(async (transaction) => {
    const state = await readChainState(sequelize, transaction);
    if (!state) return broken(1, ChainBreakReason.ChainBreak);
    if (!isTrustedPointer(key, 'anchor', state.anchor, state.anchorMac)) {
      return broken(state.anchor.eventId + 1, ChainBreakReason.ChainBreak);
    }
    if (!isTrustedPointer(key, 'head', state.head, state.headMac)) {
      return broken(state.head.eventId, ChainBreakReason.ChainBreak);
    }
    const strayId = await firstStrayId(
      sequelize,
      state.anchor.eventId,
      state.head.eventId,
      transaction,
    );
    const walker = new AuditChainWalker(key, state.anchor);
    let afterId = state.anchor.eventId;
    for (;;) {
      const rows = await sequelize.query<StoredAuditEventRow>(
        `SELECT ${STORED_AUDIT_EVENT_COLUMNS} FROM ${AUDIT_EVENTS_TABLE}
         WHERE id > :afterId AND id <= :headId ORDER BY id LIMIT :pageSize`,
        {
          type: QueryTypes.SELECT,
          replacements: { afterId, headId: state.head.eventId, pageSize },
          transaction,
        },
      );
      if (!walker.accept(rows.map(toStoredAuditEvent)) || rows.length < pageSize) break;
      afterId = Number(rows[rows.length - 1]!.id);
    }
    const verification = walker.finish(state.head);
    // A row beyond the head, or at or below the anchor, was not written by the appender (it
    // moves the head in the same transaction) nor left by retention: someone inserted it.
    if (verification.ok && strayId !== null) {
      return { ...verification, ok: false, firstBrokenId: strayId, reason: 'chain_break' };
    }
    return verification;
  });
}

async function firstStrayId(
  sequelize: Sequelize,
  anchorId: number,
  headId: number,
  transaction: Transaction,
): Promise<number | null> {
  const [row] = await sequelize.query<{ id: unknown }>(
    `SELECT MIN(id) AS id FROM ${AUDIT_EVENTS_TABLE} WHERE id <= :anchorId OR id > :headId`,
    { type: QueryTypes.SELECT, replacements: { anchorId, headId }, transaction },
  );
  return row?.id === null || row?.id === undefined ? null : Number(row.id);
}

function broken(firstBrokenId: number, reason: ChainBreakReason): ChainVerification {
  return { ok: false, checked: 0, firstBrokenId, reason };
}
