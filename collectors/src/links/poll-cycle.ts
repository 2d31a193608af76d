import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import type { UnknownIntervalReason } from './counter-rate';
import { insertRows } from './batched-writes';
import { settleWithConcurrency } from './bounded-concurrency';
import type { CommunityOpener } from './community-opener';
import { assessNodePoll, type NodeAssessment, type PollOutcome } from './node-poll-assessment';
import { writePollResults } from './poll-results-writer';
import { loadPollableNodes, type PollableNode } from './poll-target-repository';
import type { UplinkPoller } from './snmp-uplink-poller';

export interface PollCycleOptions {
  sequelize: Sequelize;
  secrets: CommunityOpener;
  poller: UplinkPoller;
  /** Requests in flight at once. */
  concurrency?: number;
  congestionThreshold?: number;
  /** Names this collector in collector_cycles. */
  collectorId?: string;
  logger?: Logger;
}

export interface PollCycleReport {
  startedAt: Date;
  finishedAt: Date;
  durationMs: number;
  nodesPolled: number;
  nodesFailed: number;
  samplesStored: number;
  uplinksEvaluated: number;
  stateChanges: number;
  skippedIntervals: Partial<Record<UnknownIntervalReason, number>>;
  phasesMs: { load: number; poll: number; write: number };
}

export const DEFAULT_POLL_CONCURRENCY = 200;

export function defaultCollectorId(): string {
  return `collector@${hostname()}`.slice(0, 64);
}

/**
 * One poll of every polled node: load targets, read them over SNMP with bounded concurrency,
 * turn readings into rates and tier states, store everything in one batched transaction, and
 * record the cycle in collector_cycles.
 */
export async function runPollCycle(options: PollCycleOptions): Promise<PollCycleReport> {
  const startedAt = new Date();
  const clock = performance.now();
  const nodes = await loadPollableNodes(options.sequelize);
  const loaded = performance.now();

  const outcomes = await settleWithConcurrency(
    nodes,
    options.concurrency ?? DEFAULT_POLL_CONCURRENCY,
    (node) => pollOne(node, options),
  );
  const polled = performance.now();

  const evaluatedAt = new Date();
  const assessments: NodeAssessment[] = nodes.map((node, index) => {
    const settled = outcomes[index];
    const outcome: PollOutcome =
      settled.status === 'fulfilled' ? settled.value : { error: errorMessage(settled.reason) };
    return assessNodePoll(node, outcome, {
      evaluatedAt,
      congestionThreshold: options.congestionThreshold,
    });
  });
  const written = await writePollResults(options.sequelize, assessments, evaluatedAt);
  const finishedAt = new Date();

  const report: PollCycleReport = {
    startedAt,
    finishedAt,
    durationMs: Math.round(performance.now() - clock),
    nodesPolled: nodes.length,
    nodesFailed: assessments.filter((assessment) => assessment.error !== null).length,
    samplesStored: written.samples,
    uplinksEvaluated: written.uplinks,
    stateChanges: assessments.filter((assessment) => assessment.uplink?.hasStateChanged).length,
    skippedIntervals: sumSkipped(assessments),
    phasesMs: {
      load: Math.round(loaded - clock),
      poll: Math.round(polled - loaded),
      write: Math.round(performance.now() - polled),
    },
  };
  await insertRows(
    options.sequelize,
    'collector_cycles',
    [
      {
        collector_id: options.collectorId ?? defaultCollectorId(),
        started_at: startedAt,
        finished_at: finishedAt,
        duration_ms: report.durationMs,
        nodes_polled: report.nodesPolled,
        nodes_failed: report.nodesFailed,
        samples_stored: report.samplesStored,
        uplinks_evaluated: report.uplinksEvaluated,
      },
    ],
    null,
  );
  options.logger?.info(
    {
      durationMs: report.durationMs,
      nodesPolled: report.nodesPolled,
      nodesFailed: report.nodesFailed,
      samplesStored: report.samplesStored,
      uplinksEvaluated: report.uplinksEvaluated,
      stateChanges: report.stateChanges,
      skippedIntervals: report.skippedIntervals,
      phasesMs: report.phasesMs,
    },
    'poll cycle finished',
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
  const reading = await options.poller.pollNode({
    nodeId: node.nodeId,
    host: node.mgmtAddress,
    port: node.snmpPort,
    community,
    ifIndexes: node.uplink?.members.map((member) => member.ifIndex) ?? [],
  });
  return { reading };
}

function errorMessage(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

function sumSkipped(
  assessments: readonly NodeAssessment[],
): Partial<Record<UnknownIntervalReason, number>> {
  const total: Partial<Record<UnknownIntervalReason, number>> = {};
  for (const assessment of assessments) {
    for (const [reason, count] of Object.entries(assessment.skippedIntervals)) {
      const key = reason as UnknownIntervalReason;
      total[key] = (total[key] ?? 0) + (count ?? 0);
    }
  }
  return total;
}
