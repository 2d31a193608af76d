import { DataTypes, Model, type Sequelize } from 'sequelize';
import { UNIT_LEVELS, type UnitLevel } from '../choices';

/** What an uplink from a child level to a parent level must provide (e.g. city→county 双2G). */
export class TierPolicy extends Model {
  declare id: number;
  declare parentLevel: UnitLevel;
  declare childLevel: UnitLevel;
  declare name: string;
  declare membersRequired: number;
  declare memberBandwidthMbps: number;
  /** True for the four tiers set by the provincial plan; false for local policy (villages…). */
  declare isPlanDefined: boolean;
  declare createdAt: Date;
  declare updatedAt: Date;
}

export function defineTierPolicy(sequelize: Sequelize): typeof TierPolicy {
  return TierPolicy.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      parentLevel: { type: DataTypes.ENUM(...UNIT_LEVELS), allowNull: false },
      childLevel: { type: DataTypes.ENUM(...UNIT_LEVELS), allowNull: false },
      name: { type: DataTypes.STRING(64), allowNull: false },
      membersRequired: { type: DataTypes.INTEGER, allowNull: false },
      memberBandwidthMbps: { type: DataTypes.INTEGER, allowNull: false },
      isPlanDefined: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    },
    { sequelize, tableName: 'tier_policies', underscored: true },
  );
}
