import { AlertKind } from '@extranet/database';
import type { ConditionTrack } from './condition-track';
import {
  presenceObservations,
  stateChangeObservations,
  thresholdObservations,
  UPLINK_STATE_OF_KIND,
} from './alert-observations';
import { planRule, type EngineRule } from './alert-planner';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-23T08:00:00Z');
const at = (minutes: number): number => T0 + minutes * MINUTE;
const rule: EngineRule = {
  id: 1,
  isEnabled: true,
  raiseAfterSeconds: 60,
  clearAfterSeconds: 120,
  flapChanges: 5,
  flapWindowSeconds: 1800,
};
const holding = (since: number, alert: ConditionTrack['alert'] = null): ConditionTrack => ({
  holds: true,
  changedAt: since,
  recentChanges: [since],
  alert,
});

describe('stateChangeObservations', () => {
  it('when uplinks change state, then each change into or out of the watched state is observed', () => {
    const down = UPLINK_STATE_OF_KIND[AlertKind.UplinkDown]!;
    const observations = stateChangeObservations(
      down,
      [
        { uplinkId: 7, changedAt: at(0), toState: 'down' },
        { uplinkId: 7, changedAt: at(1), toState: 'compliant' },
        { uplinkId: 8, changedAt: at(0), toState: 'congested' },
        { uplinkId: 9, changedAt: at(0), toState: 'compliant' },
      ],
      new Map([['9', holding(at(-10))]]),
    );
    expect(observations.get('7')).toEqual([
      { at: at(0), holds: true },
      { at: at(1), holds: false },
    ]);
    expect(observations.has('8')).toBeFalse();
    expect(observations.get('9')).toEqual([{ at: at(0), holds: false }]);
  });
});

describe('thresholdObservations', () => {
  it('when utilisation hovers between the levels, then a congested uplink stays congested', () => {
    const observations = thresholdObservations(
      [
        { subjectId: '1', value: 0.85 },
        { subjectId: '2', value: 0.85 },
        { subjectId: '3', value: 0.95 },
      ],
      new Map([['1', holding(at(0))]]),
      { raise: 0.9, clear: 0.8 },
      at(5),
    );
    expect(observations.get('1')).toEqual([{ at: at(5), holds: true }]);
    expect(observations.has('2')).toBeFalse();
    expect(observations.get('3')).toEqual([{ at: at(5), holds: true }]);
  });
});

describe('presenceObservations', () => {
  it('when a tracked node is no longer unreachable, then it is observed as recovered', () => {
    const observations = presenceObservations(
      new Map([['5', at(-3)]]),
      new Map([['6', holding(at(-10))]]),
      at(0),
    );
    expect(observations.get('5')).toEqual([{ at: at(-3), holds: true }]);
    expect(observations.get('6')).toEqual([{ at: at(0), holds: false }]);
  });
});

describe('planRule', () => {
  it('when a condition has held long enough, then the step raises and carries the new track', () => {
    const steps = planRule(rule, new Map(), new Map([['7', [{ at: at(0), holds: true }]]]), at(2));
    expect(steps.length).toBe(1);
    expect(steps[0]!.actions).toEqual(['raise']);
    expect(steps[0]!.next?.alert).toEqual({ isFlapping: false });
  });

  it('when nothing moved for a tracked subject, then no step is planned', () => {
    const tracks = new Map([['7', holding(at(0), { isFlapping: false })]]);
    expect(planRule(rule, tracks, new Map(), at(3))).toEqual([]);
  });

  it('when the rule is disabled, then open alerts clear after the clear delay and nothing is raised', () => {
    const disabled = { ...rule, isEnabled: false };
    const tracks = new Map([['7', holding(at(0), { isFlapping: false })]]);
    const fresh = new Map([['8', [{ at: at(0), holds: true }]]]);
    const first = planRule(disabled, tracks, fresh, at(10));
    expect(first.map((step) => step.subjectId)).toEqual(['7']);
    expect(first[0]!.actions).toEqual([]);
    const second = planRule(disabled, new Map([['7', first[0]!.next!]]), fresh, at(13));
    expect(second[0]!.actions).toEqual(['clear']);
  });
});
