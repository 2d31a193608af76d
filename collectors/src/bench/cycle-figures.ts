import type { StatementTiming } from './query-timer';

/** What one measured poll cycle cost, as the cycle runner saw it. */
export interface CycleMeasurement {
  wallMs: number;
  /** User + system CPU of the collector process during the cycle. */
  cpuMs: number;
  /** CPU time the agents (simulator or snmpd processes) spent during the cycle. */
  agentsCpuMs: number;
  /** CPU time of a local database server during the cycle (null when remote or SQLite). */
  databaseCpuMs: number | null;
  requests: number;
  varbinds: number;
  /** Samples + counter states + member rows + uplinks + nodes + the cycle's own row. */
  rowsWritten: number;
  samplesStored: number;
  nodesPolled: number;
  nodesFailed: number;
  phasesMs: { load: number; poll: number; write: number };
  /** Database statements of the cycle by shape, slowest total first. */
  statements: StatementTiming[];
}

/** One run (one kind of agent): its warm-up, measured cycles and the collector's peak RSS. */
export interface CycleRun {
  label: string;
  warmUp: CycleMeasurement;
  cycles: CycleMeasurement[];
  peakRssMb: number;
}

/** A cycle's rates: everything per second of that cycle's wall time. */
export function cycleRates(cycle: CycleMeasurement): {
  requestsPerS: number;
  varbindsPerS: number;
  rowsPerS: number;
} {
  const seconds = cycle.wallMs / 1_000;
  return {
    requestsPerS: cycle.requests / seconds,
    varbindsPerS: cycle.varbinds / seconds,
    rowsPerS: cycle.rowsWritten / seconds,
  };
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The measured cycle of median wall time: the one the summary line speaks for. */
export function medianCycle(cycles: readonly CycleMeasurement[]): CycleMeasurement {
  if (cycles.length === 0) throw new RangeError('no measured cycle');
  const sorted = [...cycles].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Rows one cycle wrote: each read member interface has one counter-state row and one member
 * row; every polled node and every evaluated uplink one row; plus the collector_cycles row.
 * Interfaces whose status changed add a row each; they are rare after the first cycle and
 * not counted.
 */
export function rowsWrittenByCycle(counts: {
  samplesStored: number;
  counterStates: number;
  uplinksEvaluated: number;
  nodesPolled: number;
}): number {
  return (
    counts.samplesStored +
    2 * counts.counterStates +
    counts.uplinksEvaluated +
    counts.nodesPolled +
    1
  );
}
