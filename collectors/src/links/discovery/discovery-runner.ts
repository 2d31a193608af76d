import { DiscoveryReason } from '@extranet/database';
import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import { settleWithConcurrency } from '../bounded-concurrency';
import type { CommunityOpener } from '../community-opener';
import {
  claimRequestedDiscoveries,
  closeInterruptedDiscoveries,
  findRenumberedNodes,
  recordDiscoveryFailure,
  requestDiscovery,
  type DiscoveryTarget,
} from './discovery-queue';
import { storeNodeWalk, type DiscoverySummary } from './walk-store';
import { walkNode, type WalkLimits } from './node-walk';
import { SnmpBulkWalker, type BulkWalkerOptions } from './snmp-bulk-walker';
import { WriteQueue } from './write-queue';

export interface DiscoveryRunOptions {
  sequelize: Sequelize;
  secrets: CommunityOpener;
  limits: WalkLimits;
  snmp: Omit<BulkWalkerOptions, 'maxRepetitions'> & { maxRepetitions?: number };
  concurrency: number;
  /** Nodes claimed per run; the rest wait for the next run (every few seconds). */
  batchSize?: number;
  logger?: Logger;
  now?: () => Date;
}

export interface DiscoveryRunReport {
  walked: number;
  failed: number;
  renumberedRequests: number;
  interrupted: number;
}

/**
 * A renumbered node is walked at most this often: as long as the poll's cached targets
 * (refreshed every 5 minutes) still hold the old numbering, it keeps reporting the skip.
 */
export const RENUMBERED_QUIET_MS = 5 * 60_000;
/** A walk still "running" after this long belonged to a collector that stopped. */
const INTERRUPTED_AFTER_MS = 15 * 60_000;
const DEFAULT_BATCH_SIZE = 200;
/**
 * A run stops claiming after this long (the rest waits for the next run), so that renumbered
 * nodes and "discover now" are not stuck behind a daily walk of the whole province.
 */
const MAX_RUN_MS = 60_000;

/**
 * One pass of the discovery queue: requests the nodes whose poll saw renumbered ports, closes
 * walks a stopped collector left open, then walks the requested nodes in batches (bounded
 * concurrency, oldest request first) and stores each result. One node's failure is stored and logged once, with its reason, and
 * never stops the others.
 */
export async function runRequestedDiscoveries(
  options: DiscoveryRunOptions,
): Promise<DiscoveryRunReport> {
  const now = options.now ?? (() => new Date());
  const { sequelize } = options;
  const started = now();
  const renumbered = await findRenumberedNodes(sequelize, started, RENUMBERED_QUIET_MS);
  const renumberedRequests = await requestDiscovery(
    sequelize,
    DiscoveryReason.InterfaceRenumbered,
    started,
    renumbered,
  );
  const interrupted = await closeInterruptedDiscoveries(
    sequelize,
    new Date(started.getTime() - INTERRUPTED_AFTER_MS),
    started,
  );
  const report: DiscoveryRunReport = { walked: 0, failed: 0, renumberedRequests, interrupted };
  const stopClaimingAt = started.getTime() + MAX_RUN_MS;
  let walker: SnmpBulkWalker | null = null;
  const writes = new WriteQueue();
  try {
    // Batch after batch until the queue is empty: the daily request queues every node at once.
    for (;;) {
      const targets = await claimRequestedDiscoveries(
        sequelize,
        options.batchSize ?? DEFAULT_BATCH_SIZE,
        now(),
      );
      if (targets.length === 0) break;
      walker ??= new SnmpBulkWalker({ maxRepetitions: 24, ...options.snmp });
      const results = await settleWithConcurrency(targets, options.concurrency, (target) =>
        discoverOne(target, walker as SnmpBulkWalker, writes, options, now),
      );
      report.walked += targets.length;
      report.failed += results.filter((result) => result.status === 'rejected').length;
      if (now().getTime() >= stopClaimingAt) break;
    }
  } finally {
    walker?.close();
  }
  return report;
}

async function discoverOne(
  target: DiscoveryTarget,
  walker: SnmpBulkWalker,
  writes: WriteQueue,
  options: DiscoveryRunOptions,
  now: () => Date,
): Promise<DiscoverySummary> {
  const node = { nodeId: target.nodeId, hostname: target.hostname, reason: target.reason };
  try {
    let community: string;
    try {
      community = options.secrets.open(target.communitySealed);
    } catch {
      throw new Error('SNMP community cannot be opened (was the secret key changed?)');
    }
    const walk = await walkNode(
      walker,
      { host: target.host, port: target.port, community },
      target.textEncoding,
      options.limits,
    );
    const summary = await writes.run(() =>
      storeNodeWalk(options.sequelize, target.nodeId, walk, now()),
    );
    if (walk.problems.length > 0) {
      options.logger?.warn({ ...node, summary, problems: walk.problems }, 'discovery partial');
    } else {
      options.logger?.info({ ...node, summary }, 'discovery finished');
    }
    return summary;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.logger?.warn({ ...node, reason }, 'discovery failed');
    await writes.run(() => recordDiscoveryFailure(options.sequelize, target.nodeId, reason, now()));
    throw error;
  }
}
