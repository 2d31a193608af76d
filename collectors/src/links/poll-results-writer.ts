import { Transaction, type Sequelize } from 'sequelize';
import { insertRows, updateRowsById, updateRowsToSameValues } from './batched-writes';
import type { NodeAssessment } from './node-poll-assessment';
import { heldByFence, readLeaseFence, type LeaseFence } from '../runtime/lease-fence';

const MAX_POLL_ERROR_LENGTH = 255;

/** Row of collector_cycles, column names as in the table. */
export interface CycleRow {
  collector_id: string;
  started_at: Date;
  finished_at: Date;
  duration_ms: number;
  nodes_polled: number;
  nodes_failed: number;
  samples_stored: number;
  uplinks_evaluated: number;
  poll_group: string | null;
  interval_seconds: number | null;
  overrun_ms: number;
  buffered: boolean;
  skipped_ticks: number;
}

/** What one write stores: the assessments that finished since the last one, and maybe a cycle. */
export interface ResultBatch {
  collectorId: string;
  assessments: NodeAssessment[];
  /** The leases the nodes were polled under; null when this collector runs alone (tests, CLI). */
  fence: LeaseFence | null;
  cycle?: CycleRow;
}

export interface WrittenCounts {
  samples: number;
  uplinks: number;
  stateChanges: number;
  /** Assessments refused because their partition's lease moved to another collector. */
  fenced: number;
}

/**
 * Stores one batch in a single transaction, in batches of rows: multi-row INSERTs for samples
 * and state changes, an upsert for counter states, CASE updates for members, interfaces,
 * uplinks and node streaks, one UPDATE per distinct error for the nodes' poll status.
 * updated_at is left alone: it records edits by people.
 *
 * Fencing: the transaction first reads the lease rows (locked against a takeover until it
 * commits) and drops the assessments of partitions this collector no longer holds with the
 * epoch it polled them under: a collector that stalled past its lease never overwrites the
 * data of the one that took its nodes over. On SQLite the transaction is IMMEDIATE, so the
 * check and the writes hold the single write lock together.
 */
export async function writePollResults(
  sequelize: Sequelize,
  batch: ResultBatch,
): Promise<WrittenCounts> {
  const isSqlite = sequelize.getDialect() === 'sqlite';
  const options = isSqlite ? { type: Transaction.TYPES.IMMEDIATE } : {};
  return sequelize.transaction(options, async (transaction) => {
    let assessments = batch.assessments;
    if (batch.fence && assessments.length > 0) {
      const current = await readLeaseFence(sequelize, batch.collectorId, transaction);
      assessments = assessments.filter((assessment) =>
        heldByFence(assessment.nodeId, batch.fence as LeaseFence, current),
      );
    }
    const counts = await writeAssessments(sequelize, batch.collectorId, assessments, transaction);
    if (batch.cycle) {
      await insertRows(sequelize, 'collector_cycles', [batch.cycle], transaction);
    }
    return { ...counts, fenced: batch.assessments.length - assessments.length };
  });
}

async function writeAssessments(
  sequelize: Sequelize,
  collectorId: string,
  assessments: readonly NodeAssessment[],
  transaction: Transaction,
): Promise<Omit<WrittenCounts, 'fenced'>> {
  const samples = assessments.flatMap((assessment) => assessment.samples);
  const uplinks = assessments.flatMap((assessment) =>
    assessment.uplink ? [assessment.uplink] : [],
  );
  const stateChanges = uplinks.flatMap((uplink) =>
    uplink.stateChange ? [uplink.stateChange] : [],
  );

  // A replayed batch (disk buffer) may meet samples already stored: the key makes it a no-op.
  await insertRows(sequelize, 'interface_samples', samples, transaction, undefined, true);
  await insertRows(sequelize, 'uplink_state_changes', stateChanges, transaction);
  await insertRows(
    sequelize,
    'interface_counter_states',
    assessments.flatMap((assessment) => assessment.counterStates),
    transaction,
    {
      keys: ['interface_id'],
      update: [
        'in_octets',
        'out_octets',
        'sys_uptime_ticks',
        'counter_bits',
        'discontinuity_ticks',
        'engine_time_seconds',
        'read_at',
        'last_skip_reason',
        'last_skip_at',
      ],
    },
  );
  await updateRowsById(
    sequelize,
    'uplink_members',
    assessments.flatMap((assessment) =>
      assessment.memberRates.map((member) => ({
        id: member.id,
        values: {
          last_in_bps: member.inBps,
          last_out_bps: member.outBps,
          last_oper_status: member.operStatus,
          last_sampled_at: member.sampledAt,
        },
      })),
    ),
    transaction,
  );
  await updateRowsById(
    sequelize,
    'uplink_members',
    assessments.flatMap((assessment) =>
      assessment.memberStatuses.map((member) => ({
        id: member.id,
        values: { last_oper_status: member.operStatus },
      })),
    ),
    transaction,
  );
  await updateRowsById(
    sequelize,
    'interfaces',
    assessments.flatMap((assessment) =>
      assessment.interfaceChanges.map((change) => ({
        id: change.id,
        values: {
          oper_status: change.operStatus,
          admin_status: change.adminStatus,
          speed_mbps: change.speedMbps,
        },
      })),
    ),
    transaction,
  );
  // The state columns change rarely; the rates every cycle. Two statements keep the frequent
  // one narrow (each CASE column costs a pass over the chunk's ids).
  await updateRowsById(
    sequelize,
    'uplinks',
    uplinks
      .filter((uplink) => uplink.hasStateColumnsChanged)
      .map((uplink) => ({
        id: uplink.uplinkId,
        values: {
          state: uplink.state,
          state_reason: uplink.stateReason,
          state_changed_at: uplink.stateChangedAt,
        },
      })),
    transaction,
  );
  await updateRowsById(
    sequelize,
    'uplinks',
    uplinks.map((uplink) => ({
      id: uplink.uplinkId,
      values: {
        evaluated_at: uplink.evaluatedAt,
        in_bps: uplink.inBps === null ? null : Math.round(uplink.inBps),
        out_bps: uplink.outBps === null ? null : Math.round(uplink.outBps),
        utilisation: uplink.utilisation,
      },
    })),
    transaction,
  );
  await writeNodeOutcomes(sequelize, collectorId, assessments, transaction);
  return { samples: samples.length, uplinks: uplinks.length, stateChanges: stateChanges.length };
}

/**
 * Poll time, error and poller: one UPDATE per distinct error (most nodes share `null`). The
 * failure streak only for nodes whose streak moved (failing or recovering nodes): the healthy
 * majority costs no per-row statement.
 */
async function writeNodeOutcomes(
  sequelize: Sequelize,
  collectorId: string,
  assessments: readonly NodeAssessment[],
  transaction: Transaction,
): Promise<void> {
  if (assessments.length === 0) return;
  // A batch spans about a second of polls; its latest time stands for all of them.
  const polledAt = new Date(
    assessments.reduce((latest, assessment) => Math.max(latest, assessment.polledAt.getTime()), 0),
  );
  const idsByError = new Map<string | null, number[]>();
  for (const assessment of assessments) {
    const error = assessment.error?.slice(0, MAX_POLL_ERROR_LENGTH) ?? null;
    const ids = idsByError.get(error) ?? [];
    ids.push(assessment.nodeId);
    idsByError.set(error, ids);
  }
  for (const [error, ids] of idsByError) {
    await updateRowsToSameValues(
      sequelize,
      'nodes',
      ids,
      { last_polled_at: polledAt, last_poll_error: error, collector_id: collectorId },
      transaction,
    );
  }
  await updateRowsById(
    sequelize,
    'nodes',
    assessments
      .filter((assessment) => assessment.reachability.hasChanged)
      .map((assessment) => ({
        id: assessment.nodeId,
        values: {
          reachability: assessment.reachability.next.reachability,
          consecutive_failures: assessment.reachability.next.consecutiveFailures,
          unreachable_since: assessment.reachability.next.unreachableSince,
        },
      })),
    transaction,
  );
}
