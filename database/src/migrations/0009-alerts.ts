import { DataTypes, type QueryInterface } from 'sequelize';
import { DEFAULT_ALERT_RULES } from '../alerts/default-alert-rules';

/**
 * Alerts: the rules (one per kind, seeded with the defaults), the alerts they raise with their
 * history, and the engine's own bookkeeping — the condition it tracks per rule and subject
 * (for hysteresis and flap damping) and how far it has read `uplink_state_changes`.
 */
export async function up(queryInterface: QueryInterface): Promise<void> {
  await createAlertRules(queryInterface);
  await createAlerts(queryInterface);
  await createAlertEvents(queryInterface);
  await createConditionTracks(queryInterface);
  await createEngineState(queryInterface);
}

async function createAlertRules(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.createTable('alert_rules', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    kind: { type: DataTypes.STRING(32), allowNull: false, unique: true },
    severity: { type: DataTypes.STRING(16), allowNull: false },
    is_enabled: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    raise_after_seconds: { type: DataTypes.INTEGER, allowNull: false },
    clear_after_seconds: { type: DataTypes.INTEGER, allowNull: false },
    raise_threshold: { type: DataTypes.DOUBLE, allowNull: true },
    clear_threshold: { type: DataTypes.DOUBLE, allowNull: true },
    flap_changes: { type: DataTypes.INTEGER, allowNull: false },
    flap_window_seconds: { type: DataTypes.INTEGER, allowNull: false },
    webhook_url: { type: DataTypes.STRING(2048), allowNull: true },
    // Sealed with the SecretBox (like SNMP communities); never returned by the API.
    webhook_secret_sealed: { type: DataTypes.TEXT, allowNull: true },
    updated_at: { type: DataTypes.DATE(3), allowNull: false },
    updated_by: { type: DataTypes.STRING(64), allowNull: true },
  });
  const now = new Date();
  await queryInterface.bulkInsert(
    'alert_rules',
    DEFAULT_ALERT_RULES.map((rule) => ({
      kind: rule.kind,
      severity: rule.severity,
      is_enabled: rule.isEnabled,
      raise_after_seconds: rule.raiseAfterSeconds,
      clear_after_seconds: rule.clearAfterSeconds,
      raise_threshold: rule.raiseThreshold,
      clear_threshold: rule.clearThreshold,
      flap_changes: rule.flapChanges,
      flap_window_seconds: rule.flapWindowSeconds,
      updated_at: now,
    })),
  );
}

async function createAlerts(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.createTable('alerts', {
    id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
    rule_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'alert_rules', key: 'id' },
    },
    kind: { type: DataTypes.STRING(32), allowNull: false },
    severity: { type: DataTypes.STRING(16), allowNull: false },
    subject_type: { type: DataTypes.STRING(16), allowNull: false },
    subject_id: { type: DataTypes.STRING(64), allowNull: false },
    // The unit the subject belongs to, for region scope; null for collectors (province-wide only).
    unit_code: { type: DataTypes.STRING(12), allowNull: true },
    status: { type: DataTypes.STRING(16), allowNull: false },
    is_flapping: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    // When the condition began (before the hysteresis delay) and when the alert was raised.
    condition_since: { type: DataTypes.DATE(3), allowNull: false },
    raised_at: { type: DataTypes.DATE(3), allowNull: false },
    cleared_at: { type: DataTypes.DATE(3), allowNull: true },
    acknowledged_at: { type: DataTypes.DATE(3), allowNull: true },
    acknowledged_by: { type: DataTypes.STRING(64), allowNull: true },
    ack_comment: { type: DataTypes.STRING(1000), allowNull: true },
    summary: { type: DataTypes.STRING(255), allowNull: false },
    // JSON: what the console needs to translate the summary (unit, reason code and params…).
    details: { type: DataTypes.TEXT, allowNull: false },
  });
  await queryInterface.addIndex('alerts', ['status', 'severity']);
  await queryInterface.addIndex('alerts', ['unit_code']);
  await queryInterface.addIndex('alerts', ['subject_type', 'subject_id']);
  await queryInterface.addIndex('alerts', ['raised_at']);
}

async function createAlertEvents(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.createTable('alert_events', {
    id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
    alert_id: {
      type: DataTypes.BIGINT,
      allowNull: false,
      references: { model: 'alerts', key: 'id' },
      onDelete: 'CASCADE',
    },
    occurred_at: { type: DataTypes.DATE(3), allowNull: false },
    type: { type: DataTypes.STRING(32), allowNull: false },
    username: { type: DataTypes.STRING(64), allowNull: true },
    comment: { type: DataTypes.STRING(1000), allowNull: true },
    details: { type: DataTypes.TEXT, allowNull: true },
  });
  await queryInterface.addIndex('alert_events', ['alert_id', 'occurred_at']);
}

async function createConditionTracks(queryInterface: QueryInterface): Promise<void> {
  // Only subjects whose condition holds, changed recently or has an open alert have a row, so
  // the engine reads a few rows per run even at full depth (~28,600 uplinks).
  await queryInterface.createTable('alert_condition_tracks', {
    id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
    rule_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'alert_rules', key: 'id' },
      onDelete: 'CASCADE',
    },
    subject_id: { type: DataTypes.STRING(64), allowNull: false },
    holds: { type: DataTypes.BOOLEAN, allowNull: false },
    changed_at: { type: DataTypes.DATE(3), allowNull: false },
    // JSON array of epoch ms: the condition's changes inside the rule's flap window.
    recent_changes: { type: DataTypes.TEXT, allowNull: false },
    alert_id: { type: DataTypes.BIGINT, allowNull: true },
  });
  await queryInterface.addIndex('alert_condition_tracks', ['rule_id', 'subject_id'], {
    unique: true,
  });
}

async function createEngineState(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.createTable('alert_engine_state', {
    id: { type: DataTypes.INTEGER, primaryKey: true },
    // The last uplink_state_changes.id read; null until the first run takes a snapshot.
    last_state_change_id: { type: DataTypes.BIGINT, allowNull: true },
    last_run_at: { type: DataTypes.DATE(3), allowNull: true },
  });
  await queryInterface.bulkInsert('alert_engine_state', [
    { id: 1, last_state_change_id: null, last_run_at: null },
  ]);
}
