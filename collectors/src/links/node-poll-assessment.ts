import type { UplinkState } from '@extranet/database';
import {
  computeInterfaceRate,
  type CounterReading,
  type UnknownIntervalReason,
} from './counter-rate';
import type { PollableMember, PollableNode } from './poll-target-repository';
import { skipRenumberedMember } from './discovery/renumbered-member';
import type { NodeReading } from './snmp-uplink-poller';
import type { CongestionWindows } from './congestion-window';
import {
  DEFAULT_UNREACHABLE_AFTER,
  isNewPollError,
  stepReachability,
  type ReachabilityStep,
} from './node-reachability';
import {
  evaluateTier,
  memberUtilisation,
  type MemberInput,
  type TierEvaluation,
} from './tier-evaluation';
import { formatTierReasonZh } from './tier-reason-text';
import { stateChangeOf, type StateChangeRow } from './uplink-state-change';

/** Row of interface_samples, column names as in the table. */
export interface SampleRow {
  interface_id: number;
  sampled_at: Date;
  interval_ms: number;
  in_bps: number;
  out_bps: number;
  oper_status: number;
}

/** Row of interface_counter_states; octets as decimal strings (they exceed 2^53). */
export interface CounterStateRow {
  interface_id: number;
  in_octets: string;
  out_octets: string;
  sys_uptime_ticks: number;
  counter_bits: number;
  discontinuity_ticks: number | null;
  engine_time_seconds: number | null;
  read_at: Date;
  last_skip_reason: string | null;
  last_skip_at: Date | null;
}

export interface UplinkOutcome {
  uplinkId: number;
  state: UplinkState;
  stateReason: string;
  stateChangedAt: Date | null;
  evaluatedAt: Date;
  inBps: number | null;
  outBps: number | null;
  utilisation: number | null;
  evaluation: TierEvaluation;
  hasStateChanged: boolean;
  /** State, reason text or change time differ from the stored ones: those columns are written. */
  hasStateColumnsChanged: boolean;
  /** The row for uplink_state_changes: on a change of state and on the first evaluation. */
  stateChange: StateChangeRow | null;
}

/** Everything one node's poll changes, ready for the batched writer. */
export interface NodeAssessment {
  nodeId: number;
  polledAt: Date;
  error: string | null;
  /** True when the error appeared or changed with this poll: it is logged once, then not. */
  isNewError: boolean;
  reachability: ReachabilityStep;
  samples: SampleRow[];
  counterStates: CounterStateRow[];
  /** Members with a fresh rate: last_in_bps, last_out_bps, last_oper_status, last_sampled_at. */
  memberRates: { id: number; inBps: number; outBps: number; operStatus: number; sampledAt: Date }[];
  /** Members read without a usable interval: last_oper_status only. */
  memberStatuses: { id: number; operStatus: number }[];
  /** Interfaces whose stored status or speed differs from what the node reported. */
  interfaceChanges: { id: number; operStatus: number; adminStatus: number; speedMbps: number }[];
  uplink: UplinkOutcome | null;
  skippedIntervals: Partial<Record<UnknownIntervalReason, number>>;
}

export type PollOutcome = { reading: NodeReading } | { error: string };

export interface AssessmentOptions {
  evaluatedAt: Date;
  congestionThreshold?: number;
  /** Failed polls in a row after which the node is unreachable (POLL_UNREACHABLE_AFTER). */
  unreachableAfter?: number;
  /**
   * Per-member utilisation windows: congestion is judged on their 95th percentile. Without
   * them (a one-off cycle), on the interval's own utilisation.
   */
  congestion?: CongestionWindows;
}

/**
 * Turns one node's poll (or its failure) into rates, samples, counter states and its uplink's
 * tier state. Pure: the cycle does the I/O around it.
 */
export function assessNodePoll(
  node: PollableNode,
  outcome: PollOutcome,
  options: AssessmentOptions,
): NodeAssessment {
  const error = 'error' in outcome ? outcome.error : null;
  const assessment: NodeAssessment = {
    nodeId: node.nodeId,
    polledAt: options.evaluatedAt,
    error,
    isNewError: isNewPollError(node.lastPollError, error),
    reachability: stepReachability(
      node,
      error === null,
      options.evaluatedAt,
      options.unreachableAfter ?? DEFAULT_UNREACHABLE_AFTER,
    ),
    samples: [],
    counterStates: [],
    memberRates: [],
    memberStatuses: [],
    interfaceChanges: [],
    uplink: null,
    skippedIntervals: {},
  };
  if (!node.uplink) {
    return assessment;
  }
  const reading = 'reading' in outcome ? outcome.reading : null;
  const memberInputs: MemberInput[] = [];
  let inSum: number | null = null;
  let outSum: number | null = null;

  for (const member of node.uplink.members) {
    const input = reading ? assessMember(member, reading, assessment) : unreadMember(member);
    if (options.congestion) {
      input.congestionUtilisation = windowPercentile(member, input, options);
    }
    memberInputs.push(input);
    // The uplink's traffic is the sum of its members' latest known rates.
    const inBps = input.inBps ?? (reading ? member.lastInBps : null);
    const outBps = input.outBps ?? (reading ? member.lastOutBps : null);
    if (inBps !== null && outBps !== null) {
      inSum = (inSum ?? 0) + inBps;
      outSum = (outSum ?? 0) + outBps;
    }
  }

  const evaluation = evaluateTier({
    policy: node.uplink.policy,
    members: memberInputs,
    isNodeReachable: reading !== null,
    congestionThreshold: options.congestionThreshold,
  });
  const hasStateChanged = evaluation.state !== node.uplink.state;
  const isFirstEvaluation = node.uplink.evaluatedAt === null;
  const stateReason = formatTierReasonZh(evaluation.reason);
  assessment.uplink = {
    uplinkId: node.uplink.uplinkId,
    state: evaluation.state,
    stateReason,
    stateChangedAt:
      hasStateChanged || isFirstEvaluation ? options.evaluatedAt : node.uplink.stateChangedAt,
    evaluatedAt: options.evaluatedAt,
    inBps: inSum,
    outBps: outSum,
    utilisation: evaluation.utilisation,
    evaluation,
    hasStateChanged,
    hasStateColumnsChanged:
      hasStateChanged || isFirstEvaluation || stateReason !== node.uplink.stateReason,
    stateChange:
      hasStateChanged || isFirstEvaluation
        ? stateChangeOf(
            node.uplink.uplinkId,
            isFirstEvaluation ? null : node.uplink.state,
            evaluation,
            options.evaluatedAt,
          )
        : null,
  };
  return assessment;
}

/** Feeds the member's fresh utilisation into its window and reads the window's percentile. */
function windowPercentile(
  member: PollableMember,
  input: MemberInput,
  options: AssessmentOptions,
): number | null {
  const windows = options.congestion as CongestionWindows;
  const utilisation = memberUtilisation(input);
  const nowMs = options.evaluatedAt.getTime();
  if (utilisation !== null) windows.add(member.memberId, nowMs, utilisation);
  return windows.percentileAt(member.memberId, nowMs);
}

function assessMember(
  member: PollableMember,
  reading: NodeReading,
  assessment: NodeAssessment,
): MemberInput {
  if (reading.renumbered.some((port) => port.ifIndex === member.ifIndex)) {
    skipRenumberedMember(member, reading.readAtMs, assessment);
    return unreadMember(member);
  }
  const ifReading = reading.interfaces.get(member.ifIndex);
  if (!ifReading) {
    return unreadMember(member); // the agent no longer knows this ifIndex
  }
  const current: CounterReading = {
    inOctets: ifReading.inOctets,
    outOctets: ifReading.outOctets,
    counterBits: ifReading.counterBits,
    sysUptimeTicks: reading.sysUptimeTicks,
    discontinuityTicks: ifReading.discontinuityTicks,
    engineTimeSeconds: reading.engineTimeSeconds,
    readAtMs: ifReading.readAtMs,
  };
  const rate = computeInterfaceRate(member.counters, current, {
    portSpeedMbps: ifReading.highSpeedMbps,
  });
  const readAt = new Date(ifReading.readAtMs);
  const isSkipped = rate.kind === 'unknown';
  assessment.counterStates.push({
    interface_id: member.interfaceId,
    in_octets: current.inOctets.toString(),
    out_octets: current.outOctets.toString(),
    sys_uptime_ticks: current.sysUptimeTicks,
    counter_bits: current.counterBits,
    discontinuity_ticks: ifReading.discontinuityTicks,
    engine_time_seconds: reading.engineTimeSeconds,
    read_at: readAt,
    last_skip_reason: rate.kind === 'unknown' ? rate.reason : member.lastSkipReason,
    last_skip_at: isSkipped ? readAt : member.lastSkipAt,
  });
  if (
    ifReading.operStatus !== member.operStatus ||
    ifReading.adminStatus !== member.adminStatus ||
    ifReading.highSpeedMbps !== member.speedMbps
  ) {
    assessment.interfaceChanges.push({
      id: member.interfaceId,
      operStatus: ifReading.operStatus,
      adminStatus: ifReading.adminStatus,
      speedMbps: ifReading.highSpeedMbps,
    });
  }
  if (rate.kind === 'rate') {
    assessment.samples.push({
      interface_id: member.interfaceId,
      sampled_at: readAt,
      interval_ms: Math.round(rate.intervalMs),
      in_bps: rate.inBps,
      out_bps: rate.outBps,
      oper_status: ifReading.operStatus,
    });
    assessment.memberRates.push({
      id: member.memberId,
      inBps: rate.inBps,
      outBps: rate.outBps,
      operStatus: ifReading.operStatus,
      sampledAt: readAt,
    });
  } else {
    assessment.skippedIntervals[rate.reason] = (assessment.skippedIntervals[rate.reason] ?? 0) + 1;
    assessment.memberStatuses.push({ id: member.memberId, operStatus: ifReading.operStatus });
  }
  return {
    memberIndex: member.memberIndex,
    carrier: member.carrier,
    contractedMbps: member.contractedMbps,
    speedMbps: ifReading.highSpeedMbps,
    operStatus: ifReading.operStatus,
    inBps: rate.kind === 'rate' ? rate.inBps : null,
    outBps: rate.kind === 'rate' ? rate.outBps : null,
    hasData: true,
  };
}

function unreadMember(member: PollableMember): MemberInput {
  return {
    memberIndex: member.memberIndex,
    carrier: member.carrier,
    contractedMbps: member.contractedMbps,
    speedMbps: member.speedMbps,
    operStatus: member.operStatus,
    inBps: null,
    outBps: null,
    hasData: false,
  };
}
