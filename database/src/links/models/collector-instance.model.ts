import { DataTypes, Model, type Sequelize } from 'sequelize';

/** What `collector_instances.poll_groups` holds (JSON), one entry per poll group. */
export interface CollectorPollGroupStatus {
  /** e.g. `60s`: one group per distinct poll interval. */
  name: string;
  intervalSeconds: number;
  /** Nodes of this group the instance polls now. */
  nodes: number;
  skippedTicks: number;
  lastCycle: {
    startedAt: string;
    durationMs: number;
    overrunMs: number;
    nodesPolled: number;
    nodesFailed: number;
    samplesStored: number;
    buffered: boolean;
  } | null;
}

/**
 * A collector process, as it reports itself: one row per instance id, refreshed at every
 * heartbeat. An instance whose heartbeat is older than its lease time is gone; its leases are
 * taken over by the others.
 */
export class CollectorInstance extends Model {
  declare id: string;
  declare hostname: string;
  declare pid: number;
  declare version: string;
  declare startedAt: Date;
  declare heartbeatAt: Date;
  declare stoppedAt: Date | null;
  declare nodesAssigned: number;
  /** JSON text of CollectorPollGroupStatus[]. */
  declare pollGroups: string;
  /** Samples waiting in the disk buffer for the database to come back. */
  declare bufferedSamples: number;
  /** Samples lost since start because the disk buffer was full. */
  declare droppedSamples: number;
  declare isCoordinator: boolean;
  declare partitionsHeld: number;
}

export function defineCollectorInstance(sequelize: Sequelize): typeof CollectorInstance {
  return CollectorInstance.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      hostname: { type: DataTypes.STRING(255), allowNull: false },
      pid: { type: DataTypes.INTEGER, allowNull: false },
      version: { type: DataTypes.STRING(32), allowNull: false },
      startedAt: { type: DataTypes.DATE(3), allowNull: false },
      heartbeatAt: { type: DataTypes.DATE(3), allowNull: false },
      stoppedAt: { type: DataTypes.DATE(3), allowNull: true },
      nodesAssigned: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      pollGroups: { type: DataTypes.TEXT, allowNull: false },
      bufferedSamples: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      droppedSamples: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
      isCoordinator: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      partitionsHeld: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    },
    { sequelize, tableName: 'collector_instances', underscored: true, timestamps: false },
  );
}
