import { IfStatus, UplinkState } from '@extranet/database';

/**
 * Whether an uplink meets its tier (e.g. county→township 双200M): every required member
 * exists, is up, is contracted at the tier bandwidth on a port at least that fast, and is not
 * saturated. Pure: the poll cycle feeds it the latest readings.
 *
 * Precedence, most severe first — the first rule that matches decides the state:
 *   1. down              the node does not answer, or every member is down
 *   2. unknown           the node answered but no member has been read yet
 *   3. redundancy_lost   some, not all, members are down
 *   4. congested         an up member's 95th-percentile utilisation over the window (max of
 *                        in, out over its contract) is ≥ threshold
 *   5. under_provisioned fewer members than required, a contract below the tier bandwidth,
 *                        or a port slower than its contract
 *   6. compliant
 * Outages outrank capacity problems, and a link that hurts users now (congestion) outranks
 * a provisioning gap, which is a paperwork and procurement matter.
 */

export interface TierPolicyInput {
  membersRequired: number;
  memberBandwidthMbps: number;
}

export interface MemberInput {
  memberIndex: number;
  carrier: string;
  contractedMbps: number;
  /** ifHighSpeed of the member's port, Mbit/s; null when never read. */
  speedMbps: number | null;
  operStatus: number | null;
  /** Mean rates of the latest interval; null when the interval is unknown. */
  inBps: number | null;
  outBps: number | null;
  /** True when the member's interface was read (status and speed are current). */
  hasData: boolean;
  /**
   * The member's 95th-percentile utilisation over the congestion window (null while the window
   * is too thin). When given, congestion is judged on it, never on one interval's rate.
   */
  congestionUtilisation?: number | null;
}

export interface TierEvaluationInput {
  policy: TierPolicyInput;
  members: readonly MemberInput[];
  /** False when the node did not answer its last poll. */
  isNodeReachable: boolean;
  /** Share of the contract from which a member counts as congested; default 0.9. */
  congestionThreshold?: number;
}

export const DEFAULT_CONGESTION_THRESHOLD = 0.9;

/** Machine-readable reason: the UI translates it; stateReason stores a zh-CN rendering. */
export type TierReason =
  | { code: 'node_unreachable' }
  | { code: 'no_data' }
  | { code: 'all_members_down'; members: MemberRef[] }
  | { code: 'member_down'; members: MemberRef[] }
  | { code: 'congested'; members: (MemberRef & { utilisation: number })[]; threshold: number }
  | { code: 'members_missing'; present: number; required: number }
  | {
      code: 'contract_below_tier';
      members: (MemberRef & { contractedMbps: number })[];
      requiredMbps: number;
    }
  | {
      code: 'port_below_contract';
      members: (MemberRef & { speedMbps: number; contractedMbps: number })[];
    }
  | { code: 'compliant'; members: number; memberBandwidthMbps: number };

export interface MemberRef {
  memberIndex: number;
  carrier: string;
}

export interface TierEvaluation {
  state: UplinkState;
  reason: TierReason;
  /** Highest member utilisation of its contract among members with a rate; null if none. */
  utilisation: number | null;
}

export function evaluateTier(input: TierEvaluationInput): TierEvaluation {
  const { policy, isNodeReachable } = input;
  const members = [...input.members].sort((a, b) => a.memberIndex - b.memberIndex);
  const threshold = input.congestionThreshold ?? DEFAULT_CONGESTION_THRESHOLD;
  const utilisation = highestUtilisation(members);
  const result = (state: UplinkState, reason: TierReason): TierEvaluation => ({
    state,
    reason,
    utilisation,
  });

  if (!isNodeReachable) {
    return result(UplinkState.Down, { code: 'node_unreachable' });
  }
  const readMembers = members.filter((member) => member.hasData);
  if (members.length > 0 && readMembers.length === 0) {
    return result(UplinkState.Unknown, { code: 'no_data' });
  }
  const downMembers = readMembers.filter((member) => member.operStatus !== IfStatus.Up);
  if (members.length > 0 && downMembers.length === readMembers.length) {
    return result(UplinkState.Down, { code: 'all_members_down', members: downMembers.map(ref) });
  }
  if (downMembers.length > 0) {
    return result(UplinkState.RedundancyLost, {
      code: 'member_down',
      members: downMembers.map(ref),
    });
  }
  const congested = readMembers
    .map((member) => ({ ...ref(member), utilisation: congestionMeasure(member) }))
    .filter(
      (member): member is MemberRef & { utilisation: number } =>
        member.utilisation !== null && member.utilisation >= threshold,
    );
  if (congested.length > 0) {
    return result(UplinkState.Congested, { code: 'congested', members: congested, threshold });
  }
  if (members.length < policy.membersRequired) {
    return result(UplinkState.UnderProvisioned, {
      code: 'members_missing',
      present: members.length,
      required: policy.membersRequired,
    });
  }
  const belowTier = members.filter((member) => member.contractedMbps < policy.memberBandwidthMbps);
  if (belowTier.length > 0) {
    return result(UplinkState.UnderProvisioned, {
      code: 'contract_below_tier',
      members: belowTier.map((member) => ({
        ...ref(member),
        contractedMbps: member.contractedMbps,
      })),
      requiredMbps: policy.memberBandwidthMbps,
    });
  }
  const slowPorts = readMembers.filter(
    (member) => member.speedMbps !== null && member.speedMbps < member.contractedMbps,
  );
  if (slowPorts.length > 0) {
    return result(UplinkState.UnderProvisioned, {
      code: 'port_below_contract',
      members: slowPorts.map((member) => ({
        ...ref(member),
        speedMbps: member.speedMbps as number,
        contractedMbps: member.contractedMbps,
      })),
    });
  }
  return result(UplinkState.Compliant, {
    code: 'compliant',
    members: members.length,
    memberBandwidthMbps: policy.memberBandwidthMbps,
  });
}

/** max(in, out) over the contracted bandwidth; null when the interval had no rate. */
export function memberUtilisation(member: MemberInput): number | null {
  if (member.inBps === null || member.outBps === null || !(member.contractedMbps > 0)) {
    return null;
  }
  return Math.max(member.inBps, member.outBps) / (member.contractedMbps * 1_000_000);
}

/** The window's percentile when the cycle supplies one, else the interval's own utilisation. */
function congestionMeasure(member: MemberInput): number | null {
  return member.congestionUtilisation === undefined
    ? memberUtilisation(member)
    : member.congestionUtilisation;
}

function highestUtilisation(members: readonly MemberInput[]): number | null {
  let highest: number | null = null;
  for (const member of members) {
    const utilisation = memberUtilisation(member);
    if (utilisation !== null && (highest === null || utilisation > highest)) {
      highest = utilisation;
    }
  }
  return highest;
}

function ref(member: MemberInput): MemberRef {
  return { memberIndex: member.memberIndex, carrier: member.carrier };
}
