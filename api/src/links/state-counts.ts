import { UplinkState } from '@extranet/database';
import { emptyByState, type ByState } from './link-refs.schemas';

export interface StateTally {
  total: number;
  byState: ByState;
}

export function emptyTally(): StateTally {
  return { total: 0, byState: emptyByState() };
}

/** Folds `(key, state, count)` rows from a GROUP BY into one tally per key. */
export function tallyByKey<K>(
  rows: Iterable<{ key: K; state: UplinkState; count: number }>,
): Map<K, StateTally> {
  const tallies = new Map<K, StateTally>();
  for (const row of rows) {
    let tally = tallies.get(row.key);
    if (!tally) {
      tally = emptyTally();
      tallies.set(row.key, tally);
    }
    // A state unknown to this build (a newer collector) still counts toward the total.
    if (row.state in tally.byState) tally.byState[row.state] += row.count;
    tally.total += row.count;
  }
  return tallies;
}

/** Share of compliant uplinks, 0..1; null when there are none to judge. */
export function compliantRatio(tally: StateTally): number | null {
  return tally.total === 0 ? null : tally.byState[UplinkState.Compliant] / tally.total;
}
