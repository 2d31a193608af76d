import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import type { LeaseFence } from '../runtime/lease-fence';
import { ResultSink, type SinkOutcome } from '../runtime/result-sink';
import { spreadOffsetMs } from '../schedule/poll-spread';
import { settleWithConcurrency } from './bounded-concurrency';
import type { CommunityOpener } from './community-opener';
import type { UnknownIntervalReason } from './counter-rate';
import type { CongestionWindows } from './congestion-window';
import { expectedInterfaceNames } from './discovery/expected-interface-names';
import { assessNodePoll, type NodeAssessment, type PollOutcome } from './node-poll-assessment';
import type { CycleRow } from './poll-results-writer';
import { loadPollableNodes, type PollableNode } from './poll-target-repository';
import type { UplinkPoller } from './snmp-uplink-poller';
import { ResultBatcher } from './result-batcher';

/** The schedule a cycle belongs to; without one, a one-off cycle polls every node at once. */
export interface CycleSchedule {
  group: string;
  intervalSeconds: number;
  /** When the tick fired: offsets count from it, and the overrun is measured against it. */
  tickAt: Date;
  /** Share of the interval the polls are spread over (POLL_SPREAD); 0 polls all at the tick. */
  spreadShare: number;
  /** Ticks of this group skipped since the last cycle, because a cycle was still running. */
  skippedTicks: number;
}

export interface PollCycleOptions {
  sequelize: Sequelize;
  secrets: CommunityOpener;
  poller: UplinkPoller;
  /** Requests in flight at once. */
  concurrency?: number;
  congestionThreshold?: number;
  /** Names this collector in collector_cycles and nodes.collector_id. */
  collectorId?: string;
  logger?: Logger;
  /** The nodes to poll, from the runtime's cache; loaded from the database when absent. */
  targets?: readonly PollableNode[];
  schedule?: CycleSchedule;
  /** The write queue (with its disk buffer); a one-off cycle writes directly. */
  sink?: ResultSink;
  /** The leases the targets are polled under; null or absent when this collector runs alone. */
  fence?: LeaseFence | null;
  unreachableAfter?: number;
  congestion?: CongestionWindows;
  /** Told about each node's assessment as soon as it exists (the runtime's cache follows it). */
  onAssessed?: (node: PollableNode, assessment: NodeAssessment) => void;
  /**
   * Aborted when the collector stops: nodes still waiting for their offset are not polled (a
   * spread cycle would otherwise hold a stop for up to the spread), the rest is written.
   */
  signal?: AbortSignal;
}

export interface PollCycleReport {
  pollGroup: string | null;
  intervalSeconds: number | null;
  startedAt: Date;
  finishedAt: Date;
  durationMs: number;
  /** How far the cycle ran past the end of its interval (0 in time, or without a schedule). */
  overrunMs: number;
  skippedTicks: number;
  nodesPolled: number;
  nodesFailed: number;
  samplesStored: number;
  /** Samples that went to the disk buffer, and that were lost beyond its bound. */
  samplesBuffered: number;
  samplesDropped: number;
  /** Node results refused because their lease moved to another collector meanwhile. */
  fenced: number;
  uplinksEvaluated: number;
  stateChanges: number;
  becameUnreachable: number;
  skippedIntervals: Partial<Record<UnknownIntervalReason, number>>;
  phasesMs: { load: number; poll: number; write: number };
}

export const DEFAULT_POLL_CONCURRENCY = 200;

export function defaultCollectorId(): string {
  return `collector@${hostname()}`.slice(0, 64);
}

/**
 * One poll of a group's nodes: each node at its own offset into the interval, with bounded
 * concurrency; every answer (or failure) becomes rates, a tier state and a reachability step at
 * once, and the results go to the database in batches while the cycle still runs, so a node
 * that times out delays only its own row. The cycle ends with its collector_cycles row.
 */
export async function runPollCycle(options: PollCycleOptions): Promise<PollCycleReport> {
  const startedAt = options.schedule?.tickAt ?? new Date();
  const clock = performance.now() - (Date.now() - startedAt.getTime());
  const collectorId = options.collectorId ?? defaultCollectorId();
  const nodes = options.targets ?? (await loadPollableNodes(options.sequelize));
  const loaded = performance.now();
  const sink = options.sink ?? new ResultSink(options.sequelize);
  const batcher = new ResultBatcher((assessments) =>
    sink.write({ collectorId, assessments, fence: options.fence ?? null }),
  );
  const report = emptyReport(options, startedAt, nodes.length);

  const schedule = options.schedule;
  const offsetOf = (node: PollableNode) =>
    schedule ? spreadOffsetMs(node.nodeId, schedule.intervalSeconds, schedule.spreadShare) : 0;
  const ordered = [...nodes].sort((a, b) => offsetOf(a) - offsetOf(b));
  await settleWithConcurrency(
    ordered,
    options.concurrency ?? DEFAULT_POLL_CONCURRENCY,
    async (node) => {
      await sleepUntil(startedAt.getTime() + offsetOf(node), options.signal);
      if (options.signal?.aborted) {
        report.nodesPolled -= 1;
        return;
      }
      const outcome = await pollOne(node, options);
      const assessment = assessNodePoll(node, outcome, {
        evaluatedAt: new Date(),
        congestionThreshold: options.congestionThreshold,
        unreachableAfter: options.unreachableAfter,
        congestion: options.congestion,
      });
      logNews(node, assessment, options.logger);
      options.onAssessed?.(node, assessment);
      countAssessment(report, assessment);
      batcher.add(assessment);
    },
  );
  const polled = performance.now();
  for (const outcome of await batcher.close()) countOutcome(report, outcome);

  report.finishedAt = new Date();
  report.durationMs = Math.round(performance.now() - clock);
  report.overrunMs = schedule
    ? Math.max(0, report.durationMs - schedule.intervalSeconds * 1_000)
    : 0;
  report.phasesMs = {
    load: Math.round(loaded - clock),
    poll: Math.round(polled - loaded),
    write: Math.round(performance.now() - polled),
  };
  const cycle = cycleRow(collectorId, report);
  countOutcome(report, await sink.write({ collectorId, assessments: [], fence: null, cycle }));
  options.logger?.[report.overrunMs > 0 ? 'warn' : 'info'](
    {
      ...cycle,
      stateChanges: report.stateChanges,
      skippedIntervals: report.skippedIntervals,
      phasesMs: report.phasesMs,
    },
    report.overrunMs > 0
      ? `poll cycle overran its ${report.intervalSeconds} s interval by ${report.overrunMs} ms`
      : 'poll cycle finished',
  );
  return report;
}

async function pollOne(node: PollableNode, options: PollCycleOptions): Promise<PollOutcome> {
  let community: string;
  try {
    community = options.secrets.open(node.communitySealed);
  } catch {
    return { error: 'SNMP community cannot be opened (was the secret key changed?)' };
  }
  try {
    const reading = await options.poller.pollNode({
      nodeId: node.nodeId,
      host: node.mgmtAddress,
      port: node.snmpPort,
      community,
      ifIndexes: node.uplink?.members.map((member) => member.ifIndex) ?? [],
      expectedNames: expectedInterfaceNames(node),
    });
    return { reading };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** A node's error is logged when it appears or changes, and its reachability when it flips. */
function logNews(node: PollableNode, assessment: NodeAssessment, logger?: Logger): void {
  const where = { nodeId: node.nodeId, hostname: node.hostname, unitCode: node.unitCode };
  if (assessment.isNewError)
    logger?.warn({ ...where, error: assessment.error }, 'node poll failed');
  const { transition, next } = assessment.reachability;
  if (transition === 'became_unreachable') {
    logger?.warn({ ...where, failures: next.consecutiveFailures }, 'node unreachable');
  } else if (transition === 'became_reachable') {
    logger?.info(where, 'node reachable again');
  }
}

/**
 * The report of a group that had no node to poll (this collector holds none of its nodes, or
 * the level is not seeded): nothing is polled or written, not even a collector_cycles row, so
 * "the last cycle" shown in the console stays a real one.
 */
export function idleCycleReport(schedule: CycleSchedule): PollCycleReport {
  return emptyReport({ schedule } as PollCycleOptions, schedule.tickAt, 0);
}

function emptyReport(
  options: PollCycleOptions,
  startedAt: Date,
  nodesPolled: number,
): PollCycleReport {
  return {
    pollGroup: options.schedule?.group ?? null,
    intervalSeconds: options.schedule?.intervalSeconds ?? null,
    startedAt,
    finishedAt: startedAt,
    durationMs: 0,
    overrunMs: 0,
    skippedTicks: options.schedule?.skippedTicks ?? 0,
    nodesPolled,
    nodesFailed: 0,
    samplesStored: 0,
    samplesBuffered: 0,
    samplesDropped: 0,
    fenced: 0,
    uplinksEvaluated: 0,
    stateChanges: 0,
    becameUnreachable: 0,
    skippedIntervals: {},
    phasesMs: { load: 0, poll: 0, write: 0 },
  };
}

function countAssessment(report: PollCycleReport, assessment: NodeAssessment): void {
  if (assessment.error !== null) report.nodesFailed += 1;
  if (assessment.reachability.transition === 'became_unreachable') report.becameUnreachable += 1;
  for (const [reason, count] of Object.entries(assessment.skippedIntervals)) {
    const key = reason as UnknownIntervalReason;
    report.skippedIntervals[key] = (report.skippedIntervals[key] ?? 0) + (count ?? 0);
  }
}

function countOutcome(report: PollCycleReport, outcome: SinkOutcome): void {
  if (outcome.kind === 'written') {
    report.samplesStored += outcome.counts.samples;
    report.uplinksEvaluated += outcome.counts.uplinks;
    report.stateChanges += outcome.counts.stateChanges;
    report.fenced += outcome.counts.fenced;
  } else if (outcome.kind === 'buffered') {
    report.samplesBuffered += outcome.samples;
  } else {
    report.samplesDropped += outcome.samples;
  }
}

function cycleRow(collectorId: string, report: PollCycleReport): CycleRow {
  return {
    collector_id: collectorId,
    started_at: report.startedAt,
    finished_at: report.finishedAt,
    duration_ms: report.durationMs,
    nodes_polled: report.nodesPolled,
    nodes_failed: report.nodesFailed,
    samples_stored: report.samplesStored + report.samplesBuffered,
    uplinks_evaluated: report.uplinksEvaluated,
    poll_group: report.pollGroup,
    interval_seconds: report.intervalSeconds,
    overrun_ms: report.overrunMs,
    buffered: report.samplesBuffered > 0,
    skipped_ticks: report.skippedTicks,
  };
}

function sleepUntil(epochMs: number, signal: AbortSignal | undefined): Promise<void> {
  const waitMs = epochMs - Date.now();
  if (waitMs <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', wake);
      resolve();
    };
    const timer = setTimeout(wake, waitMs);
    signal?.addEventListener('abort', wake, { once: true });
  });
}
