import type { Sequelize, Transaction } from 'sequelize';
import { insertRows, updateRowsById, updateRowsToSameValues } from './batched-writes';
import type { NodeAssessment } from './node-poll-assessment';

const MAX_POLL_ERROR_LENGTH = 255;

export interface WrittenCounts {
  samples: number;
  uplinks: number;
}

/**
 * Stores one cycle's assessments in a single transaction, in batches: multi-row INSERTs for
 * samples, an upsert for counter states, CASE updates for members, interfaces and uplinks,
 * and one UPDATE per distinct outcome for nodes. updated_at is left alone: it records edits
 * by people, and would otherwise change on every row every minute.
 */
export async function writePollResults(
  sequelize: Sequelize,
  assessments: readonly NodeAssessment[],
  polledAt: Date,
): Promise<WrittenCounts> {
  const samples = assessments.flatMap((assessment) => assessment.samples);
  const counterStates = assessments.flatMap((assessment) => assessment.counterStates);
  const uplinks = assessments.flatMap((assessment) =>
    assessment.uplink ? [assessment.uplink] : [],
  );

  await sequelize.transaction(async (transaction) => {
    await insertRows(sequelize, 'interface_samples', samples, transaction);
    await insertRows(sequelize, 'interface_counter_states', counterStates, transaction, {
      keys: ['interface_id'],
      update: [
        'in_octets',
        'out_octets',
        'sys_uptime_ticks',
        'counter_bits',
        'discontinuity_ticks',
        'engine_time_seconds',
        'read_at',
      ],
    });
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
    await updateRowsById(
      sequelize,
      'uplinks',
      uplinks.map((uplink) => ({
        id: uplink.uplinkId,
        values: {
          state: uplink.state,
          state_reason: uplink.stateReason,
          state_changed_at: uplink.stateChangedAt,
          evaluated_at: polledAt,
          in_bps: uplink.inBps === null ? null : Math.round(uplink.inBps),
          out_bps: uplink.outBps === null ? null : Math.round(uplink.outBps),
          utilisation: uplink.utilisation,
        },
      })),
      transaction,
    );
    await writeNodeOutcomes(sequelize, assessments, polledAt, transaction);
  });
  return { samples: samples.length, uplinks: uplinks.length };
}

async function writeNodeOutcomes(
  sequelize: Sequelize,
  assessments: readonly NodeAssessment[],
  polledAt: Date,
  transaction: Transaction,
): Promise<void> {
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
      { last_polled_at: polledAt, last_poll_error: error },
      transaction,
    );
  }
}
