import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PollCycleReport } from '../links/poll-cycle';

export type NodePollResult = 'success' | 'failure' | 'timeout';

/**
 * The poll job's cron does not tell us its period cheaply, and the default schedule is every
 * minute, so a cycle longer than 60 s counts as an overrun (it would collide with the next tick).
 */
export const DEFAULT_OVERRUN_THRESHOLD_SECONDS = 60;

/** From a loopback agent (a few ms) to a slow WAN link with retries (seconds). */
const SNMP_LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const CYCLE_BUCKETS = [0.5, 1, 2.5, 5, 10, 20, 30, 45, 60, 90, 120];

/**
 * The collector's own Prometheus metrics, on a registry of its own (never prom-client's global
 * one, so tests and a future second collector in one process never share counters).
 */
export class CollectorMetrics {
  readonly registry = new Registry();
  private readonly overrunThresholdSeconds: number;

  private readonly polls = new Counter({
    name: 'extranet_collector_polls_total',
    help: 'Node polls by result (success, failure, timeout).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly requestSeconds = new Histogram({
    name: 'extranet_collector_snmp_request_seconds',
    help: 'Time to read one node over SNMP (all its requests and retries), seconds.',
    buckets: SNMP_LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly cycleSeconds = new Histogram({
    name: 'extranet_collector_cycle_duration_seconds',
    help: 'Wall time of a poll cycle (load, poll, write), seconds.',
    buckets: CYCLE_BUCKETS,
    registers: [this.registry],
  });
  private readonly lastCycleSeconds = new Gauge({
    name: 'extranet_collector_last_cycle_duration_seconds',
    help: 'Wall time of the last poll cycle, seconds.',
    registers: [this.registry],
  });
  private readonly overruns = new Counter({
    name: 'extranet_collector_cycle_overrun_total',
    help: 'Poll cycles longer than the poll interval (taken as 60 s: the default schedule).',
    registers: [this.registry],
  });
  private readonly nodes = new Gauge({
    name: 'extranet_collector_nodes',
    help: 'Nodes of the last poll cycle: polled (all attempted) and failed.',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });
  private readonly samplesStored = new Counter({
    name: 'extranet_collector_samples_stored_total',
    help: 'Interface samples stored.',
    registers: [this.registry],
  });
  private readonly intervalsSkipped = new Counter({
    name: 'extranet_collector_intervals_skipped_total',
    help: 'Intervals left unknown instead of stored, by reason (reset, reboot, ...).',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  constructor(options: { includeProcessMetrics?: boolean; overrunThresholdSeconds?: number } = {}) {
    this.overrunThresholdSeconds =
      options.overrunThresholdSeconds ?? DEFAULT_OVERRUN_THRESHOLD_SECONDS;
    new Gauge({
      name: 'extranet_collector_buffered_samples',
      help: 'Samples waiting in the disk buffer; always 0 until the disk buffer exists.',
      registers: [this.registry],
    }).set(0);
    for (const result of ['success', 'failure', 'timeout'] as const) this.polls.inc({ result }, 0);
    if (options.includeProcessMetrics ?? true) {
      collectDefaultMetrics({ register: this.registry });
    }
  }

  /** One node read, timed by the instrumented poller. */
  recordNodePoll(result: NodePollResult, seconds: number): void {
    this.polls.inc({ result });
    this.requestSeconds.observe(seconds);
  }

  /** A finished cycle, from the report the poll job already produces. */
  recordCycle(report: PollCycleReport): void {
    const seconds = report.durationMs / 1_000;
    this.cycleSeconds.observe(seconds);
    this.lastCycleSeconds.set(seconds);
    if (seconds > this.overrunThresholdSeconds) this.overruns.inc();
    this.nodes.set({ state: 'polled' }, report.nodesPolled);
    this.nodes.set({ state: 'failed' }, report.nodesFailed);
    this.samplesStored.inc(report.samplesStored);
    for (const [reason, count] of Object.entries(report.skippedIntervals)) {
      if (count) this.intervalsSkipped.inc({ reason }, count);
    }
  }
}
