import { DataTypes, Model, type Sequelize } from 'sequelize';

/** One IF-MIB interface of a node, as last discovered or polled. */
export class NodeInterface extends Model {
  declare id: number;
  declare nodeId: number;
  declare ifIndex: number;
  declare ifName: string;
  declare ifAlias: string | null;
  /** ifHighSpeed, in Mbit/s. */
  declare speedMbps: number | null;
  declare operStatus: number | null;
  declare adminStatus: number | null;
  /** Discovery columns (migration 0006). */
  declare ifDescr: string | null;
  declare ifType: number | null;
  /** ifPhysAddress as lowercase colon hex. */
  declare physAddress: string | null;
  declare hexTextFields: string | null;
  declare lastDiscoveredAt: Date | null;
  /** False once a walk no longer lists it; its ifIndex is then the negated row id. */
  declare isPresent: boolean;
  declare absentSince: Date | null;
  declare createdAt: Date;
  declare updatedAt: Date;
}

export function defineNodeInterface(sequelize: Sequelize): typeof NodeInterface {
  return NodeInterface.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      nodeId: { type: DataTypes.INTEGER, allowNull: false },
      ifIndex: { type: DataTypes.INTEGER, allowNull: false },
      ifName: { type: DataTypes.STRING(64), allowNull: false },
      ifAlias: { type: DataTypes.STRING(255), allowNull: true },
      speedMbps: { type: DataTypes.INTEGER, allowNull: true },
      operStatus: { type: DataTypes.TINYINT, allowNull: true },
      adminStatus: { type: DataTypes.TINYINT, allowNull: true },
      ifDescr: { type: DataTypes.STRING(512), allowNull: true },
      ifType: { type: DataTypes.INTEGER, allowNull: true },
      physAddress: { type: DataTypes.STRING(64), allowNull: true },
      hexTextFields: { type: DataTypes.STRING(64), allowNull: true },
      lastDiscoveredAt: { type: DataTypes.DATE(3), allowNull: true },
      isPresent: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      absentSince: { type: DataTypes.DATE(3), allowNull: true },
    },
    { sequelize, tableName: 'interfaces', underscored: true },
  );
}
