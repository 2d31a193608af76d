import { DataTypes, Model, type Sequelize } from 'sequelize';

/** One poll cycle of a collector process: how long it took and what it stored. */
export class CollectorCycle extends Model {
  declare id: number;
  declare collectorId: string;
  declare startedAt: Date;
  declare finishedAt: Date;
  declare durationMs: number;
  declare nodesPolled: number;
  declare nodesFailed: number;
  declare samplesStored: number;
  declare uplinksEvaluated: number;
  /** The poll group (one per distinct interval, e.g. `60s`); null for cycles before groups. */
  declare pollGroup: string | null;
  declare intervalSeconds: number | null;
  /** How far the cycle ran past its interval; 0 when it finished in time. */
  declare overrunMs: number;
  /** True when the database was away and the results went to the disk buffer. */
  declare buffered: boolean;
  /** Ticks of the group skipped because this cycle was still running. */
  declare skippedTicks: number;
}

export function defineCollectorCycle(sequelize: Sequelize): typeof CollectorCycle {
  return CollectorCycle.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      collectorId: { type: DataTypes.STRING(64), allowNull: false },
      startedAt: { type: DataTypes.DATE(3), allowNull: false },
      finishedAt: { type: DataTypes.DATE(3), allowNull: false },
      durationMs: { type: DataTypes.INTEGER, allowNull: false },
      nodesPolled: { type: DataTypes.INTEGER, allowNull: false },
      nodesFailed: { type: DataTypes.INTEGER, allowNull: false },
      samplesStored: { type: DataTypes.INTEGER, allowNull: false },
      uplinksEvaluated: { type: DataTypes.INTEGER, allowNull: false },
      pollGroup: { type: DataTypes.STRING(32), allowNull: true },
      intervalSeconds: { type: DataTypes.INTEGER, allowNull: true },
      overrunMs: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      buffered: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      skippedTicks: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    },
    { sequelize, tableName: 'collector_cycles', underscored: true, timestamps: false },
  );
}
