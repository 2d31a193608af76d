import { IfStatus, UplinkState } from '@extranet/database';
import { CongestionWindows } from './congestion-window';
import { assessNodePoll } from './node-poll-assessment';
import type { PollableMember, PollableNode } from './poll-target-repository';
import type { NodeReading } from './snmp-uplink-poller';

const T0 = Date.UTC(2026, 10, 2, 2, 0, 0);
const DAY_TICKS = 8_640_000;
const EVALUATED_AT = new Date(T0 + 60_000);
const EARLIER = new Date(T0 - 3_600_000);

function member(memberIndex: number, overrides: Partial<PollableMember> = {}): PollableMember {
  return {
    memberId: 10 + memberIndex,
    memberIndex,
    carrier: memberIndex === 1 ? '中国电信' : '中国联通',
    contractedMbps: 200,
    interfaceId: 100 + memberIndex,
    ifIndex: memberIndex,
    speedMbps: 1000,
    operStatus: IfStatus.Up,
    adminStatus: IfStatus.Up,
    lastInBps: 50e6,
    lastOutBps: 20e6,
    counters: {
      inOctets: 2n ** 53n,
      outOctets: 1_000n,
      counterBits: 64,
      sysUptimeTicks: DAY_TICKS,
      readAtMs: T0,
    },
    lastSkipReason: null,
    lastSkipAt: null,
    ...overrides,
  };
}

function node(members: PollableMember[], state: UplinkState = UplinkState.Compliant): PollableNode {
  return {
    nodeId: 7,
    unitCode: '421321100',
    hostname: 'HB-421321100-R01',
    mgmtAddress: '127.20.1.1',
    snmpPort: 16161,
    communitySealed: 'v1:sealed',
    level: 'township',
    reachability: 'reachable',
    consecutiveFailures: 0,
    unreachableSince: null,
    lastPollError: null,
    uplink: {
      uplinkId: 70,
      state,
      stateReason: null,
      stateChangedAt: EARLIER,
      evaluatedAt: EARLIER,
      tierPolicyId: 3,
      policy: { membersRequired: 2, memberBandwidthMbps: 200 },
      members,
    },
  };
}

/** 60 s after T0, member 1 moved 750 MB in (100 Mbit/s), member 2 75 MB in (10 Mbit/s). */
function reading(overrides: { uptimeTicks?: number; member2Status?: number } = {}): NodeReading {
  const readAtMs = T0 + 60_000;
  return {
    sysUptimeTicks: overrides.uptimeTicks ?? DAY_TICKS + 6_000,
    readAtMs,
    engineTimeSeconds: null,
    missingIfIndexes: [],
    renumbered: [],
    interfaces: new Map([
      [
        1,
        {
          ifIndex: 1,
          inOctets: 2n ** 53n + 750_000_000n,
          outOctets: 1_000n + 75_000_000n,
          operStatus: 1,
          adminStatus: 1,
          highSpeedMbps: 1000,
          counterBits: 64,
          discontinuityTicks: null,
          readAtMs,
        },
      ],
      [
        2,
        {
          ifIndex: 2,
          inOctets: 2n ** 53n + 75_000_000n,
          outOctets: 1_000n,
          operStatus: overrides.member2Status ?? 1,
          adminStatus: 1,
          highSpeedMbps: 1000,
          counterBits: 64,
          discontinuityTicks: null,
          readAtMs,
        },
      ],
    ]),
  };
}

describe('assessNodePoll', () => {
  it('when both members have a previous read, then it stores one sample each and sums the uplink', () => {
    const assessment = assessNodePoll(
      node([member(1), member(2)]),
      { reading: reading() },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(
      assessment.samples.map((sample) => [sample.interface_id, sample.in_bps, sample.out_bps]),
    ).toEqual([
      [101, 100_000_000, 10_000_000],
      [102, 10_000_000, 0],
    ]);
    expect(assessment.counterStates[0].in_octets).toBe((2n ** 53n + 750_000_000n).toString());
    expect(assessment.uplink).toEqual(
      jasmine.objectContaining({
        state: UplinkState.Compliant,
        inBps: 110_000_000,
        outBps: 10_000_000,
        hasStateChanged: false,
      }),
    );
    expect(assessment.uplink?.stateChangedAt).toBe(EARLIER); // unchanged state keeps its moment
    expect(assessment.uplink?.utilisation).toBeCloseTo(0.5, 6);
  });

  it('when the node rebooted, then no sample is stored, counters are kept for next time, and traffic stays last known', () => {
    const assessment = assessNodePoll(
      node([member(1), member(2)]),
      { reading: reading({ uptimeTicks: 1_200 }) },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(assessment.samples).toEqual([]);
    expect(assessment.skippedIntervals).toEqual({ reboot: 2 });
    expect(assessment.counterStates.length).toBe(2);
    expect(assessment.memberStatuses.map((status) => status.id)).toEqual([11, 12]);
    expect(assessment.uplink?.inBps).toBe(100e6); // the members' last rates, 50 + 50 Mbit/s
  });

  it('when member 2 reports down, then the state changes now and the interface change is written', () => {
    const assessment = assessNodePoll(
      node([member(1), member(2)]),
      { reading: reading({ member2Status: IfStatus.Down }) },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(assessment.uplink?.state).toBe(UplinkState.RedundancyLost);
    expect(assessment.uplink?.stateReason).toBe('成员2(联通)中断');
    expect(assessment.uplink?.stateChangedAt).toBe(EVALUATED_AT);
    expect(assessment.interfaceChanges).toEqual([
      { id: 102, operStatus: IfStatus.Down, adminStatus: IfStatus.Up, speedMbps: 1000 },
    ]);
  });

  it('when the node did not answer, then the uplink is down with the error and nothing else is written', () => {
    const assessment = assessNodePoll(
      node([member(1), member(2)]),
      { error: 'SNMP timeout after 2 attempt(s)' },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(assessment.error).toMatch(/timeout/);
    expect(assessment.samples).toEqual([]);
    expect(assessment.counterStates).toEqual([]);
    expect(assessment.uplink).toEqual(
      jasmine.objectContaining({
        state: UplinkState.Down,
        stateReason: '节点无响应(SNMP)',
        inBps: null,
        outBps: null,
      }),
    );
  });

  it('when a member has no previous counters, then its interval is unknown but its state counts', () => {
    const assessment = assessNodePoll(
      node([member(1, { counters: null }), member(2)]),
      { reading: reading() },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(assessment.samples.map((sample) => sample.interface_id)).toEqual([102]);
    expect(assessment.skippedIntervals).toEqual({ no_previous: 1 });
    expect(assessment.uplink?.state).toBe(UplinkState.Compliant);
  });

  it('when the agent no longer knows a member interface, then that member is unread, not down', () => {
    const partial = reading();
    partial.interfaces.delete(2);
    partial.missingIfIndexes.push(2);
    const assessment = assessNodePoll(
      node([member(1), member(2)]),
      { reading: partial },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(assessment.counterStates.map((state) => state.interface_id)).toEqual([101]);
    expect(assessment.uplink?.state).toBe(UplinkState.Compliant);
  });

  it('when a node has no uplink (the province), then only its poll outcome is recorded', () => {
    const province = { ...node([]), uplink: null };
    const assessment = assessNodePoll(
      province,
      { reading: reading() },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(assessment.uplink).toBeNull();
    expect(assessment.error).toBeNull();
  });
  it('when the state changes, then a state-change row carries from, to, reason code and zh-CN text', () => {
    const assessment = assessNodePoll(
      node([member(1), member(2)]),
      { reading: reading({ member2Status: IfStatus.Down }) },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(assessment.uplink?.stateChange).toEqual(
      jasmine.objectContaining({
        uplink_id: 70,
        changed_at: EVALUATED_AT,
        from_state: UplinkState.Compliant,
        to_state: UplinkState.RedundancyLost,
        reason_code: 'member_down',
        reason_text: '成员2(联通)中断',
      }),
    );
    const steady = assessNodePoll(
      node([member(1), member(2)]),
      { reading: reading() },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(steady.uplink?.stateChange).toBeNull();
  });

  it('when an uplink is evaluated for the first time, then the change is recorded from nothing even if the state is the default', () => {
    const fresh = node([member(1), member(2)], UplinkState.Unknown);
    fresh.uplink!.evaluatedAt = null;
    const assessment = assessNodePoll(
      fresh,
      { error: 'SNMP timeout' },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(assessment.uplink?.stateChange?.from_state).toBeNull();
    expect(assessment.uplink?.stateChange?.to_state).toBe(UplinkState.Down);
    expect(assessment.uplink?.stateChangedAt).toBe(EVALUATED_AT);
  });

  it('when an interval is left unknown, then its reason and time are kept on the counter state; a good interval keeps the last one', () => {
    const rebooted = assessNodePoll(
      node([member(1), member(2)]),
      { reading: reading({ uptimeTicks: 1_200 }) },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(rebooted.counterStates[0].last_skip_reason).toBe('reboot');
    expect(rebooted.counterStates[0].last_skip_at).toEqual(new Date(T0 + 60_000));
    const later = assessNodePoll(
      node([member(1, { lastSkipReason: 'reboot', lastSkipAt: EARLIER }), member(2)]),
      { reading: reading() },
      { evaluatedAt: EVALUATED_AT },
    );
    expect(later.counterStates[0].last_skip_reason).toBe('reboot');
    expect(later.counterStates[0].last_skip_at).toBe(EARLIER);
  });

  it('when a node fails, then its failure streak grows and the new error is news once', () => {
    const failing = { ...node([member(1), member(2)]), consecutiveFailures: 2 };
    const assessment = assessNodePoll(
      failing,
      { error: 'SNMP timeout' },
      { evaluatedAt: EVALUATED_AT, unreachableAfter: 3 },
    );
    expect(assessment.reachability.transition).toBe('became_unreachable');
    expect(assessment.isNewError).toBeTrue();
    const again = assessNodePoll(
      { ...failing, lastPollError: 'SNMP timeout' },
      { error: 'SNMP timeout' },
      { evaluatedAt: EVALUATED_AT, unreachableAfter: 3 },
    );
    expect(again.isNewError).toBeFalse();
  });

  it('when windows are given, then one busy interval is not congestion but a busy window is', () => {
    const busy = (inBps: number) => {
      const busyReading = reading();
      const first = busyReading.interfaces.get(1)!;
      // 60 s at inBps on top of the previous counters.
      first.inOctets = 2n ** 53n + BigInt(Math.round((inBps * 60) / 8));
      return busyReading;
    };
    const windows = new CongestionWindows(15);
    for (let minute = 1; minute <= 10; minute += 1) {
      windows.add(11, EVALUATED_AT.getTime() - minute * 60_000, 0.3);
    }
    const spike = assessNodePoll(
      node([member(1), member(2)]),
      { reading: busy(195e6) },
      { evaluatedAt: EVALUATED_AT, congestion: windows },
    );
    expect(spike.uplink?.state).toBe(UplinkState.Compliant);

    const sustained = new CongestionWindows(15);
    for (let minute = 1; minute <= 10; minute += 1) {
      sustained.add(11, EVALUATED_AT.getTime() - minute * 60_000, 0.97);
    }
    const congested = assessNodePoll(
      node([member(1), member(2)]),
      { reading: busy(195e6) },
      { evaluatedAt: EVALUATED_AT, congestion: sustained },
    );
    expect(congested.uplink?.state).toBe(UplinkState.Congested);
  });
});
