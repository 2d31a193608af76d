import { Transaction, type Sequelize } from 'sequelize';
import type { AuditChainKey } from './audit-chain-key';
import { assertTrustedState, lockChainState, writeChainHead } from './audit-chain-state';
import {
  AUDIT_TEXT_LIMITS,
  auditDateTimeText,
  storableText,
  type AuditEventDraft,
  type AuditEventRecord,
  type StoredAuditEvent,
} from './audit-event';
import { auditEventHash } from './audit-hash-chain';
import { toAuditJson } from './audit-sanitiser';
import { queueSqliteWrite } from './sqlite-write-queue';
import { AUDIT_EVENTS_TABLE } from './choices';

/**
 * The stored form of a draft, before it has an id: text made storable as is, before/after
 * sanitised and serialised, the time cut to milliseconds. Pure, so the hash input is exactly
 * what the INSERT writes.
 */
export function toAuditRecord(
  draft: AuditEventDraft,
  id: number,
  key: AuditChainKey,
  now: Date = new Date(),
): AuditEventRecord {
  return {
    id,
    occurredAt: (draft.occurredAt ?? now).toISOString(),
    accountId: draft.accountId ?? null,
    username: storableText(draft.username, AUDIT_TEXT_LIMITS.username),
    sourceAddress: storableText(draft.sourceAddress, AUDIT_TEXT_LIMITS.sourceAddress),
    userAgent: storableText(draft.userAgent, AUDIT_TEXT_LIMITS.userAgent),
    action: storableText(draft.action, AUDIT_TEXT_LIMITS.action) ?? '',
    objectType: storableText(draft.objectType, AUDIT_TEXT_LIMITS.objectType),
    objectId: storableText(draft.objectId, AUDIT_TEXT_LIMITS.objectId),
    beforeJson: toAuditJson(draft.before),
    afterJson: toAuditJson(draft.after),
    result: draft.result,
    requestId: storableText(draft.requestId, AUDIT_TEXT_LIMITS.requestId),
    hashAlg: key.algorithm,
  };
}

/**
 * Appends one event to the chain. Inside the caller's transaction when given, so the action
 * and its record commit or roll back together; otherwise in a transaction of its own.
 *
 * Appends are serialised on the chain-state row (see lockChainState), and ids are assigned
 * here as head + 1 rather than by AUTO_INCREMENT: a rolled-back append then leaves no gap, so
 * any gap verification finds is a removed row.
 *
 * SQLite: a caller's transaction should have written before it audits (or be IMMEDIATE); a
 * read-only DEFERRED transaction that another writer overtook cannot take the write lock.
 */
export async function appendAuditEvent(
  sequelize: Sequelize,
  key: AuditChainKey,
  draft: AuditEventDraft,
  options: { transaction?: Transaction | null } = {},
): Promise<StoredAuditEvent> {
  const append = async (transaction: Transaction): Promise<StoredAuditEvent> => {
    const state = await lockChainState(sequelize, transaction);
    assertTrustedState(key, state);
    const record = toAuditRecord(draft, state.head.eventId + 1, key);
    const hash = auditEventHash(key, record, state.head.hash)!;
    await insertAuditRow(sequelize, { ...record, prevHash: state.head.hash, hash }, transaction);
    await writeChainHead(sequelize, key, { eventId: record.id, hash }, transaction);
    return { ...record, prevHash: state.head.hash, hash };
  };
  if (options.transaction) return append(options.transaction);
  return queueSqliteWrite(sequelize, () =>
    sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, append),
  );
}

/**
 * A raw INSERT with the time formatted by hand: MariaDB's Sequelize path drops milliseconds in
 * raw inserts, and the hash covers them.
 */
async function insertAuditRow(
  sequelize: Sequelize,
  event: StoredAuditEvent,
  transaction: Transaction,
): Promise<void> {
  await sequelize.query(
    `INSERT INTO ${AUDIT_EVENTS_TABLE} (id, occurred_at, account_id, username, source_address,
       user_agent, action, object_type, object_id, before_json, after_json, result, request_id,
       prev_hash, hash, hash_alg)
     VALUES (:id, :occurredAt, :accountId, :username, :sourceAddress, :userAgent, :action,
       :objectType, :objectId, :beforeJson, :afterJson, :result, :requestId, :prevHash, :hash,
       :hashAlg)`,
    {
      replacements: {
        ...event,
        occurredAt: auditDateTimeText(new Date(event.occurredAt), sequelize.getDialect()),
      },
      transaction,
    },
  );
}
