import { DataTypes, Model, type Sequelize } from 'sequelize';
import type { AlertKind, AlertSeverity, AlertStatus, AlertSubjectType } from '../../alerts/choices';

/** An alert raised by a rule about one subject (uplink, node or collector). */
export class Alert extends Model {
  declare id: number;
  declare ruleId: number;
  declare kind: AlertKind;
  declare severity: AlertSeverity;
  declare subjectType: AlertSubjectType;
  declare subjectId: string;
  /** For region scope; null for collectors, which only province-wide accounts see. */
  declare unitCode: string | null;
  declare status: AlertStatus;
  declare isFlapping: boolean;
  declare conditionSince: Date;
  declare raisedAt: Date;
  declare clearedAt: Date | null;
  declare acknowledgedAt: Date | null;
  declare acknowledgedBy: string | null;
  declare ackComment: string | null;
  /** zh-CN sentence for exports and webhooks; the console translates `details`. */
  declare summary: string;
  /** JSON text: subject name, unit, reason code and params. */
  declare details: string;
}

export function defineAlert(sequelize: Sequelize): typeof Alert {
  return Alert.init(
    {
      id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
      ruleId: { type: DataTypes.INTEGER, allowNull: false },
      kind: { type: DataTypes.STRING(32), allowNull: false },
      severity: { type: DataTypes.STRING(16), allowNull: false },
      subjectType: { type: DataTypes.STRING(16), allowNull: false },
      subjectId: { type: DataTypes.STRING(64), allowNull: false },
      unitCode: { type: DataTypes.STRING(12), allowNull: true },
      status: { type: DataTypes.STRING(16), allowNull: false },
      isFlapping: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      conditionSince: { type: DataTypes.DATE(3), allowNull: false },
      raisedAt: { type: DataTypes.DATE(3), allowNull: false },
      clearedAt: { type: DataTypes.DATE(3), allowNull: true },
      acknowledgedAt: { type: DataTypes.DATE(3), allowNull: true },
      acknowledgedBy: { type: DataTypes.STRING(64), allowNull: true },
      ackComment: { type: DataTypes.STRING(1000), allowNull: true },
      summary: { type: DataTypes.STRING(255), allowNull: false },
      details: { type: DataTypes.TEXT, allowNull: false },
    },
    { sequelize, tableName: 'alerts', underscored: true, timestamps: false },
  );
}
