import type { UnitLevel } from '@extranet/database';
import { NodeReachability } from '@extranet/database';
import type { NodeAssessment } from '../links/node-poll-assessment';
import type { PollableMember, PollableNode, PollableUplink } from '../links/poll-target-repository';
import type { TierPolicyInput } from '../links/tier-evaluation';

/**
 * The nodes this collector polls, in memory between cycles: their addresses and members (from
 * the database, refreshed when leases change and every few minutes for operators' edits) and
 * what the polls leave behind (counters, rates, statuses, tier state, failure streak), kept
 * here first. So a cycle reloads nothing, and polling goes on from memory while the database
 * is away: the disk buffer then holds what the database has not seen yet.
 */
/** What the polls produce (the rest of a target comes from the database and people's edits). */
const NODE_POLLED_STATE = [
  'reachability',
  'consecutiveFailures',
  'unreachableSince',
  'lastPollError',
] as const satisfies readonly (keyof PollableNode)[];
const UPLINK_POLLED_STATE = [
  'state',
  'stateReason',
  'stateChangedAt',
  'evaluatedAt',
] as const satisfies readonly (keyof PollableUplink)[];
const MEMBER_POLLED_STATE = [
  'counters',
  'lastInBps',
  'lastOutBps',
  'operStatus',
  'adminStatus',
  'speedMbps',
  'lastSkipReason',
  'lastSkipAt',
] as const satisfies readonly (keyof PollableMember)[];

export class PollTargetCache {
  private nodes = new Map<number, PollableNode>();

  /**
   * Takes a fresh load as the new set of targets. A node already here stays the same object
   * (a cycle in flight keeps updating it) and takes the loaded addresses, members and policy,
   * but keeps the state the polls produced: it is at least as new as the database's (newer
   * while results wait in the disk buffer). Returns the nodes that are new here.
   */
  replace(loaded: readonly PollableNode[]): PollableNode[] {
    const added: PollableNode[] = [];
    const next = new Map<number, PollableNode>();
    for (const fresh of loaded) {
      const known = this.nodes.get(fresh.nodeId);
      if (known) {
        refreshKeepingPolledState(known, fresh);
        next.set(known.nodeId, known);
      } else {
        added.push(fresh);
        next.set(fresh.nodeId, fresh);
      }
    }
    this.nodes = next;
    return added;
  }

  forLevels(levels: readonly UnitLevel[]): PollableNode[] {
    return [...this.nodes.values()].filter((node) => levels.includes(node.level));
  }

  all(): PollableNode[] {
    return [...this.nodes.values()];
  }

  get size(): number {
    return this.nodes.size;
  }

  countUnreachable(): number {
    let count = 0;
    for (const node of this.nodes.values()) {
      if (node.reachability === NodeReachability.Unreachable) count += 1;
    }
    return count;
  }

  /** Tier policies are edited in the console; the next cycle judges by the new figures. */
  applyTierPolicies(policies: ReadonlyMap<number, TierPolicyInput>): void {
    for (const node of this.nodes.values()) {
      const policy = node.uplink && policies.get(node.uplink.tierPolicyId);
      if (node.uplink && policy) node.uplink.policy = policy;
    }
  }
}

/** Object.assign(target, fresh) except the listed fields, which keep the target's values. */
function assignExcept<T extends object>(target: T, fresh: T, kept: readonly (keyof T)[]): void {
  const saved = kept.map((key) => [key, target[key]] as const);
  Object.assign(target, fresh);
  for (const [key, value] of saved) target[key] = value;
}

function refreshKeepingPolledState(known: PollableNode, fresh: PollableNode): void {
  const knownUplink = known.uplink;
  let uplink = fresh.uplink;
  if (knownUplink && uplink && knownUplink.uplinkId === uplink.uplinkId) {
    const knownMembers = new Map(knownUplink.members.map((member) => [member.memberId, member]));
    const members = uplink.members.map((member) => {
      const before = knownMembers.get(member.memberId);
      if (!before || before.interfaceId !== member.interfaceId) return member;
      assignExcept(before, member, MEMBER_POLLED_STATE);
      return before;
    });
    assignExcept(knownUplink, { ...uplink, members }, UPLINK_POLLED_STATE);
    uplink = knownUplink;
  }
  assignExcept(known, { ...fresh, uplink }, NODE_POLLED_STATE);
}

/**
 * Moves a node's in-memory state forward by one poll, exactly as the writer moves the
 * database's: the next cycle computes its rates from these counters, buffered or not.
 */
export function applyAssessment(node: PollableNode, assessment: NodeAssessment): void {
  const { next } = assessment.reachability;
  node.reachability = next.reachability;
  node.consecutiveFailures = next.consecutiveFailures;
  node.unreachableSince = next.unreachableSince;
  node.lastPollError = assessment.error;
  const uplink = node.uplink;
  if (!uplink || !assessment.uplink) return;
  uplink.state = assessment.uplink.state;
  uplink.stateReason = assessment.uplink.stateReason;
  uplink.stateChangedAt = assessment.uplink.stateChangedAt;
  uplink.evaluatedAt = assessment.uplink.evaluatedAt;
  // An uplink has two members (at most eight): a scan beats building Maps per node per cycle.
  const byInterface = (id: number) => uplink.members.find((member) => member.interfaceId === id);
  const byMember = (id: number) => uplink.members.find((member) => member.memberId === id);
  for (const state of assessment.counterStates) {
    const member = byInterface(state.interface_id);
    if (!member) continue;
    member.counters = {
      inOctets: BigInt(state.in_octets),
      outOctets: BigInt(state.out_octets),
      counterBits: state.counter_bits === 32 ? 32 : 64,
      sysUptimeTicks: state.sys_uptime_ticks,
      discontinuityTicks: state.discontinuity_ticks,
      engineTimeSeconds: state.engine_time_seconds,
      readAtMs: state.read_at.getTime(),
    };
    member.lastSkipReason = state.last_skip_reason;
    member.lastSkipAt = state.last_skip_at;
  }
  for (const rate of assessment.memberRates) {
    const member = byMember(rate.id);
    if (!member) continue;
    member.lastInBps = rate.inBps;
    member.lastOutBps = rate.outBps;
    member.operStatus = rate.operStatus;
  }
  for (const status of assessment.memberStatuses) {
    const member = byMember(status.id);
    if (member) member.operStatus = status.operStatus;
  }
  for (const change of assessment.interfaceChanges) {
    const member = byInterface(change.id);
    if (!member) continue;
    member.operStatus = change.operStatus;
    member.adminStatus = change.adminStatus;
    member.speedMbps = change.speedMbps;
  }
}
