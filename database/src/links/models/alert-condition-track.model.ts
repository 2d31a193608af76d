import { DataTypes, Model, type Sequelize } from 'sequelize';

/**
 * The alert engine's memory of one rule's condition on one subject: whether it holds, since
 * when, its recent changes (flap damping) and the open alert. Rows exist only while something
 * is going on; the engine drops them once the condition is gone, quiet and alert-free.
 */
export class AlertConditionTrack extends Model {
  declare id: number;
  declare ruleId: number;
  declare subjectId: string;
  declare holds: boolean;
  declare changedAt: Date;
  /** JSON array of epoch milliseconds. */
  declare recentChanges: string;
  declare alertId: number | null;
}

export function defineAlertConditionTrack(sequelize: Sequelize): typeof AlertConditionTrack {
  return AlertConditionTrack.init(
    {
      id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
      ruleId: { type: DataTypes.INTEGER, allowNull: false },
      subjectId: { type: DataTypes.STRING(64), allowNull: false },
      holds: { type: DataTypes.BOOLEAN, allowNull: false },
      changedAt: { type: DataTypes.DATE(3), allowNull: false },
      recentChanges: { type: DataTypes.TEXT, allowNull: false },
      alertId: { type: DataTypes.BIGINT, allowNull: true },
    },
    { sequelize, tableName: 'alert_condition_tracks', underscored: true, timestamps: false },
  );
}
