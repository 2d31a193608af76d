import { IfStatus, UplinkState } from '@extranet/database';
import { assessNodePoll } from '../node-poll-assessment';
import type { PollableMember, PollableNode } from '../poll-target-repository';
import type { NodeReading } from '../snmp-uplink-poller';
import { expectedInterfaceNames } from './expected-interface-names';

const T0 = Date.UTC(2026, 10, 23, 2, 0, 0);

function member(memberIndex: number, withCounters = true): PollableMember {
  return {
    memberId: 10 + memberIndex,
    memberIndex,
    carrier: memberIndex === 1 ? '中国电信' : '中国联通',
    contractedMbps: 200,
    interfaceId: 100 + memberIndex,
    ifIndex: memberIndex,
    ifName: `GigabitEthernet0/0/${memberIndex}`,
    speedMbps: 1000,
    operStatus: IfStatus.Up,
    adminStatus: IfStatus.Up,
    lastInBps: 50e6,
    lastOutBps: 20e6,
    counters: withCounters
      ? { inOctets: 5_000n, outOctets: 6_000n, counterBits: 64, sysUptimeTicks: 100, readAtMs: T0 }
      : null,
    lastSkipReason: null,
    lastSkipAt: null,
  };
}

function node(members: PollableMember[]): PollableNode {
  return {
    nodeId: 7,
    unitCode: '421321100',
    hostname: 'HB-421321100-R01',
    mgmtAddress: '127.20.1.1',
    snmpPort: 16161,
    communitySealed: 'v1:sealed',
    textEncoding: 'gb18030',
    level: 'township',
    reachability: 'reachable',
    consecutiveFailures: 0,
    unreachableSince: null,
    lastPollError: null,
    uplink: {
      uplinkId: 70,
      state: UplinkState.Compliant,
      stateReason: null,
      stateChangedAt: null,
      evaluatedAt: new Date(T0),
      tierPolicyId: 3,
      policy: { membersRequired: 2, memberBandwidthMbps: 200 },
      members,
    },
  };
}

/** After a reboot ifIndex 1 answers as port 2 and ifIndex 2 as port 1. */
function renumberedReading(): NodeReading {
  return {
    sysUptimeTicks: 500,
    engineTimeSeconds: null,
    readAtMs: T0 + 60_000,
    interfaces: new Map(),
    missingIfIndexes: [],
    renumbered: [
      { ifIndex: 1, expectedIfName: 'GigabitEthernet0/0/1', foundIfName: 'GigabitEthernet0/0/2' },
      { ifIndex: 2, expectedIfName: 'GigabitEthernet0/0/2', foundIfName: 'GigabitEthernet0/0/1' },
    ],
  };
}

describe('a poll that finds members renumbered', () => {
  it('when both members are renumbered, then no sample, no status, and the skip is recorded', () => {
    const assessment = assessNodePoll(
      node([member(1), member(2, false)]),
      {
        reading: renumberedReading(),
      },
      { evaluatedAt: new Date(T0 + 60_000) },
    );
    expect(assessment.samples).toEqual([]);
    expect(assessment.memberRates).toEqual([]);
    expect(assessment.memberStatuses).toEqual([]);
    expect(assessment.interfaceChanges).toEqual([]);
    expect(assessment.skippedIntervals).toEqual({ interface_renumbered: 2 });
    // The circuit's own counters stay stored; member 2 was never read, so it has no state.
    expect(assessment.counterStates).toEqual([
      jasmine.objectContaining({
        interface_id: 101,
        in_octets: '5000',
        out_octets: '6000',
        read_at: new Date(T0),
        last_skip_reason: 'interface_renumbered',
        last_skip_at: new Date(T0 + 60_000),
      }),
    ]);
    expect(assessment.uplink?.state).toBe(UplinkState.Unknown);
  });

  it('when the poll target is built, then it carries the stored names and the node encoding', () => {
    const expected = expectedInterfaceNames(node([member(1), member(2)]));
    expect([...expected.byIfIndex]).toEqual([
      [1, 'GigabitEthernet0/0/1'],
      [2, 'GigabitEthernet0/0/2'],
    ]);
    expect(expected.textEncoding).toBe('gb18030');
  });
});
