import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PollCycleReport } from '../links/poll-cycle';

export type NodePollResult = 'success' | 'failure' | 'timeout';

/** What the runtime knows between cycles; read at each scrape. */
export interface RuntimeGauges {
  bufferedSamples: number;
  nodesAssigned: number;
  unreachableNodes: number;
  partitionsHeld: number;
  isCoordinator: boolean;
}

/** From a loopback agent (a few ms) to a slow WAN link with retries (seconds). */
const SNMP_LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const CYCLE_BUCKETS = [0.5, 1, 2.5, 5, 10, 20, 30, 45, 60, 90, 120];

/**
 * The collector's own Prometheus metrics, on a registry of its own (never prom-client's global
 * one, so tests and a future second collector in one process never share counters).
 */
export class CollectorMetrics {
  readonly registry = new Registry();
  private runtime: () => RuntimeGauges = () => ({
    bufferedSamples: 0,
    nodesAssigned: 0,
    unreachableNodes: 0,
    partitionsHeld: 0,
    isCoordinator: false,
  });

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
    help: 'Poll cycles that ran past the end of their interval, by poll group.',
    labelNames: ['group'] as const,
    registers: [this.registry],
  });
  private readonly lastOverrunSeconds = new Gauge({
    name: 'extranet_collector_last_cycle_overrun_seconds',
    help: 'How far the last cycle of each poll group ran past its interval (0 = in time).',
    labelNames: ['group'] as const,
    registers: [this.registry],
  });
  private readonly skippedTicks = new Counter({
    name: 'extranet_collector_skipped_ticks_total',
    help: 'Ticks of a poll group skipped because its previous cycle was still running.',
    labelNames: ['group'] as const,
    registers: [this.registry],
  });
  private readonly droppedSamples = new Counter({
    name: 'extranet_collector_dropped_samples_total',
    help: 'Samples lost because the disk buffer was full (or the database refused the batch).',
    registers: [this.registry],
  });
  private readonly fencedResults = new Counter({
    name: 'extranet_collector_fenced_results_total',
    help: 'Node results not written because their partition moved to another collector.',
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

  constructor(options: { includeProcessMetrics?: boolean } = {}) {
    const gauge = (name: string, help: string, read: (gauges: RuntimeGauges) => number) => {
      const runtime = () => this.runtime();
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read(runtime()));
        },
      });
    };
    gauge(
      'extranet_collector_buffered_samples',
      'Samples waiting in the disk buffer for the database to come back.',
      (gauges) => gauges.bufferedSamples,
    );
    gauge(
      'extranet_collector_nodes_assigned',
      'Nodes this collector polls now (those of the partitions it holds).',
      (gauges) => gauges.nodesAssigned,
    );
    gauge(
      'extranet_collector_unreachable_nodes',
      'Assigned nodes marked unreachable (POLL_UNREACHABLE_AFTER failed polls in a row).',
      (gauges) => gauges.unreachableNodes,
    );
    gauge(
      'extranet_collector_partitions_held',
      'Node partitions whose lease this collector holds.',
      (gauges) => gauges.partitionsHeld,
    );
    gauge(
      'extranet_collector_is_coordinator',
      '1 when this collector holds the coordinator lease and runs the exclusive jobs.',
      (gauges) => (gauges.isCoordinator ? 1 : 0),
    );
    this.droppedSamples.inc(0);
    this.fencedResults.inc(0);
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

  /** Where the scrape reads the runtime's gauges from. */
  readRuntimeFrom(source: () => RuntimeGauges): void {
    this.runtime = source;
  }

  /** A tick skipped because the group's previous cycle still ran. */
  recordSkippedTick(group: string): void {
    this.skippedTicks.inc({ group });
  }

  /** A finished cycle, from the report the poll job already produces. */
  recordCycle(report: PollCycleReport): void {
    const seconds = report.durationMs / 1_000;
    const group = report.pollGroup ?? 'all';
    this.cycleSeconds.observe(seconds);
    this.lastCycleSeconds.set(seconds);
    this.lastOverrunSeconds.set({ group }, report.overrunMs / 1_000);
    if (report.overrunMs > 0) this.overruns.inc({ group });
    this.droppedSamples.inc(report.samplesDropped);
    this.fencedResults.inc(report.fenced);
    this.nodes.set({ state: 'polled' }, report.nodesPolled);
    this.nodes.set({ state: 'failed' }, report.nodesFailed);
    this.samplesStored.inc(report.samplesStored);
    for (const [reason, count] of Object.entries(report.skippedIntervals)) {
      if (count) this.intervalsSkipped.inc({ reason }, count);
    }
  }
}
