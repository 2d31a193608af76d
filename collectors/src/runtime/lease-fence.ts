import { CollectorLeasePurpose } from '@extranet/database';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/** The partitions a collector held, each with the epoch it acquired it at, when it polled. */
export interface LeaseFence {
  partitionCount: number;
  epochs: ReadonlyMap<number, number>;
}

export function partitionOf(nodeId: number, partitionCount: number): number {
  return nodeId % partitionCount;
}

/**
 * Whether a node's result may still be written: its partition is held now, by this collector,
 * with the epoch it was polled under. A lease that lapsed while nobody else claimed it (the
 * database was away for everyone) keeps its epoch, so a buffered batch still passes.
 */
export function heldByFence(
  nodeId: number,
  pollFence: LeaseFence,
  currentEpochs: ReadonlyMap<number, number>,
): boolean {
  const partition = partitionOf(nodeId, pollFence.partitionCount);
  const epoch = pollFence.epochs.get(partition);
  return epoch !== undefined && currentEpochs.get(partition) === epoch;
}

/**
 * The node partitions this collector holds now, with their epochs. On MariaDB the rows are
 * share-locked until the transaction ends, so a takeover (an UPDATE of those rows) waits for
 * the write to commit instead of slipping in between the check and the write.
 */
export async function readLeaseFence(
  sequelize: Sequelize,
  collectorId: string,
  transaction: Transaction,
): Promise<Map<number, number>> {
  const lock = sequelize.getDialect() === 'mysql' ? ' LOCK IN SHARE MODE' : '';
  const rows = await sequelize.query<{ partitionNo: number; epoch: number | string }>(
    `SELECT partition_no AS partitionNo, epoch FROM collector_leases
      WHERE purpose = :purpose AND holder_id = :collectorId${lock}`,
    {
      type: QueryTypes.SELECT,
      replacements: { purpose: CollectorLeasePurpose.Nodes, collectorId },
      transaction,
    },
  );
  return new Map(rows.map((row) => [Number(row.partitionNo), Number(row.epoch)]));
}
