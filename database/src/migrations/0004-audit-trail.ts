import { DataTypes, type QueryInterface } from 'sequelize';
import { CHAIN_STATE_ROW_ID } from '../audit/audit-chain-state';
import { GENESIS_HASH } from '../audit/audit-hash-chain';
import { createAuditTriggers } from '../audit/audit-triggers';
import {
  AUDIT_CHAIN_STATE_TABLE,
  AUDIT_EVENTS_TABLE,
  AUDIT_RETENTION_MARKER_TABLE,
} from '../audit/choices';

/**
 * The tamper-evident audit trail: append-only events chained by HMAC, the chain's state row
 * (head and retention anchor), and triggers that refuse UPDATE and unsanctioned DELETE.
 * No foreign key to accounts: an account's records must outlive the account.
 */
export async function up(queryInterface: QueryInterface): Promise<void> {
  const dialect = queryInterface.sequelize.getDialect();
  // MEDIUMTEXT on MySQL: 32k characters of Chinese exceed TEXT's 64 KB. SQLite has one TEXT.
  const jsonText = dialect === 'sqlite' ? DataTypes.TEXT : DataTypes.TEXT('medium');
  await queryInterface.createTable(AUDIT_EVENTS_TABLE, {
    // Assigned by the appender as head + 1; AUTO_INCREMENT only as a safety net.
    id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
    occurred_at: { type: DataTypes.DATE(3), allowNull: false },
    account_id: { type: DataTypes.INTEGER, allowNull: true },
    username: { type: DataTypes.STRING(64), allowNull: true },
    source_address: { type: DataTypes.STRING(64), allowNull: true },
    user_agent: { type: DataTypes.STRING(512), allowNull: true },
    action: { type: DataTypes.STRING(200), allowNull: false },
    object_type: { type: DataTypes.STRING(64), allowNull: true },
    object_id: { type: DataTypes.STRING(128), allowNull: true },
    before_json: { type: jsonText, allowNull: true },
    after_json: { type: jsonText, allowNull: true },
    result: { type: DataTypes.STRING(16), allowNull: false },
    request_id: { type: DataTypes.STRING(128), allowNull: true },
    prev_hash: { type: DataTypes.CHAR(64), allowNull: false },
    hash: { type: DataTypes.CHAR(64), allowNull: false },
    hash_alg: { type: DataTypes.STRING(16), allowNull: false },
  });
  // The viewer filters by time, person and action, newest first (id order).
  await queryInterface.addIndex(AUDIT_EVENTS_TABLE, ['occurred_at']);
  await queryInterface.addIndex(AUDIT_EVENTS_TABLE, ['account_id', 'id']);
  await queryInterface.addIndex(AUDIT_EVENTS_TABLE, ['username', 'id']);
  await queryInterface.addIndex(AUDIT_EVENTS_TABLE, ['action', 'id']);

  await queryInterface.createTable(AUDIT_CHAIN_STATE_TABLE, {
    id: { type: DataTypes.INTEGER, primaryKey: true },
    head_event_id: { type: DataTypes.BIGINT, allowNull: false },
    head_hash: { type: DataTypes.CHAR(64), allowNull: false },
    head_mac: { type: DataTypes.STRING(100), allowNull: true },
    anchor_event_id: { type: DataTypes.BIGINT, allowNull: false },
    anchor_hash: { type: DataTypes.CHAR(64), allowNull: false },
    anchor_mac: { type: DataTypes.STRING(100), allowNull: true },
    anchored_at: { type: DataTypes.DATE(3), allowNull: true },
  });
  // The genesis state needs no MAC (the key is not known here); any later state carries one.
  await queryInterface.bulkInsert(AUDIT_CHAIN_STATE_TABLE, [
    {
      id: CHAIN_STATE_ROW_ID,
      head_event_id: 0,
      head_hash: GENESIS_HASH,
      head_mac: null,
      anchor_event_id: 0,
      anchor_hash: GENESIS_HASH,
      anchor_mac: null,
      anchored_at: null,
    },
  ]);

  if (dialect === 'sqlite') {
    await queryInterface.createTable(AUDIT_RETENTION_MARKER_TABLE, {
      id: { type: DataTypes.INTEGER, primaryKey: true },
    });
  }
  await createAuditTriggers(queryInterface);
}
