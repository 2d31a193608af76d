import { IfStatus, UplinkState } from '@extranet/database';
import { evaluateTier, type MemberInput, type TierEvaluationInput } from './tier-evaluation';
import { formatMbps, formatTierReasonZh } from './tier-reason-text';

const DOUBLE_200M = { membersRequired: 2, memberBandwidthMbps: 200 };

function member(memberIndex: number, overrides: Partial<MemberInput> = {}): MemberInput {
  return {
    memberIndex,
    carrier: memberIndex === 1 ? '中国电信' : '中国联通',
    contractedMbps: 200,
    speedMbps: 1000,
    operStatus: IfStatus.Up,
    inBps: 80_000_000,
    outBps: 40_000_000,
    hasData: true,
    ...overrides,
  };
}

function evaluate(members: MemberInput[], extra: Partial<TierEvaluationInput> = {}) {
  return evaluateTier({ policy: DOUBLE_200M, members, isNodeReachable: true, ...extra });
}

describe('evaluateTier', () => {
  it('when both members are up, contracted at the tier on fast ports and not busy, then compliant', () => {
    const evaluation = evaluate([member(1), member(2)]);
    expect(evaluation.state).toBe(UplinkState.Compliant);
    expect(evaluation.utilisation).toBeCloseTo(0.4, 6);
    expect(formatTierReasonZh(evaluation.reason)).toBe('达标：2×200M');
  });

  it('when member 2 is down, then redundancy is lost and the reason names it', () => {
    const evaluation = evaluate([member(1), member(2, { operStatus: IfStatus.Down })]);
    expect(evaluation.state).toBe(UplinkState.RedundancyLost);
    expect(evaluation.reason).toEqual({
      code: 'member_down',
      members: [{ memberIndex: 2, carrier: '中国联通' }],
    });
    expect(formatTierReasonZh(evaluation.reason)).toBe('成员2(联通)中断');
  });

  it('when every member is down, then the uplink is down', () => {
    const evaluation = evaluate([
      member(1, { operStatus: IfStatus.Down }),
      member(2, { operStatus: IfStatus.LowerLayerDown }),
    ]);
    expect(evaluation.state).toBe(UplinkState.Down);
    expect(evaluation.reason.code).toBe('all_members_down');
    expect(formatTierReasonZh(evaluation.reason)).toBe('全部成员中断：成员1(电信)、成员2(联通)');
  });

  it('when the node does not answer, then the uplink is down whatever the last readings said', () => {
    const evaluation = evaluate([member(1), member(2)], { isNodeReachable: false });
    expect(evaluation.state).toBe(UplinkState.Down);
    expect(evaluation.reason).toEqual({ code: 'node_unreachable' });
  });

  it('when no member has been read yet, then the state is unknown', () => {
    const unread = { hasData: false, operStatus: null, inBps: null, outBps: null };
    const evaluation = evaluate([member(1, unread), member(2, unread)]);
    expect(evaluation.state).toBe(UplinkState.Unknown);
    expect(evaluation.utilisation).toBeNull();
  });

  it('when only one member exists for a double tier, then under-provisioned', () => {
    const evaluation = evaluate([member(1)]);
    expect(evaluation.state).toBe(UplinkState.UnderProvisioned);
    expect(evaluation.reason).toEqual({ code: 'members_missing', present: 1, required: 2 });
  });

  it('when an uplink has no member at all, then under-provisioned, not unknown', () => {
    expect(evaluate([]).state).toBe(UplinkState.UnderProvisioned);
  });

  it('when a member is contracted below the tier bandwidth, then under-provisioned', () => {
    const evaluation = evaluate([member(1), member(2, { contractedMbps: 100 })]);
    expect(evaluation.state).toBe(UplinkState.UnderProvisioned);
    expect(formatTierReasonZh(evaluation.reason)).toBe('成员2(联通)签约带宽100M低于层级要求200M');
  });

  it('when a port is slower than its contract, then under-provisioned', () => {
    const evaluation = evaluate([
      member(1, { speedMbps: 100, inBps: 50e6, outBps: 10e6 }),
      member(2),
    ]);
    expect(evaluation.state).toBe(UplinkState.UnderProvisioned);
    expect(evaluation.reason.code).toBe('port_below_contract');
    expect(formatTierReasonZh(evaluation.reason)).toBe('成员1(电信)端口速率100M低于签约带宽200M');
  });

  it('when a member carries ≥ 90 % of its contract in either direction, then congested', () => {
    const evaluation = evaluate([member(1), member(2, { inBps: 10e6, outBps: 194e6 })]);
    expect(evaluation.state).toBe(UplinkState.Congested);
    expect(evaluation.utilisation).toBeCloseTo(0.97, 6);
    expect(formatTierReasonZh(evaluation.reason)).toBe('成员2(联通)拥塞，95分位利用率97%');
  });

  it('when the window percentile is given, then congestion is judged on it, not on one interval', () => {
    const spike = evaluate([
      member(1, { inBps: 195e6, congestionUtilisation: 0.4 }),
      member(2, { congestionUtilisation: 0.3 }),
    ]);
    expect(spike.state).toBe(UplinkState.Compliant);
    const sustained = evaluate([
      member(1, { inBps: 50e6, congestionUtilisation: 0.95 }),
      member(2, { congestionUtilisation: null }),
    ]);
    expect(sustained.state).toBe(UplinkState.Congested);
    expect(formatTierReasonZh(sustained.reason)).toBe('成员1(电信)拥塞，95分位利用率95%');
  });

  it('when a member is just under the threshold, then not congested', () => {
    const evaluation = evaluate([member(1, { inBps: 179_999_999 }), member(2)]);
    expect(evaluation.state).toBe(UplinkState.Compliant);
  });

  it('when the threshold is configured lower, then it is honoured', () => {
    const evaluation = evaluate([member(1, { inBps: 150e6 }), member(2)], {
      congestionThreshold: 0.7,
    });
    expect(evaluation.state).toBe(UplinkState.Congested);
  });

  it('when rates are not known yet but all else is fine, then compliant (congestion is not guessed)', () => {
    const evaluation = evaluate([member(1, { inBps: null, outBps: null }), member(2)]);
    expect(evaluation.state).toBe(UplinkState.Compliant);
  });

  describe('precedence', () => {
    it('a member down outranks congestion and under-provisioning', () => {
      const evaluation = evaluate([
        member(1, { operStatus: IfStatus.Down }),
        member(2, { inBps: 199e6, contractedMbps: 100, speedMbps: 100 }),
      ]);
      expect(evaluation.state).toBe(UplinkState.RedundancyLost);
    });

    it('congestion outranks under-provisioning', () => {
      const evaluation = evaluate([member(1, { inBps: 195e6 })]);
      expect(evaluation.state).toBe(UplinkState.Congested);
    });

    it('an unreachable node outranks unknown', () => {
      const unread = { hasData: false, operStatus: null, inBps: null, outBps: null };
      const evaluation = evaluate([member(1, unread)], { isNodeReachable: false });
      expect(evaluation.state).toBe(UplinkState.Down);
    });

    it('a missing member outranks a contract below the tier', () => {
      const evaluation = evaluate([member(1, { contractedMbps: 100 })]);
      expect(evaluation.reason.code).toBe('members_missing');
    });
  });
});

describe('formatMbps', () => {
  it('when the bandwidth is a whole number of hundreds of Mbit/s above 1G, then it reads in G', () => {
    expect(formatMbps(10_000)).toBe('10G');
    expect(formatMbps(2_000)).toBe('2G');
    expect(formatMbps(2_500)).toBe('2.5G');
    expect(formatMbps(200)).toBe('200M');
  });
});
