/**
 * The alert engine's core, pure: one rule's condition on one subject (an uplink is down, a
 * node is unreachable…) advanced by what was observed since the last run, giving the alert
 * actions to take. No clock, no database: the job feeds it rows and writes its answer.
 *
 * - Hysteresis: an alert is raised once the condition has held `raiseAfterMs`, and cleared once
 *   it has been gone `clearAfterMs`; a blip shorter than that raises nothing.
 * - Flap damping: `flapChanges` changes of the condition within `flapWindowMs` mark the alert
 *   flapping (raising it if needed). A flapping alert is neither cleared nor re-raised; it
 *   stops flapping once the condition has not changed for a whole window, and from then the
 *   hysteresis rules apply again.
 */

export interface ConditionTiming {
  raiseAfterMs: number;
  clearAfterMs: number;
  /** 0 switches flap damping off. */
  flapChanges: number;
  flapWindowMs: number;
}

/** What the engine remembers between runs about one subject under one rule. */
export interface ConditionTrack {
  holds: boolean;
  /** Epoch ms of the last change of `holds` (or when it was first seen holding). */
  changedAt: number;
  /** Epoch ms of the changes inside the flap window, oldest first. */
  recentChanges: number[];
  /** The open alert, if any. */
  alert: { isFlapping: boolean } | null;
}

/** The condition as seen at a moment (a state-change row, or the current reading). */
export interface ConditionObservation {
  at: number;
  holds: boolean;
}

export type ConditionAction = 'raise' | 'clear' | 'flapping_started' | 'flapping_ended';

export interface ConditionStep {
  /** Null when there is nothing left to remember (condition gone, quiet, no alert). */
  track: ConditionTrack | null;
  /** In the order they happen; `raise` before `flapping_started` when both. */
  actions: ConditionAction[];
}

export function advanceCondition(
  previous: ConditionTrack | null,
  observations: readonly ConditionObservation[],
  timing: ConditionTiming,
  now: number,
): ConditionStep {
  const track = applyObservations(previous, observations, now);
  track.recentChanges = track.recentChanges.filter((at) => at > now - timing.flapWindowMs);
  const actions: ConditionAction[] = [];
  const isFlappingNow = timing.flapChanges > 0 && track.recentChanges.length >= timing.flapChanges;

  if (track.alert?.isFlapping) {
    if (track.recentChanges.length > 0) return { track, actions };
    track.alert = { isFlapping: false };
    actions.push('flapping_ended');
  } else if (isFlappingNow) {
    if (!track.alert) actions.push('raise');
    track.alert = { isFlapping: true };
    actions.push('flapping_started');
    return { track, actions };
  }

  const heldFor = now - track.changedAt;
  if (!track.alert && track.holds && heldFor >= timing.raiseAfterMs) {
    track.alert = { isFlapping: false };
    actions.push('raise');
  } else if (track.alert && !track.holds && heldFor >= timing.clearAfterMs) {
    track.alert = null;
    actions.push('clear');
  }
  const isWorthKeeping = track.holds || track.alert !== null || track.recentChanges.length > 0;
  return { track: isWorthKeeping ? track : null, actions };
}

function applyObservations(
  previous: ConditionTrack | null,
  observations: readonly ConditionObservation[],
  now: number,
): ConditionTrack {
  const track: ConditionTrack = previous
    ? {
        ...previous,
        recentChanges: [...previous.recentChanges],
        alert: previous.alert && { ...previous.alert },
      }
    : { holds: false, changedAt: now, recentChanges: [], alert: null };
  const ordered = [...observations].sort((a, b) => a.at - b.at);
  for (const observation of ordered) {
    if (observation.holds === track.holds) continue;
    // A change stamped in the future (clock skew between collectors) counts as now.
    const at = Math.min(observation.at, now);
    track.holds = observation.holds;
    track.changedAt = at;
    track.recentChanges.push(at);
  }
  return track;
}

/**
 * A threshold condition with separate levels (utilisation ≥ 90 % starts congestion, < 80 %
 * ends it): between the two levels the condition keeps what it was. An unknown value keeps it too.
 */
export function thresholdHolds(
  value: number | null,
  wasHolding: boolean,
  levels: { raise: number; clear: number },
): boolean {
  if (value === null) return wasHolding;
  return wasHolding ? value >= levels.clear : value >= levels.raise;
}
