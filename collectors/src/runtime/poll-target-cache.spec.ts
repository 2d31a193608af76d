import { NodeReachability, UplinkState } from '@extranet/database';
import type { PollableMember, PollableNode } from '../links/poll-target-repository';
import { PollTargetCache } from './poll-target-cache';

function member(memberId: number, overrides: Partial<PollableMember> = {}): PollableMember {
  return {
    memberId,
    memberIndex: memberId,
    carrier: '中国电信',
    contractedMbps: 200,
    interfaceId: 100 + memberId,
    ifIndex: memberId,
    speedMbps: 1000,
    operStatus: 1,
    adminStatus: 1,
    lastInBps: null,
    lastOutBps: null,
    counters: null,
    lastSkipReason: null,
    lastSkipAt: null,
    ...overrides,
  };
}

function node(nodeId: number, overrides: Partial<PollableNode> = {}): PollableNode {
  return {
    nodeId,
    unitCode: `4213${nodeId}`,
    hostname: `HB-${nodeId}`,
    mgmtAddress: '127.20.0.1',
    snmpPort: 161,
    communitySealed: 'sealed',
    level: 'township',
    reachability: NodeReachability.Unknown,
    consecutiveFailures: 0,
    unreachableSince: null,
    lastPollError: null,
    uplink: {
      uplinkId: nodeId,
      state: UplinkState.Unknown,
      stateReason: null,
      stateChangedAt: null,
      evaluatedAt: null,
      tierPolicyId: 5,
      policy: { membersRequired: 2, memberBandwidthMbps: 200 },
      members: [member(1), member(2)],
    },
    ...overrides,
  };
}

describe('PollTargetCache', () => {
  const counters = {
    inOctets: 10n,
    outOctets: 20n,
    counterBits: 64 as const,
    sysUptimeTicks: 100,
    discontinuityTicks: null,
    engineTimeSeconds: null,
    readAtMs: 1_000,
  };

  it('when targets are reloaded, then known nodes stay the same objects, take the edits and keep what the polls produced', () => {
    const cache = new PollTargetCache();
    const first = node(1);
    expect(cache.replace([first, node(2)]).length).toBe(2);
    first.reachability = NodeReachability.Unreachable;
    first.consecutiveFailures = 4;
    first.uplink!.state = UplinkState.Down;
    first.uplink!.members[0].counters = counters;

    const edited = node(1, { mgmtAddress: '127.20.9.9' });
    edited.uplink!.members = [member(1, { contractedMbps: 1000 }), member(3)];
    const added = cache.replace([edited, node(4)]);

    expect(added.map((target) => target.nodeId)).toEqual([4]);
    const kept = cache.all().find((target) => target.nodeId === 1)!;
    expect(kept).toBe(first);
    expect(kept.mgmtAddress).toBe('127.20.9.9');
    expect(kept.reachability).toBe(NodeReachability.Unreachable);
    expect(kept.consecutiveFailures).toBe(4);
    expect(kept.uplink!.state).toBe(UplinkState.Down);
    expect(kept.uplink!.members.map((target) => target.memberId)).toEqual([1, 3]);
    expect(kept.uplink!.members[0].contractedMbps).toBe(1000);
    expect(kept.uplink!.members[0].counters).toBe(counters);
    expect(cache.size).toBe(2);
    expect(cache.countUnreachable()).toBe(1);
  });

  it('when a member now sits on another interface, then its counters start afresh', () => {
    const cache = new PollTargetCache();
    const first = node(1);
    cache.replace([first]);
    first.uplink!.members[0].counters = counters;
    const moved = node(1);
    moved.uplink!.members = [member(1, { interfaceId: 999 }), member(2)];
    cache.replace([moved]);
    expect(first.uplink!.members[0].counters).toBeNull();
    expect(first.uplink!.members[0].interfaceId).toBe(999);
  });

  it('when a tier policy is edited, then its uplinks are judged by the new figures', () => {
    const cache = new PollTargetCache();
    cache.replace([node(1), node(2, { level: 'village' })]);
    cache.applyTierPolicies(new Map([[5, { membersRequired: 2, memberBandwidthMbps: 100 }]]));
    expect(cache.all().map((target) => target.uplink!.policy.memberBandwidthMbps)).toEqual([
      100, 100,
    ]);
    expect(cache.forLevels(['village']).map((target) => target.nodeId)).toEqual([2]);
  });
});
