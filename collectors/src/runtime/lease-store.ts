import { COORDINATOR_PARTITION, CollectorLeasePurpose } from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { sqlDateTime } from '../links/batched-writes';
import { toDate } from '../links/poll-target-repository';
import type { PartitionLease } from './lease-assignment';

export interface StoredLease extends PartitionLease {
  purpose: string;
  epoch: number;
}

/**
 * Creates the lease rows: -1 for the coordinator, 0..P-1 for the node partitions. Every
 * collector runs it at start; rows that exist are left alone (INSERT IGNORE / OR IGNORE).
 */
export async function ensureLeaseRows(sequelize: Sequelize, partitions: number): Promise<void> {
  const rows = [
    { partition_no: COORDINATOR_PARTITION, purpose: CollectorLeasePurpose.Coordinator, epoch: 0 },
    ...Array.from({ length: partitions }, (_, partitionNo) => ({
      partition_no: partitionNo,
      purpose: CollectorLeasePurpose.Nodes,
      epoch: 0,
    })),
  ];
  // bulkInsert honours ignoreDuplicates (INSERT IGNORE / OR IGNORE); its typings omit it.
  await sequelize
    .getQueryInterface()
    .bulkInsert('collector_leases', rows, { ignoreDuplicates: true } as object);
}

export async function readLeases(sequelize: Sequelize): Promise<StoredLease[]> {
  const rows = await sequelize.query<{
    partitionNo: number;
    holderId: string | null;
    expiresAt: Date | string | null;
    purpose: string;
    epoch: number | string;
  }>(
    `SELECT partition_no AS partitionNo, holder_id AS holderId, expires_at AS expiresAt,
            purpose, epoch
       FROM collector_leases ORDER BY partition_no`,
    { type: QueryTypes.SELECT },
  );
  return rows.map((row) => ({
    partitionNo: Number(row.partitionNo),
    holderId: row.holderId,
    expiresAt: row.expiresAt === null ? null : toDate(row.expiresAt),
    purpose: row.purpose,
    epoch: Number(row.epoch),
  }));
}

/**
 * Takes or extends a lease, atomically: only while it is free, lapsed or already ours. The
 * epoch rises when the holder changes (not on a renewal, nor when a lapsed lease is taken back
 * by the same collector). Assignments are ordered so MariaDB, which evaluates them left to
 * right with the new values, still compares the old holder. Resolves true when it is ours.
 */
export async function claimLease(
  sequelize: Sequelize,
  partitionNo: number,
  collectorId: string,
  now: Date,
  expiresAt: Date,
): Promise<boolean> {
  const changed = await sequelize.query(
    `UPDATE collector_leases
        SET epoch = CASE WHEN holder_id = :collectorId THEN epoch ELSE epoch + 1 END,
            acquired_at = CASE WHEN holder_id = :collectorId THEN acquired_at ELSE :now END,
            expires_at = :expiresAt,
            holder_id = :collectorId
      WHERE partition_no = :partitionNo
        AND (holder_id IS NULL OR holder_id = :collectorId OR expires_at IS NULL
             OR expires_at <= :now)`,
    {
      type: QueryTypes.BULKUPDATE,
      replacements: {
        collectorId,
        partitionNo,
        now: sqlDateTime(sequelize, now),
        expiresAt: sqlDateTime(sequelize, expiresAt),
      },
    },
  );
  return Number(changed) === 1;
}

/** Gives leases back (a clean stop, or more than the fair share): others claim them at once. */
export async function releaseLeases(
  sequelize: Sequelize,
  partitionNos: readonly number[],
  collectorId: string,
): Promise<void> {
  if (partitionNos.length === 0) return;
  await sequelize.query(
    `UPDATE collector_leases SET holder_id = NULL, expires_at = NULL
      WHERE holder_id = :collectorId AND partition_no IN (:partitionNos)`,
    { type: QueryTypes.BULKUPDATE, replacements: { collectorId, partitionNos } },
  );
}
