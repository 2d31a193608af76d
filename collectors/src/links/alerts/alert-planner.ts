import {
  advanceCondition,
  type ConditionAction,
  type ConditionTiming,
  type ConditionTrack,
} from './condition-track';
import type { ObservationsBySubject } from './alert-observations';

/** A rule as the engine needs it (the rest of alert_rules is for people and webhooks). */
export interface EngineRule {
  id: number;
  isEnabled: boolean;
  raiseAfterSeconds: number;
  clearAfterSeconds: number;
  flapChanges: number;
  flapWindowSeconds: number;
}

/** What changes for one subject under one rule in this run. */
export interface SubjectStep {
  subjectId: string;
  previous: ConditionTrack | null;
  next: ConditionTrack | null;
  actions: ConditionAction[];
}

export function timingOf(rule: EngineRule): ConditionTiming {
  return {
    raiseAfterMs: rule.raiseAfterSeconds * 1000,
    clearAfterMs: rule.clearAfterSeconds * 1000,
    flapChanges: rule.flapChanges,
    flapWindowMs: rule.flapWindowSeconds * 1000,
  };
}

/**
 * Advances every subject the rule knows of (tracked or newly observed). A disabled rule sees
 * its conditions as gone, so its open alerts clear through the same hysteresis and nothing new
 * is raised. Subjects whose track and actions did not change are left out, so the job writes
 * only what moved.
 */
export function planRule(
  rule: EngineRule,
  tracks: ReadonlyMap<string, ConditionTrack>,
  observations: ObservationsBySubject,
  now: number,
): SubjectStep[] {
  const timing = timingOf(rule);
  const subjects = new Set([...tracks.keys(), ...(rule.isEnabled ? observations.keys() : [])]);
  const steps: SubjectStep[] = [];
  for (const subjectId of subjects) {
    const previous = tracks.get(subjectId) ?? null;
    const seen = rule.isEnabled ? (observations.get(subjectId) ?? []) : [{ at: now, holds: false }];
    const { track: next, actions } = advanceCondition(previous, seen, timing, now);
    if (actions.length === 0 && sameTrack(previous, next)) continue;
    steps.push({ subjectId, previous, next, actions });
  }
  return steps;
}

function sameTrack(a: ConditionTrack | null, b: ConditionTrack | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
