import { NodeReachability } from '@extranet/database';
import { isNewPollError, stepReachability, type ReachabilityState } from './node-reachability';

describe('node reachability streak', () => {
  const at = new Date('2026-11-23T08:00:00Z');
  const fresh: ReachabilityState = {
    reachability: NodeReachability.Unknown,
    consecutiveFailures: 0,
    unreachableSince: null,
  };

  it('when a node fails fewer polls in a row than the limit, then it is not yet unreachable', () => {
    const first = stepReachability(fresh, false, at, 3);
    const second = stepReachability(first.next, false, at, 3);
    expect(second.next.reachability).toBe(NodeReachability.Unknown);
    expect(second.next.consecutiveFailures).toBe(2);
    expect(second.transition).toBeNull();
  });

  it('when the third failure in a row comes, then it becomes unreachable since that poll, once', () => {
    let state = fresh;
    const transitions: (string | null)[] = [];
    for (let poll = 0; poll < 5; poll += 1) {
      const step = stepReachability(state, false, at, 3);
      transitions.push(step.transition);
      state = step.next;
    }
    expect(transitions).toEqual([null, null, 'became_unreachable', null, null]);
    expect(state.reachability).toBe(NodeReachability.Unreachable);
    expect(state.unreachableSince).toEqual(at);
    expect(state.consecutiveFailures).toBe(5);
  });

  it('when an unreachable node answers, then it is reachable again and the streak ends', () => {
    const down: ReachabilityState = {
      reachability: NodeReachability.Unreachable,
      consecutiveFailures: 7,
      unreachableSince: at,
    };
    const step = stepReachability(down, true, at, 3);
    expect(step.next).toEqual({
      reachability: NodeReachability.Reachable,
      consecutiveFailures: 0,
      unreachableSince: null,
    });
    expect(step.transition).toBe('became_reachable');
  });

  it('when a failure breaks a streak of answers, then the count restarts from one', () => {
    const afterAnswer = stepReachability({ ...fresh, consecutiveFailures: 2 }, true, at, 3).next;
    expect(stepReachability(afterAnswer, false, at, 3).next.consecutiveFailures).toBe(1);
  });

  it('when the limit is 1, then the first failure declares the node unreachable', () => {
    expect(stepReachability(fresh, false, at, 1).transition).toBe('became_unreachable');
  });

  it('when the same error repeats, then it is not news; when it appears or changes, it is', () => {
    expect(isNewPollError(null, 'SNMP timeout')).toBeTrue();
    expect(isNewPollError('SNMP timeout', 'SNMP timeout')).toBeFalse();
    expect(isNewPollError('SNMP timeout', 'SNMP error: authorizationError')).toBeTrue();
    expect(isNewPollError('SNMP timeout', null)).toBeFalse();
  });
});
