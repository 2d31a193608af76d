import { IfStatus, UplinkState } from '@extranet/database';
import { evaluateTier } from './tier-evaluation';
import { stateChangeOf } from './uplink-state-change';

describe('uplink state change rows', () => {
  const at = new Date('2026-11-23T08:00:00Z');
  const member = (memberIndex: number, operStatus: number) => ({
    memberIndex,
    carrier: memberIndex === 1 ? '中国电信' : '中国联通',
    contractedMbps: 200,
    speedMbps: 1000,
    operStatus,
    inBps: 1e6,
    outBps: 1e6,
    hasData: true,
  });

  it('when a member goes down, then the row carries the code, its params as JSON and the zh-CN text', () => {
    const evaluation = evaluateTier({
      policy: { membersRequired: 2, memberBandwidthMbps: 200 },
      members: [member(1, IfStatus.Up), member(2, IfStatus.Down)],
      isNodeReachable: true,
    });
    const row = stateChangeOf(42, UplinkState.Compliant, evaluation, at);
    expect(row).toEqual({
      uplink_id: 42,
      changed_at: at,
      from_state: UplinkState.Compliant,
      to_state: UplinkState.RedundancyLost,
      reason_code: 'member_down',
      reason_params: JSON.stringify({ members: [{ memberIndex: 2, carrier: '中国联通' }] }),
      reason_text: '成员2(联通)中断',
    });
  });

  it('when the uplink is evaluated for the first time, then it changes from nothing, with empty params', () => {
    const evaluation = evaluateTier({
      policy: { membersRequired: 2, memberBandwidthMbps: 200 },
      members: [],
      isNodeReachable: false,
    });
    const row = stateChangeOf(7, null, evaluation, at);
    expect(row.from_state).toBeNull();
    expect(row.to_state).toBe(UplinkState.Down);
    expect(row.reason_params).toBe('{}');
    expect(row.reason_text).toBe('节点无响应(SNMP)');
  });
});
