import { DataTypes, Model, type Sequelize } from 'sequelize';
import type { AlertKind, AlertSeverity } from '../../alerts/choices';

/** One alert rule per kind, with the settings the system admin tunes (see 0009-alerts). */
export class AlertRule extends Model {
  declare id: number;
  declare kind: AlertKind;
  declare severity: AlertSeverity;
  declare isEnabled: boolean;
  declare raiseAfterSeconds: number;
  declare clearAfterSeconds: number;
  declare raiseThreshold: number | null;
  declare clearThreshold: number | null;
  declare flapChanges: number;
  declare flapWindowSeconds: number;
  declare webhookUrl: string | null;
  /** Sealed with the SecretBox; opened only by the collector that signs deliveries. */
  declare webhookSecretSealed: string | null;
  declare updatedAt: Date;
  declare updatedBy: string | null;
}

export function defineAlertRule(sequelize: Sequelize): typeof AlertRule {
  return AlertRule.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      kind: { type: DataTypes.STRING(32), allowNull: false, unique: true },
      severity: { type: DataTypes.STRING(16), allowNull: false },
      isEnabled: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      raiseAfterSeconds: { type: DataTypes.INTEGER, allowNull: false },
      clearAfterSeconds: { type: DataTypes.INTEGER, allowNull: false },
      raiseThreshold: { type: DataTypes.DOUBLE, allowNull: true },
      clearThreshold: { type: DataTypes.DOUBLE, allowNull: true },
      flapChanges: { type: DataTypes.INTEGER, allowNull: false },
      flapWindowSeconds: { type: DataTypes.INTEGER, allowNull: false },
      webhookUrl: { type: DataTypes.STRING(2048), allowNull: true },
      webhookSecretSealed: { type: DataTypes.TEXT, allowNull: true },
      updatedAt: { type: DataTypes.DATE(3), allowNull: false },
      updatedBy: { type: DataTypes.STRING(64), allowNull: true },
    },
    { sequelize, tableName: 'alert_rules', underscored: true, timestamps: false },
  );
}
