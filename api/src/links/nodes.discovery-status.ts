import { DiscoveryStatus, type DiscoveryOutcome } from '@extranet/database';

export interface DiscoveryColumns {
  requestedAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  outcome: DiscoveryOutcome | null;
}

/**
 * What the console shows of a node's discovery. A walk under way wins (its start is later than
 * the last finish); then a request waiting for the collector; then the last outcome.
 */
export function discoveryStatusOf(columns: DiscoveryColumns): DiscoveryStatus {
  const { requestedAt, startedAt, finishedAt, outcome } = columns;
  if (startedAt && (!finishedAt || finishedAt < startedAt)) return DiscoveryStatus.Running;
  if (requestedAt) return DiscoveryStatus.Pending;
  return outcome ?? DiscoveryStatus.Never;
}
