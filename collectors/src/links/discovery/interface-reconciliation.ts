import type { DiscoveredInterface } from './discovered-interface';

/** An interface row as stored, with what decides whether it may be deleted. */
export interface StoredInterface {
  id: number;
  ifIndex: number;
  ifName: string;
  isPresent: boolean;
  /** Carries an uplink member, counter state or samples: history that must stay reachable. */
  hasHistory: boolean;
}

export interface MatchedInterface {
  /** The row keeps its id, so samples (keyed on it) stay with the circuit. */
  id: number;
  previousIfIndex: number;
  wasPresent: boolean;
  discovered: DiscoveredInterface;
}

export interface ReconciliationPlan {
  matched: MatchedInterface[];
  inserted: DiscoveredInterface[];
  /** Gone from the node but with history: kept, marked absent. */
  markedAbsent: StoredInterface[];
  /** Gone from the node and never used: removed. */
  deleted: StoredInterface[];
}

/**
 * Matches a walk to the stored rows by ifName, not ifIndex: after a reboot a device may number
 * its ports differently, and the row (with its circuit and history) must follow the port, not
 * the number. Among rows of the same name the one at the same ifIndex wins. A stored row no
 * walked interface names is gone when the walk was complete, or when another interface now
 * holds its ifIndex; after a walk cut short it is otherwise left alone (it may lie beyond the
 * cut). Pure: the repository applies the plan.
 */
export function planInterfaceReconciliation(
  stored: readonly StoredInterface[],
  discovered: readonly DiscoveredInterface[],
  options: { isWalkComplete: boolean },
): ReconciliationPlan {
  const unclaimed = new Map<string, DiscoveredInterface[]>();
  for (const iface of discovered) {
    const sameName = unclaimed.get(iface.ifName) ?? [];
    sameName.push(iface);
    unclaimed.set(iface.ifName, sameName);
  }
  const plan: ReconciliationPlan = { matched: [], inserted: [], markedAbsent: [], deleted: [] };
  const unmatched: StoredInterface[] = [];
  // Present rows first: they are the likelier owners of a name than long-absent ones.
  const byPriority = [...stored].sort(
    (a, b) => Number(b.isPresent) - Number(a.isPresent) || a.id - b.id,
  );
  for (const row of byPriority) {
    const candidates = unclaimed.get(row.ifName) ?? [];
    const atSameIndex = candidates.findIndex((iface) => iface.ifIndex === row.ifIndex);
    const chosen = atSameIndex >= 0 ? atSameIndex : candidates.length > 0 ? 0 : -1;
    if (chosen < 0) {
      unmatched.push(row);
      continue;
    }
    const [iface] = candidates.splice(chosen, 1);
    plan.matched.push({
      id: row.id,
      previousIfIndex: row.ifIndex,
      wasPresent: row.isPresent,
      discovered: iface,
    });
  }
  plan.inserted = [...unclaimed.values()].flat().sort((a, b) => a.ifIndex - b.ifIndex);

  const walkedIndexes = new Set(discovered.map((iface) => iface.ifIndex));
  for (const row of unmatched) {
    if (!row.isPresent) continue; // already absent: stays so
    if (!options.isWalkComplete && !walkedIndexes.has(row.ifIndex)) continue;
    (row.hasHistory ? plan.markedAbsent : plan.deleted).push(row);
  }
  return plan;
}

/** Rows whose ifIndex changed while present: the renumbering the poll must not be fooled by. */
export function renumberedOf(plan: ReconciliationPlan): MatchedInterface[] {
  return plan.matched.filter(
    (match) => match.wasPresent && match.previousIfIndex !== match.discovered.ifIndex,
  );
}
