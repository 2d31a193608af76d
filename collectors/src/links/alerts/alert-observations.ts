import { AlertKind, UplinkState, type AlertKind as Kind } from '@extranet/database';
import { thresholdHolds, type ConditionObservation, type ConditionTrack } from './condition-track';

/**
 * Turns what the collector wrote into observations of each rule's condition, per subject id.
 * Pure: the job reads the rows, these decide what they mean.
 */
export type ObservationsBySubject = Map<string, ConditionObservation[]>;

/** The tier state an uplink rule watches; congestion is a utilisation threshold instead. */
export const UPLINK_STATE_OF_KIND: Partial<Record<Kind, UplinkState>> = {
  [AlertKind.UplinkDown]: UplinkState.Down,
  [AlertKind.RedundancyLost]: UplinkState.RedundancyLost,
  [AlertKind.UnderProvisioned]: UplinkState.UnderProvisioned,
};

export interface StateChangeRow {
  uplinkId: number;
  changedAt: number;
  toState: string;
}

/**
 * Every state change is an observation, not just the latest: an uplink that went down and came
 * back between two runs still counts two changes towards flap damping.
 */
export function stateChangeObservations(
  watchedState: string,
  changes: readonly StateChangeRow[],
  tracks: ReadonlyMap<string, ConditionTrack>,
): ObservationsBySubject {
  const observations: ObservationsBySubject = new Map();
  for (const change of changes) {
    const subjectId = String(change.uplinkId);
    const holds = change.toState === watchedState;
    // A change between two other states says nothing to a subject nobody tracks.
    if (!holds && !tracks.has(subjectId) && !observations.has(subjectId)) continue;
    const list = observations.get(subjectId) ?? [];
    list.push({ at: change.changedAt, holds });
    observations.set(subjectId, list);
  }
  return observations;
}

export interface ThresholdReading {
  subjectId: string;
  /** Null when unknown (e.g. no rate this interval): the condition keeps what it was. */
  value: number | null;
}

/** Readings of a threshold rule (utilisation, heartbeat age) against its raise/clear levels. */
export function thresholdObservations(
  readings: readonly ThresholdReading[],
  tracks: ReadonlyMap<string, ConditionTrack>,
  levels: { raise: number; clear: number },
  now: number,
): ObservationsBySubject {
  const observations: ObservationsBySubject = new Map();
  for (const reading of readings) {
    const wasHolding = tracks.get(reading.subjectId)?.holds ?? false;
    const holds = thresholdHolds(reading.value, wasHolding, levels);
    if (!holds && !tracks.has(reading.subjectId)) continue;
    observations.set(reading.subjectId, [{ at: now, holds }]);
  }
  return observations;
}

/**
 * A condition known only as "these subjects are in it now, since when" (unreachable nodes):
 * a tracked subject missing from the set has left the condition.
 */
export function presenceObservations(
  holding: ReadonlyMap<string, number | null>,
  tracks: ReadonlyMap<string, ConditionTrack>,
  now: number,
): ObservationsBySubject {
  const observations: ObservationsBySubject = new Map();
  for (const [subjectId, since] of holding) {
    observations.set(subjectId, [{ at: since ?? now, holds: true }]);
  }
  for (const subjectId of tracks.keys()) {
    if (!holding.has(subjectId)) observations.set(subjectId, [{ at: now, holds: false }]);
  }
  return observations;
}
