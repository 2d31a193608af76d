import { DataTypes, Model, type Sequelize } from 'sequelize';
import type { AlertEventType } from '../../alerts/choices';

/** One entry of an alert's history: raised, cleared, acknowledged, webhook outcome… */
export class AlertEvent extends Model {
  declare id: number;
  declare alertId: number;
  declare occurredAt: Date;
  declare type: AlertEventType;
  /** Who acted (acknowledgements); null for the engine's own events. */
  declare username: string | null;
  declare comment: string | null;
  /** JSON text, e.g. a webhook's status code, attempts and error. */
  declare details: string | null;
}

export function defineAlertEvent(sequelize: Sequelize): typeof AlertEvent {
  return AlertEvent.init(
    {
      id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
      alertId: { type: DataTypes.BIGINT, allowNull: false },
      occurredAt: { type: DataTypes.DATE(3), allowNull: false },
      type: { type: DataTypes.STRING(32), allowNull: false },
      username: { type: DataTypes.STRING(64), allowNull: true },
      comment: { type: DataTypes.STRING(1000), allowNull: true },
      details: { type: DataTypes.TEXT, allowNull: true },
    },
    { sequelize, tableName: 'alert_events', underscored: true, timestamps: false },
  );
}
