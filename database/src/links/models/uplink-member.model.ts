import { DataTypes, Model, type Sequelize } from 'sequelize';

/** One physical circuit of an uplink ("double" tiers have two), measured on the child's interface. */
export class UplinkMember extends Model {
  declare id: number;
  declare uplinkId: number;
  declare interfaceId: number;
  /** 1 or 2 for a double uplink. */
  declare memberIndex: number;
  declare carrier: string;
  declare circuitRef: string | null;
  /** Contracted (provisioned) bandwidth of the circuit, Mbit/s; often below the port speed. */
  declare contractedMbps: number;
  declare lastInBps: number | null;
  declare lastOutBps: number | null;
  declare lastOperStatus: number | null;
  declare lastSampledAt: Date | null;
  declare createdAt: Date;
  declare updatedAt: Date;
}

export function defineUplinkMember(sequelize: Sequelize): typeof UplinkMember {
  return UplinkMember.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      uplinkId: { type: DataTypes.INTEGER, allowNull: false },
      interfaceId: { type: DataTypes.INTEGER, allowNull: false, unique: true },
      memberIndex: { type: DataTypes.INTEGER, allowNull: false },
      carrier: { type: DataTypes.STRING(32), allowNull: false },
      circuitRef: { type: DataTypes.STRING(64), allowNull: true },
      contractedMbps: { type: DataTypes.INTEGER, allowNull: false },
      lastInBps: { type: DataTypes.BIGINT, allowNull: true },
      lastOutBps: { type: DataTypes.BIGINT, allowNull: true },
      lastOperStatus: { type: DataTypes.TINYINT, allowNull: true },
      lastSampledAt: { type: DataTypes.DATE(3), allowNull: true },
    },
    { sequelize, tableName: 'uplink_members', underscored: true },
  );
}
