import { DataTypes, Model, type Sequelize } from 'sequelize';
import { SNMP_VERSIONS, type SnmpVersion } from '../choices';

/** The router / L3 switch of an administrative unit, polled over SNMP. */
export class ExtranetNode extends Model {
  declare id: number;
  declare unitCode: string;
  declare hostname: string;
  declare vendor: string | null;
  declare mgmtAddress: string;
  declare snmpPort: number;
  declare snmpVersion: SnmpVersion;
  /** AES-256-GCM sealed community (see crypto/secret-box); never returned by the API or logged. */
  declare snmpCommunitySealed: string;
  /** Per-node override of the text encoding of ifAlias / sysDescr (e.g. 'gbk'); null = detect. */
  declare textEncoding: string | null;
  declare isPolled: boolean;
  declare lastPolledAt: Date | null;
  declare lastPollError: string | null;
  declare createdAt: Date;
  declare updatedAt: Date;
}

export function defineExtranetNode(sequelize: Sequelize): typeof ExtranetNode {
  return ExtranetNode.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      unitCode: { type: DataTypes.STRING(12), allowNull: false, unique: true },
      hostname: { type: DataTypes.STRING(128), allowNull: false },
      vendor: { type: DataTypes.STRING(32), allowNull: true },
      mgmtAddress: { type: DataTypes.STRING(45), allowNull: false },
      snmpPort: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 161 },
      snmpVersion: { type: DataTypes.ENUM(...SNMP_VERSIONS), allowNull: false, defaultValue: '2c' },
      snmpCommunitySealed: { type: DataTypes.STRING(255), allowNull: false },
      textEncoding: { type: DataTypes.STRING(16), allowNull: true },
      isPolled: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      lastPolledAt: { type: DataTypes.DATE(3), allowNull: true },
      lastPollError: { type: DataTypes.STRING(255), allowNull: true },
    },
    { sequelize, tableName: 'nodes', underscored: true },
  );
}
