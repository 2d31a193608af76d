import { QueryTypes, Transaction, type Sequelize } from 'sequelize';
import { ConfigurationError } from '../config/configuration-error';
import { appendAuditEvent } from './audit-appender';
import type { AuditChainKey } from './audit-chain-key';
import {
  AuditChainStateError,
  assertTrustedState,
  lockChainState,
  writeChainAnchor,
} from './audit-chain-state';
import {
  STORED_AUDIT_EVENT_COLUMNS,
  toStoredAuditEvent,
  type StoredAuditEvent,
  type StoredAuditEventRow,
} from './audit-event';
import { AuditChainWalker } from './audit-hash-chain';
import { MYSQL_RETENTION_VARIABLE } from './audit-triggers';
import { queueSqliteWrite } from './sqlite-write-queue';
import {
  AUDIT_EVENTS_TABLE,
  AUDIT_RETENTION_MARKER_TABLE,
  AuditResult,
  MIN_AUDIT_RETENTION_DAYS,
} from './choices';

export const DEFAULT_AUDIT_RETENTION_DAYS = MIN_AUDIT_RETENTION_DAYS;
export const DEFAULT_PURGE_BATCH_SIZE = 5_000;
export const AUDIT_PURGE_ACTION = 'audit.retention_purge';
const DAY_MS = 86_400_000;

type Env = Record<string, string | undefined>;

/** AUDIT_RETENTION_DAYS: whole days, at least 180 (MLPS level 3: six months), default 180. */
export function readAuditRetentionDays(env: Env = process.env): number {
  const raw = env['AUDIT_RETENTION_DAYS']?.trim();
  if (!raw) return DEFAULT_AUDIT_RETENTION_DAYS;
  const days = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!(days >= MIN_AUDIT_RETENTION_DAYS)) {
    throw new ConfigurationError(
      `AUDIT_RETENTION_DAYS=${raw} is not allowed: audit records are kept at least ` +
        `${MIN_AUDIT_RETENTION_DAYS} days (whole days); e.g. AUDIT_RETENTION_DAYS=365`,
    );
  }
  return days;
}

export interface AuditPurgeOptions {
  retentionDays: number;
  key: AuditChainKey;
  now?: Date;
  batchSize?: number;
}

export interface AuditPurgeReport {
  purged: number;
  /** Rows that occurred before this instant were eligible. */
  cutoff: string;
  /** The retention anchor after the run (0 when nothing was ever purged). */
  anchorEventId: number;
}

/**
 * Deletes audit events older than the retention period, oldest first, in batches. Each batch is
 * one transaction: it checks the rows it is about to delete still form a valid chain (so a
 * purge never erases the evidence of an earlier removal), deletes them, moves the signed
 * anchor to the last one, and appends its own audit record. Only a contiguous run from the
 * anchor is purged: a row still inside the period stops the run, whatever follows it.
 */
export async function purgeExpiredAuditEvents(
  sequelize: Sequelize,
  opts: AuditPurgeOptions,
): Promise<AuditPurgeReport> {
  if (!Number.isInteger(opts.retentionDays) || opts.retentionDays < MIN_AUDIT_RETENTION_DAYS) {
    throw new ConfigurationError(
      `Audit retention of ${opts.retentionDays} days refused: the minimum is ${MIN_AUDIT_RETENTION_DAYS}.`,
    );
  }
  const batchSize = opts.batchSize ?? DEFAULT_PURGE_BATCH_SIZE;
  const cutoff = new Date((opts.now ?? new Date()).getTime() - opts.retentionDays * DAY_MS);
  let purged = 0;
  for (;;) {
    const batch = await queueSqliteWrite(sequelize, () =>
      sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, (transaction) =>
        purgeOneBatch(sequelize, opts, { cutoff, batchSize }, transaction),
      ),
    );
    purged += batch.count;
    if (batch.count < batchSize) {
      return { purged, cutoff: cutoff.toISOString(), anchorEventId: batch.anchorEventId };
    }
  }
}

async function purgeOneBatch(
  sequelize: Sequelize,
  opts: AuditPurgeOptions,
  { cutoff, batchSize }: { cutoff: Date; batchSize: number },
  transaction: Transaction,
): Promise<{ count: number; anchorEventId: number }> {
  const state = await lockChainState(sequelize, transaction);
  assertTrustedState(opts.key, state);
  const candidates = await eventsAfter(sequelize, state.anchor.eventId, batchSize, transaction);
  const expired = leadingExpired(candidates, cutoff);
  if (!new AuditChainWalker(opts.key, state.anchor).accept(expired)) {
    throw new AuditChainStateError(
      'Audit retention stopped: the rows due for deletion do not form a valid chain ' +
        '(run npm run audit:verify); they are kept as evidence.',
    );
  }
  const first = expired[0];
  const last = expired[expired.length - 1];
  if (!first || !last) return { count: 0, anchorEventId: state.anchor.eventId };

  await deleteThrough(sequelize, state.anchor.eventId, last.id, transaction);
  const anchor = { eventId: last.id, hash: last.hash };
  await writeChainAnchor(sequelize, opts.key, anchor, new Date(), transaction);
  await appendAuditEvent(
    sequelize,
    opts.key,
    {
      accountId: null,
      username: null,
      sourceAddress: null,
      userAgent: null,
      requestId: null,
      action: AUDIT_PURGE_ACTION,
      objectType: AUDIT_EVENTS_TABLE,
      objectId: `${first.id}-${last.id}`,
      after: {
        purgedEvents: expired.length,
        firstId: first.id,
        lastId: last.id,
        lastHash: last.hash,
        olderThan: cutoff.toISOString(),
        retentionDays: opts.retentionDays,
      },
      result: AuditResult.Success,
    },
    { transaction },
  );
  return { count: expired.length, anchorEventId: last.id };
}

async function eventsAfter(
  sequelize: Sequelize,
  anchorId: number,
  limit: number,
  transaction: Transaction,
): Promise<StoredAuditEvent[]> {
  const rows = await sequelize.query<StoredAuditEventRow>(
    `SELECT ${STORED_AUDIT_EVENT_COLUMNS} FROM ${AUDIT_EVENTS_TABLE}
     WHERE id > :anchorId ORDER BY id LIMIT :limit`,
    { type: QueryTypes.SELECT, replacements: { anchorId, limit }, transaction },
  );
  return rows.map(toStoredAuditEvent);
}

/** The oldest-first run of rows before the cutoff; an unreadable time stops the run. */
function leadingExpired(events: readonly StoredAuditEvent[], cutoff: Date): StoredAuditEvent[] {
  const end = events.findIndex(
    (event) => event.occurredAt === '' || new Date(event.occurredAt) >= cutoff,
  );
  return end === -1 ? [...events] : events.slice(0, end);
}

/** The only DELETE on audit_events: it opens the trigger's gate for this transaction only. */
async function deleteThrough(
  sequelize: Sequelize,
  anchorId: number,
  lastId: number,
  transaction: Transaction,
): Promise<void> {
  const isSqlite = sequelize.getDialect() === 'sqlite';
  const open = isSqlite
    ? `INSERT INTO ${AUDIT_RETENTION_MARKER_TABLE} (id) VALUES (1)`
    : `SET ${MYSQL_RETENTION_VARIABLE} = 1`;
  const close = isSqlite
    ? `DELETE FROM ${AUDIT_RETENTION_MARKER_TABLE}`
    : `SET ${MYSQL_RETENTION_VARIABLE} = NULL`;
  await sequelize.query(open, { transaction });
  try {
    await sequelize.query(
      `DELETE FROM ${AUDIT_EVENTS_TABLE} WHERE id > :anchorId AND id <= :lastId`,
      { replacements: { anchorId, lastId }, transaction },
    );
  } finally {
    // The variable outlives the transaction on a pooled connection: always switch it off.
    await sequelize.query(close, { transaction });
  }
}
