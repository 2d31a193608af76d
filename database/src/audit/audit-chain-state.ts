import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import type { AuditChainKey } from './audit-chain-key';
import { auditDateTimeText } from './audit-event';
import {
  GENESIS_POSITION,
  chainPointerMac,
  isGenuinePointer,
  type ChainPosition,
} from './audit-hash-chain';
import { AUDIT_CHAIN_STATE_TABLE } from './choices';

/** The single row of audit_chain_state: where the chain ends, and where retention cut it. */
export interface AuditChainState {
  head: ChainPosition;
  headMac: string | null;
  anchor: ChainPosition;
  anchorMac: string | null;
}

export const CHAIN_STATE_ROW_ID = 1;

/**
 * The chain's state can no longer be trusted (pointer not signed by this key, or the row is
 * gone). Appends stop rather than continue a chain someone may have cut: a new row signed on
 * top of a forged head would hide the cut from every later verification.
 */
export class AuditChainStateError extends Error {
  override readonly name = 'AuditChainStateError';
}

const SELECT_STATE = `SELECT head_event_id AS headEventId, head_hash AS headHash,
  head_mac AS headMac, anchor_event_id AS anchorEventId, anchor_hash AS anchorHash,
  anchor_mac AS anchorMac FROM ${AUDIT_CHAIN_STATE_TABLE} WHERE id = ${CHAIN_STATE_ROW_ID}`;

interface StateRow {
  headEventId: unknown;
  headHash: unknown;
  headMac: unknown;
  anchorEventId: unknown;
  anchorHash: unknown;
  anchorMac: unknown;
}

export function readChainState(
  sequelize: Sequelize,
  transaction?: Transaction,
): Promise<AuditChainState | null> {
  return selectChainState(sequelize, '', transaction);
}

/**
 * Reads the state row as the one writer allowed to extend the chain, until the transaction
 * ends. MySQL: SELECT … FOR UPDATE. SQLite has no row locks: a no-op UPDATE first takes the
 * database write lock (waiting up to busy_timeout), so the read that follows is current.
 */
export async function lockChainState(
  sequelize: Sequelize,
  transaction: Transaction,
): Promise<AuditChainState> {
  const isSqlite = sequelize.getDialect() === 'sqlite';
  if (isSqlite) {
    await sequelize.query(
      `UPDATE ${AUDIT_CHAIN_STATE_TABLE} SET id = id WHERE id = ${CHAIN_STATE_ROW_ID}`,
      { transaction },
    );
  }
  const state = await selectChainState(sequelize, isSqlite ? '' : ' FOR UPDATE', transaction);
  if (!state) {
    throw new AuditChainStateError(
      `The ${AUDIT_CHAIN_STATE_TABLE} row is missing: the audit chain cannot be extended. ` +
        'It is created by the 0004-audit-trail migration; restore it from a backup.',
    );
  }
  return state;
}

async function selectChainState(
  sequelize: Sequelize,
  lockClause: string,
  transaction: Transaction | undefined,
): Promise<AuditChainState | null> {
  const [row] = await sequelize.query<StateRow>(`${SELECT_STATE}${lockClause}`, {
    type: QueryTypes.SELECT,
    transaction,
  });
  if (!row) return null;
  return {
    head: { eventId: Number(row.headEventId), hash: String(row.headHash) },
    headMac: row.headMac === null ? null : String(row.headMac),
    anchor: { eventId: Number(row.anchorEventId), hash: String(row.anchorHash) },
    anchorMac: row.anchorMac === null ? null : String(row.anchorMac),
  };
}

/** True when the pointer is the untouched genesis or carries a MAC made with this key. */
export function isTrustedPointer(
  key: AuditChainKey,
  kind: 'head' | 'anchor',
  position: ChainPosition,
  mac: string | null,
): boolean {
  const isGenesis =
    position.eventId === GENESIS_POSITION.eventId && position.hash === GENESIS_POSITION.hash;
  return (isGenesis && mac === null) || isGenuinePointer(key, kind, position, mac);
}

export function assertTrustedState(key: AuditChainKey, state: AuditChainState): void {
  const why = !isTrustedPointer(key, 'head', state.head, state.headMac)
    ? 'head'
    : !isTrustedPointer(key, 'anchor', state.anchor, state.anchorMac)
      ? 'anchor'
      : null;
  if (why === null) return;
  throw new AuditChainStateError(
    `The audit chain ${why} is not signed by the current audit key: either the key changed ` +
      '(AUDIT_HMAC_KEY or the audit.key file; restore the original) or the chain state was ' +
      'altered in the database. Audited actions are refused until this is resolved; run ' +
      'npm run audit:verify.',
  );
}

export async function writeChainHead(
  sequelize: Sequelize,
  key: AuditChainKey,
  head: ChainPosition,
  transaction: Transaction,
): Promise<void> {
  await sequelize.query(
    `UPDATE ${AUDIT_CHAIN_STATE_TABLE} SET head_event_id = :eventId, head_hash = :hash,
       head_mac = :mac WHERE id = ${CHAIN_STATE_ROW_ID}`,
    {
      replacements: { ...head, mac: chainPointerMac(key, 'head', head) },
      transaction,
    },
  );
}

export async function writeChainAnchor(
  sequelize: Sequelize,
  key: AuditChainKey,
  anchor: ChainPosition,
  anchoredAt: Date,
  transaction: Transaction,
): Promise<void> {
  await sequelize.query(
    `UPDATE ${AUDIT_CHAIN_STATE_TABLE} SET anchor_event_id = :eventId, anchor_hash = :hash,
       anchor_mac = :mac, anchored_at = :anchoredAt WHERE id = ${CHAIN_STATE_ROW_ID}`,
    {
      replacements: {
        ...anchor,
        mac: chainPointerMac(key, 'anchor', anchor),
        anchoredAt: auditDateTimeText(anchoredAt, sequelize.getDialect()),
      },
      transaction,
    },
  );
}
