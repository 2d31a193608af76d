import { NodeReachability } from '@extranet/database';

/** What the nodes table keeps about a node's streak of failed polls. */
export interface ReachabilityState {
  reachability: NodeReachability;
  consecutiveFailures: number;
  unreachableSince: Date | null;
}

export interface ReachabilityStep {
  next: ReachabilityState;
  /** Set when this poll moved the node across the line: the monitoring console alerts on it. */
  transition: 'became_unreachable' | 'became_reachable' | null;
  /** False when nothing stored changes (a reachable node answered again): no row to write. */
  hasChanged: boolean;
}

export const DEFAULT_UNREACHABLE_AFTER = 3;

/**
 * One poll's effect on a node's reachability. A single lost UDP answer is routine on a WAN, so
 * a node is unreachable only after `unreachableAfter` failed polls in a row (Zabbix's
 * "unreachable poller" idea); `unreachableSince` is the poll that declared it. One answer makes
 * it reachable again and ends the streak.
 */
export function stepReachability(
  previous: ReachabilityState,
  hasAnswered: boolean,
  polledAt: Date,
  unreachableAfter: number,
): ReachabilityStep {
  const step = nextStep(previous, hasAnswered, polledAt, unreachableAfter);
  return {
    ...step,
    hasChanged:
      step.next.reachability !== previous.reachability ||
      step.next.consecutiveFailures !== previous.consecutiveFailures,
  };
}

function nextStep(
  previous: ReachabilityState,
  hasAnswered: boolean,
  polledAt: Date,
  unreachableAfter: number,
): Omit<ReachabilityStep, 'hasChanged'> {
  if (hasAnswered) {
    return {
      next: {
        reachability: NodeReachability.Reachable,
        consecutiveFailures: 0,
        unreachableSince: null,
      },
      transition:
        previous.reachability === NodeReachability.Unreachable ? 'became_reachable' : null,
    };
  }
  const consecutiveFailures = previous.consecutiveFailures + 1;
  const unchanged = {
    reachability: previous.reachability,
    unreachableSince: previous.unreachableSince,
  };
  if (previous.reachability === NodeReachability.Unreachable) {
    return { next: { ...unchanged, consecutiveFailures }, transition: null };
  }
  if (consecutiveFailures >= unreachableAfter) {
    return {
      next: {
        reachability: NodeReachability.Unreachable,
        consecutiveFailures,
        unreachableSince: polledAt,
      },
      transition: 'became_unreachable',
    };
  }
  return { next: { ...unchanged, consecutiveFailures }, transition: null };
}

/**
 * Whether a poll error is news: logged once when it appears or changes, not every cycle of a
 * long outage (a dead village router would otherwise write 288 lines a day).
 */
export function isNewPollError(previous: string | null, current: string | null): boolean {
  return current !== null && current !== previous;
}
