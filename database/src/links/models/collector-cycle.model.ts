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
    },
    { sequelize, tableName: 'collector_cycles', underscored: true, timestamps: false },
  );
}
