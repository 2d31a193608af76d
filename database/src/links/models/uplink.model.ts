import { DataTypes, Model, type Sequelize } from 'sequelize';
import { UPLINK_STATES, type UplinkState } from '../choices';

/** The uplink of a child unit to its parent, with its last evaluated tier state. */
export class Uplink extends Model {
  declare id: number;
  declare childUnitCode: string;
  declare parentUnitCode: string;
  declare tierPolicyId: number;
  declare state: UplinkState;
  declare stateReason: string | null;
  declare stateChangedAt: Date | null;
  declare evaluatedAt: Date | null;
  /** Sum over members of the last measured rates, bit/s; null before the first rate. */
  declare inBps: number | null;
  declare outBps: number | null;
  /** Highest member utilisation of its contracted bandwidth, 0..1+; null when unknown. */
  declare utilisation: number | null;
  declare createdAt: Date;
  declare updatedAt: Date;
}

export function defineUplink(sequelize: Sequelize): typeof Uplink {
  return Uplink.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      childUnitCode: { type: DataTypes.STRING(12), allowNull: false, unique: true },
      parentUnitCode: { type: DataTypes.STRING(12), allowNull: false },
      tierPolicyId: { type: DataTypes.INTEGER, allowNull: false },
      state: { type: DataTypes.ENUM(...UPLINK_STATES), allowNull: false, defaultValue: 'unknown' },
      stateReason: { type: DataTypes.STRING(255), allowNull: true },
      stateChangedAt: { type: DataTypes.DATE(3), allowNull: true },
      evaluatedAt: { type: DataTypes.DATE(3), allowNull: true },
      inBps: { type: DataTypes.BIGINT, allowNull: true },
      outBps: { type: DataTypes.BIGINT, allowNull: true },
      utilisation: { type: DataTypes.DOUBLE, allowNull: true },
    },
    { sequelize, tableName: 'uplinks', underscored: true },
  );
}
