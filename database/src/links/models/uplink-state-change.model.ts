import { DataTypes, Model, type Sequelize } from 'sequelize';

/**
 * One change of an uplink's tier state, written by the collector in the same transaction as
 * the new state. The first evaluation of an uplink is a change too (`fromState` null), so the
 * history has no gap at its start. The reason is kept as a code with its params (for the
 * console to translate) and as the zh-CN text shown at the time.
 */
export class UplinkStateChange extends Model {
  declare id: number;
  declare uplinkId: number;
  declare changedAt: Date;
  declare fromState: string | null;
  declare toState: string;
  declare reasonCode: string;
  /** JSON text of the reason's params, e.g. `{"memberIndex":2,"carrier":"中国联通"}`. */
  declare reasonParams: string;
  declare reasonText: string;
}

export function defineUplinkStateChange(sequelize: Sequelize): typeof UplinkStateChange {
  return UplinkStateChange.init(
    {
      id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
      uplinkId: { type: DataTypes.INTEGER, allowNull: false },
      changedAt: { type: DataTypes.DATE(3), allowNull: false },
      fromState: { type: DataTypes.STRING(32), allowNull: true },
      toState: { type: DataTypes.STRING(32), allowNull: false },
      reasonCode: { type: DataTypes.STRING(32), allowNull: false },
      reasonParams: { type: DataTypes.TEXT, allowNull: false },
      reasonText: { type: DataTypes.STRING(255), allowNull: false },
    },
    { sequelize, tableName: 'uplink_state_changes', underscored: true, timestamps: false },
  );
}
