import type { Sequelize } from 'sequelize';
import { CHAIN_STATE_ROW_ID } from './audit-chain-state';
import { GENESIS_HASH } from './audit-hash-chain';
import { AUDIT_DELETE_TRIGGER, AUDIT_UPDATE_TRIGGER, createAuditTriggers } from './audit-triggers';
import type { AuditEventDraft } from './audit-event';
import { AUDIT_CHAIN_STATE_TABLE, AUDIT_EVENTS_TABLE, AuditResult } from './choices';

/**
 * What an attacker with database access could do, for integration specs only: the triggers are
 * dropped for the statement and put back, as a DBA would.
 */
export async function withoutAuditTriggers(
  sequelize: Sequelize,
  statement: () => Promise<unknown>,
): Promise<void> {
  await sequelize.query(`DROP TRIGGER IF EXISTS ${AUDIT_UPDATE_TRIGGER}`);
  await sequelize.query(`DROP TRIGGER IF EXISTS ${AUDIT_DELETE_TRIGGER}`);
  try {
    await statement();
  } finally {
    await createAuditTriggers(sequelize.getQueryInterface());
  }
}

/** Empties the trail and puts the chain back at its genesis, so each spec starts clean. */
export async function clearAuditTrailForTests(sequelize: Sequelize): Promise<void> {
  await withoutAuditTriggers(sequelize, async () => {
    await sequelize.query(`DELETE FROM ${AUDIT_EVENTS_TABLE}`);
    await sequelize.query(
      `UPDATE ${AUDIT_CHAIN_STATE_TABLE} SET head_event_id = 0, head_hash = :genesis,
         head_mac = NULL, anchor_event_id = 0, anchor_hash = :genesis, anchor_mac = NULL,
         anchored_at = NULL WHERE id = ${CHAIN_STATE_ROW_ID}`,
      { replacements: { genesis: GENESIS_HASH } },
    );
  });
}

/** A typical event for specs; its `after` carries a community that must never be stored. */
export function draft(overrides: Partial<AuditEventDraft> = {}): AuditEventDraft {
  return {
    accountId: 1,
    username: '王五',
    sourceAddress: '127.0.0.1',
    userAgent: 'int-spec',
    action: 'nodes.update',
    objectType: 'nodes',
    objectId: '7',
    before: { hostname: 'HB-4213-R01' },
    after: { hostname: 'HB-4213-R02', community: 'never-stored' },
    result: AuditResult.Success,
    requestId: 'spec',
    ...overrides,
  };
}

/** The database's own message (Sequelize wraps SQLite's RAISE as a constraint error). */
export async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const parent = (error as { parent?: Error }).parent;
    return parent?.message ?? (error as Error).message;
  }
  return 'not refused';
}
