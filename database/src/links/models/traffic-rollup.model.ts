import { DataTypes, Model, type ModelAttributes, type Sequelize } from 'sequelize';
import { ROLLUP_TABLES } from '../traffic-history/traffic-resolutions';

/**
 * One roll-up bucket of an interface: time-weighted mean, maximum and 95th percentile of the
 * in and out rates, and how many milliseconds of measured intervals it holds (`coveredMs`:
 * below the bucket length where polls were missing or untrustworthy).
 */
abstract class TrafficRollup extends Model {
  declare interfaceId: number;
  /** Epoch seconds of the bucket's start (Beijing-aligned days for 1d). */
  declare bucketStart: number;
  declare coveredMs: number;
  declare inAvgBps: number;
  declare inMaxBps: number;
  declare inP95Bps: number;
  declare outAvgBps: number;
  declare outMaxBps: number;
  declare outP95Bps: number;
}

/** Five-minute buckets rolled from raw samples. */
export class TrafficRollup5m extends TrafficRollup {}
/** Hourly buckets rolled from raw samples (exact 95th percentile of the hour's samples). */
export class TrafficRollup1h extends TrafficRollup {}
/** Beijing-day buckets rolled from the five-minute averages (the billing convention). */
export class TrafficRollup1d extends TrafficRollup {}

/** Plain types here: the migration declares UNSIGNED where the dialect has it. */
const ROLLUP_ATTRIBUTES: ModelAttributes = {
  bucketStart: { type: DataTypes.INTEGER, primaryKey: true },
  interfaceId: { type: DataTypes.INTEGER, primaryKey: true },
  coveredMs: { type: DataTypes.INTEGER, allowNull: false },
  inAvgBps: { type: DataTypes.BIGINT, allowNull: false },
  inMaxBps: { type: DataTypes.BIGINT, allowNull: false },
  inP95Bps: { type: DataTypes.BIGINT, allowNull: false },
  outAvgBps: { type: DataTypes.BIGINT, allowNull: false },
  outMaxBps: { type: DataTypes.BIGINT, allowNull: false },
  outP95Bps: { type: DataTypes.BIGINT, allowNull: false },
};

export function defineTrafficRollups(sequelize: Sequelize): void {
  const options = { sequelize, underscored: true, timestamps: false };
  TrafficRollup5m.init(ROLLUP_ATTRIBUTES, { ...options, tableName: ROLLUP_TABLES['5m'] });
  TrafficRollup1h.init(ROLLUP_ATTRIBUTES, { ...options, tableName: ROLLUP_TABLES['1h'] });
  TrafficRollup1d.init(ROLLUP_ATTRIBUTES, { ...options, tableName: ROLLUP_TABLES['1d'] });
}
