import { QueryTypes, type Sequelize } from 'sequelize';
import { sqlDateTime } from './batched-writes';
import type { CongestionWindows } from './congestion-window';
import type { PollableNode } from './poll-target-repository';
import { toDate } from './poll-target-repository';
import type { TierPolicyInput } from './tier-evaluation';

/** Interfaces per query: a primary-key range scan each, well under the parameter limits. */
const WARMUP_CHUNK = 500;

/**
 * Fills the congestion windows of newly polled members from their stored samples of the last
 * window, so a collector that starts (or takes nodes over) judges congestion on the same 15
 * minutes as the one before it instead of starting blind. Members that already have a window
 * in memory are left alone.
 */
export async function warmCongestionWindows(
  sequelize: Sequelize,
  windows: CongestionWindows,
  nodes: readonly PollableNode[],
  now: Date,
): Promise<number> {
  const byInterface = new Map<number, { memberId: number; contractedMbps: number }>();
  for (const node of nodes) {
    for (const member of node.uplink?.members ?? []) {
      if (!windows.has(member.memberId) && member.contractedMbps > 0) {
        byInterface.set(member.interfaceId, member);
      }
    }
  }
  const interfaceIds = [...byInterface.keys()];
  let warmed = 0;
  for (let start = 0; start < interfaceIds.length; start += WARMUP_CHUNK) {
    const rows = await sequelize.query<{
      interfaceId: number;
      sampledAt: Date | string;
      inBps: number | string;
      outBps: number | string;
    }>(
      `SELECT interface_id AS interfaceId, sampled_at AS sampledAt, in_bps AS inBps,
              out_bps AS outBps
         FROM interface_samples
        WHERE interface_id IN (:interfaceIds) AND sampled_at > :since`,
      {
        type: QueryTypes.SELECT,
        replacements: {
          interfaceIds: interfaceIds.slice(start, start + WARMUP_CHUNK),
          since: sqlDateTime(sequelize, new Date(now.getTime() - windows.windowMs)),
        },
      },
    );
    for (const row of rows) {
      const member = byInterface.get(Number(row.interfaceId));
      if (!member) continue;
      const utilisation =
        Math.max(Number(row.inBps), Number(row.outBps)) / (member.contractedMbps * 1_000_000);
      windows.add(member.memberId, toDate(row.sampledAt).getTime(), utilisation);
      warmed += 1;
    }
  }
  return warmed;
}

/** Every tier policy's figures: a few rows, read each cycle so an edit applies at once. */
export async function loadTierPolicies(
  sequelize: Sequelize,
): Promise<Map<number, TierPolicyInput>> {
  const rows = await sequelize.query<{
    id: number;
    membersRequired: number;
    memberBandwidthMbps: number;
  }>(
    `SELECT id, members_required AS membersRequired,
            member_bandwidth_mbps AS memberBandwidthMbps FROM tier_policies`,
    { type: QueryTypes.SELECT },
  );
  return new Map(
    rows.map((row) => [
      Number(row.id),
      {
        membersRequired: Number(row.membersRequired),
        memberBandwidthMbps: Number(row.memberBandwidthMbps),
      },
    ]),
  );
}
