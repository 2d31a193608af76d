import { DataTypes, Model, type Sequelize } from 'sequelize';

/** Partition number of the coordinator lease, whose holder runs the exclusive jobs. */
export const COORDINATOR_PARTITION = -1;

export const CollectorLeasePurpose = { Nodes: 'nodes', Coordinator: 'coordinator' } as const;
export type CollectorLeasePurpose =
  (typeof CollectorLeasePurpose)[keyof typeof CollectorLeasePurpose];

/**
 * A time-limited claim of one collector on a partition of the nodes (node id mod P), or on the
 * coordinator role. `epoch` rises at every change of holder: a collector writes a partition's
 * results only while the row still names it with the epoch it acquired (fencing), so one that
 * stalled past its lease cannot overwrite its successor's data.
 */
export class CollectorLease extends Model {
  declare partitionNo: number;
  declare holderId: string | null;
  declare expiresAt: Date | null;
  declare acquiredAt: Date | null;
  declare purpose: CollectorLeasePurpose;
  declare epoch: number;
}

export function defineCollectorLease(sequelize: Sequelize): typeof CollectorLease {
  return CollectorLease.init(
    {
      partitionNo: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: false },
      holderId: { type: DataTypes.STRING(64), allowNull: true },
      expiresAt: { type: DataTypes.DATE(3), allowNull: true },
      acquiredAt: { type: DataTypes.DATE(3), allowNull: true },
      purpose: { type: DataTypes.STRING(16), allowNull: false, defaultValue: 'nodes' },
      epoch: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
    },
    { sequelize, tableName: 'collector_leases', underscored: true, timestamps: false },
  );
}
