import { DataTypes, Model, type Sequelize } from 'sequelize';
import { SNMP_VERSIONS, type NodeReachability, type SnmpVersion } from '../choices';

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
  /** `unreachable` after POLL_UNREACHABLE_AFTER failed polls in a row; `unknown` until polled. */
  declare reachability: NodeReachability;
  declare consecutiveFailures: number;
  declare unreachableSince: Date | null;
  /** The collector instance that polls the node now (it holds the node's partition lease). */
  declare collectorId: string | null;
  /** What the node says it is, from the last discovery walk (see migration 0006). */
  declare sysDescr: string | null;
  declare sysObjectId: string | null;
  declare sysName: string | null;
  /** Comma list of text fields stored as hex because their bytes decode in no encoding. */
  declare hexTextFields: string | null;
  /** Set while a walk is wanted (node added, on demand, daily, renumbered ports). */
  declare discoveryRequestedAt: Date | null;
  declare discoveryRequestReason: string | null;
  declare discoveryStartedAt: Date | null;
  declare discoveryFinishedAt: Date | null;
  declare discoveryOutcome: string | null;
  declare discoveryError: string | null;
  declare discoverySummary: string | null;
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
      reachability: { type: DataTypes.STRING(16), allowNull: false, defaultValue: 'unknown' },
      consecutiveFailures: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      unreachableSince: { type: DataTypes.DATE(3), allowNull: true },
      collectorId: { type: DataTypes.STRING(64), allowNull: true },
      sysDescr: { type: DataTypes.STRING(512), allowNull: true },
      sysObjectId: { type: DataTypes.STRING(128), allowNull: true },
      sysName: { type: DataTypes.STRING(255), allowNull: true },
      hexTextFields: { type: DataTypes.STRING(64), allowNull: true },
      discoveryRequestedAt: { type: DataTypes.DATE(3), allowNull: true },
      discoveryRequestReason: { type: DataTypes.STRING(32), allowNull: true },
      discoveryStartedAt: { type: DataTypes.DATE(3), allowNull: true },
      discoveryFinishedAt: { type: DataTypes.DATE(3), allowNull: true },
      discoveryOutcome: { type: DataTypes.STRING(16), allowNull: true },
      discoveryError: { type: DataTypes.STRING(255), allowNull: true },
      discoverySummary: { type: DataTypes.STRING(255), allowNull: true },
    },
    { sequelize, tableName: 'nodes', underscored: true },
  );
}
