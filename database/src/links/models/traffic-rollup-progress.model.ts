import { DataTypes, Model, type Sequelize } from 'sequelize';

/**
 * How far each roll-up has followed `interface_samples` by id: every raw row with an id up to
 * `rolledThroughId` is reflected in that resolution's buckets.
 */
export class TrafficRollupProgress extends Model {
  declare resolution: string;
  declare rolledThroughId: number;
  declare rolledAt: Date | null;
}

export function defineTrafficRollupProgress(sequelize: Sequelize): typeof TrafficRollupProgress {
  return TrafficRollupProgress.init(
    {
      resolution: { type: DataTypes.STRING(8), primaryKey: true },
      rolledThroughId: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
      rolledAt: { type: DataTypes.DATE(3), allowNull: true },
    },
    { sequelize, tableName: 'traffic_rollup_progress', underscored: true, timestamps: false },
  );
}
