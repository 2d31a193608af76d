import {
  advanceCondition,
  thresholdHolds,
  type ConditionObservation,
  type ConditionTiming,
  type ConditionTrack,
} from './condition-track';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-23T08:00:00Z');
const timing: ConditionTiming = {
  raiseAfterMs: 2 * MINUTE,
  clearAfterMs: 5 * MINUTE,
  flapChanges: 4,
  flapWindowMs: 30 * MINUTE,
};

const at = (minutes: number): number => T0 + minutes * MINUTE;
const seen = (minutes: number, holds: boolean): ConditionObservation => ({
  at: at(minutes),
  holds,
});

/** Runs the engine once per entry, like the job does, carrying the track between runs. */
function runs(
  steps: { now: number; observations?: ConditionObservation[] }[],
  start: ConditionTrack | null = null,
): { track: ConditionTrack | null; actions: string[][] } {
  let track = start;
  const actions: string[][] = [];
  for (const step of steps) {
    const result = advanceCondition(track, step.observations ?? [], timing, step.now);
    track = result.track;
    actions.push(result.actions);
  }
  return { track, actions };
}

describe('advanceCondition', () => {
  describe('hysteresis', () => {
    it('when the condition has held less than raiseAfter, then nothing is raised yet', () => {
      const { actions, track } = runs([{ now: at(1), observations: [seen(0, true)] }]);
      expect(actions).toEqual([[]]);
      expect(track).toEqual(jasmine.objectContaining({ holds: true, alert: null }));
    });

    it('when the condition has held raiseAfter, then the alert is raised once', () => {
      const { actions } = runs([
        { now: at(1), observations: [seen(0, true)] },
        { now: at(2) },
        { now: at(3) },
      ]);
      expect(actions).toEqual([[], ['raise'], []]);
    });

    it('when the condition goes away before raiseAfter, then nothing is raised and nothing kept but the change', () => {
      const { actions, track } = runs([
        { now: at(1), observations: [seen(0, true), seen(1, false)] },
        { now: at(10) },
      ]);
      expect(actions).toEqual([[], []]);
      expect(track?.alert ?? null).toBeNull();
      expect(track?.holds).toBeFalse();
    });

    it('when the condition is gone for less than clearAfter, then the alert stays open', () => {
      const { actions, track } = runs([
        { now: at(3), observations: [seen(0, true)] },
        { now: at(6), observations: [seen(4, false)] },
        { now: at(8) },
      ]);
      expect(actions).toEqual([['raise'], [], []]);
      expect(track?.alert).toEqual({ isFlapping: false });
    });

    it('when the condition is gone for clearAfter, then the alert clears and the track is dropped once quiet', () => {
      const { actions } = runs([
        { now: at(3), observations: [seen(0, true)] },
        { now: at(9), observations: [seen(4, false)] },
      ]);
      expect(actions).toEqual([['raise'], ['clear']]);
      const later = advanceCondition(
        { holds: false, changedAt: at(4), recentChanges: [at(0), at(4)], alert: null },
        [],
        timing,
        at(40),
      );
      expect(later.track).toBeNull();
    });

    it('when the condition comes back before clearAfter, then the same alert stays open', () => {
      const { actions } = runs([
        { now: at(3), observations: [seen(0, true)] },
        { now: at(6), observations: [seen(4, false), seen(6, true)] },
        { now: at(20) },
      ]);
      expect(actions).toEqual([['raise'], [], []]);
    });

    it('when raiseAfter is 0, then the first sighting raises', () => {
      const immediate = { ...timing, raiseAfterMs: 0 };
      expect(advanceCondition(null, [seen(0, true)], immediate, at(0)).actions).toEqual(['raise']);
    });

    it('when nothing holds and nothing is tracked, then nothing is kept', () => {
      expect(advanceCondition(null, [seen(0, false)], timing, at(1))).toEqual({
        track: null,
        actions: [],
      });
    });

    it('when a change is stamped in the future, then it counts as now', () => {
      const { track } = runs([{ now: at(1), observations: [seen(5, true)] }]);
      expect(track?.changedAt).toBe(at(1));
    });
  });

  describe('flap damping', () => {
    it('when the condition changes flapChanges times within the window, then the alert is raised as flapping', () => {
      const { actions, track } = runs([
        {
          now: at(4),
          observations: [seen(0, true), seen(1, false), seen(2, true), seen(3, false)],
        },
      ]);
      expect(actions).toEqual([['raise', 'flapping_started']]);
      expect(track?.alert).toEqual({ isFlapping: true });
    });

    it('when an open alert starts flapping, then it is marked, not cleared or raised again', () => {
      const { actions } = runs([
        { now: at(3), observations: [seen(0, true)] },
        { now: at(12), observations: [seen(4, false), seen(10, true), seen(11, false)] },
        { now: at(25), observations: [seen(20, true), seen(24, false)] },
      ]);
      expect(actions).toEqual([['raise'], ['flapping_started'], []]);
    });

    it('when a flapping condition has been quiet for a whole window, then flapping ends and hysteresis clears it', () => {
      const flapping: ConditionTrack = {
        holds: false,
        changedAt: at(3),
        recentChanges: [at(0), at(1), at(2), at(3)],
        alert: { isFlapping: true },
      };
      expect(advanceCondition(flapping, [], timing, at(20)).actions).toEqual([]);
      expect(advanceCondition(flapping, [], timing, at(34)).actions).toEqual([
        'flapping_ended',
        'clear',
      ]);
    });

    it('when flapping ends while the condition holds, then the alert stays open', () => {
      const flapping: ConditionTrack = {
        holds: true,
        changedAt: at(3),
        recentChanges: [at(0), at(1), at(2), at(3)],
        alert: { isFlapping: true },
      };
      const step = advanceCondition(flapping, [], timing, at(34));
      expect(step.actions).toEqual(['flapping_ended']);
      expect(step.track?.alert).toEqual({ isFlapping: false });
    });

    it('when flapChanges is 0, then flap damping is off', () => {
      const off = { ...timing, flapChanges: 0 };
      const observations = [seen(0, true), seen(1, false), seen(2, true), seen(3, false)];
      expect(advanceCondition(null, observations, off, at(4)).actions).toEqual([]);
    });

    it('when changes are older than the window, then they do not count', () => {
      const old: ConditionTrack = {
        holds: true,
        changedAt: at(0),
        recentChanges: [at(0), at(1), at(2)],
        alert: { isFlapping: false },
      };
      expect(advanceCondition(old, [seen(40, false)], timing, at(40)).actions).toEqual([]);
    });
  });
});

describe('thresholdHolds', () => {
  const levels = { raise: 0.9, clear: 0.8 };

  it('when not holding, then it starts only at the raise level', () => {
    expect(thresholdHolds(0.89, false, levels)).toBeFalse();
    expect(thresholdHolds(0.9, false, levels)).toBeTrue();
  });

  it('when holding, then it ends only below the clear level', () => {
    expect(thresholdHolds(0.85, true, levels)).toBeTrue();
    expect(thresholdHolds(0.8, true, levels)).toBeTrue();
    expect(thresholdHolds(0.79, true, levels)).toBeFalse();
  });

  it('when the value is unknown, then it keeps what it was', () => {
    expect(thresholdHolds(null, true, levels)).toBeTrue();
    expect(thresholdHolds(null, false, levels)).toBeFalse();
  });
});
