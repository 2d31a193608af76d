import { setTimeout as delay } from 'node:timers/promises';
import {
  retentionCutoffMs,
  type RollupResolution,
  type TrafficRetention,
} from '@extranet/database';
import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import { summariseFiveMinuteBuckets, summariseRawSamples, type BucketFigures } from './rollup-math';
import { RollupRepository, type RollupRow, type StoredFiveMinuteBucket } from './rollup-repository';
import { bucketEndMs, selectBucketsToRoll, type BucketsToRoll } from './rerolled-buckets';

/**
 * What each roll-up reads. Five-minute and hourly buckets come from the raw samples (their p95
 * is exact); days come from the five-minute buckets, and only after those have seen the same
 * raw rows. `slotMs` is how finely SQL reports the times new rows touched.
 */
const PLANS: Record<
  RollupResolution,
  { source: 'raw' | '5m'; slotMs: number; interfacesPerRead: number; idChunk: number }
> = {
  // Reads are sized to at most ~150,000 source rows per query (1-minute raw samples, full days).
  // `idChunk`: raw ids per step (touched slots, buckets, progress are one unit of work). A
  // bucket touched by two steps is computed twice, so coarse buckets take long steps: an hour
  // of the province is ~850,000 raw rows. The touched pairs of a step stay ~100,000.
  '5m': { source: 'raw', slotMs: 300_000, interfacesPerRead: 2_000, idChunk: 250_000 },
  '1h': { source: 'raw', slotMs: 3_600_000, interfacesPerRead: 500, idChunk: 1_000_000 },
  '1d': { source: '5m', slotMs: 3_600_000, interfacesPerRead: 500, idChunk: 2_000_000 },
};
/**
 * How long a MariaDB run waits between reading MAX(id) and trusting it. An AUTO_INCREMENT id is
 * taken at insert, not at commit: while one poll transaction is still open, another may commit
 * higher ids, and a run that rolled "through MAX(id)" at that moment would never see the lower
 * ones. A poll cycle's transaction lasts seconds; a minute is ample. SQLite has one writer at a
 * time, committing in id order, so it needs no wait.
 */
export const DEFAULT_MYSQL_SETTLE_MS = 60_000;

export interface TrafficRollupOptions {
  resolution: RollupResolution;
  retention: TrafficRetention;
  nowMs?: number;
  settleMs?: number;
  idChunk?: number;
  logger?: Pick<Logger, 'info' | 'warn'>;
  /** Waits out the settling delay (tests replace it to act meanwhile). */
  settle?: (ms: number) => Promise<unknown>;
}

export interface TrafficRollupReport {
  resolution: RollupResolution;
  afterId: number;
  throughId: number;
  bucketsWritten: number;
  skippedBeyondSource: number;
  durationMs: number;
}

/**
 * One run of a roll-up: follows the raw ids added since the last run (in chunks, so a backlog
 * after downtime is caught up step by step and progress survives a crash), finds the buckets
 * they touched — late samples included — and recomputes those buckets whole from the source.
 * Recomputing whole buckets and upserting makes runs idempotent.
 */
export async function rollUpTraffic(
  sequelize: Sequelize,
  options: TrafficRollupOptions,
): Promise<TrafficRollupReport> {
  const startedAt = performance.now();
  const { resolution } = options;
  const plan = PLANS[resolution];
  const repository = new RollupRepository(sequelize);
  const settleMs =
    options.settleMs ?? (sequelize.getDialect() === 'sqlite' ? 0 : DEFAULT_MYSQL_SETTLE_MS);

  let throughId = await repository.highestSampleId();
  if (settleMs > 0) await (options.settle ?? delay)(settleMs);
  if (plan.source === '5m') {
    // A day may only count raw rows the five-minute buckets already reflect.
    throughId = Math.min(throughId, await repository.rolledThroughId('5m'));
  }
  const firstAfterId = await repository.rolledThroughId(resolution);
  const nowMs = options.nowMs ?? Date.now();
  const sourceCutoffMs = retentionCutoffMs(options.retention, plan.source, nowMs);
  const idChunk = options.idChunk ?? plan.idChunk;

  let bucketsWritten = 0;
  let skippedBeyondSource = 0;
  for (let afterId = firstAfterId; afterId < throughId; afterId += idChunk) {
    const chunkThroughId = Math.min(afterId + idChunk, throughId);
    const touched = await repository.touchedSlots(afterId, chunkThroughId, plan.slotMs);
    const selection = selectBucketsToRoll(touched, resolution, sourceCutoffMs);
    for (const buckets of selection.buckets) {
      bucketsWritten += await rollBuckets(repository, resolution, buckets);
    }
    skippedBeyondSource += selection.skippedBeyondSource;
    await repository.recordProgress(resolution, chunkThroughId, new Date(nowMs));
  }

  const report: TrafficRollupReport = {
    resolution,
    afterId: firstAfterId,
    throughId: Math.max(firstAfterId, throughId),
    bucketsWritten,
    skippedBeyondSource,
    durationMs: Math.round(performance.now() - startedAt),
  };
  if (skippedBeyondSource > 0) {
    options.logger?.warn(
      report,
      `${resolution} roll-up: ${skippedBeyondSource} late buckets skipped, their source is already pruned`,
    );
  }
  options.logger?.info(report, `${resolution} roll-up: ${bucketsWritten} buckets written`);
  return report;
}

async function rollBuckets(
  repository: RollupRepository,
  resolution: RollupResolution,
  buckets: BucketsToRoll,
): Promise<number> {
  const plan = PLANS[resolution];
  const fromMs = buckets.bucketStartMs;
  const toMs = bucketEndMs(fromMs, resolution);
  let written = 0;
  for (let start = 0; start < buckets.interfaceIds.length; start += plan.interfacesPerRead) {
    const interfaceIds = buckets.interfaceIds.slice(start, start + plan.interfacesPerRead);
    const figuresByInterface =
      plan.source === 'raw'
        ? summarise(await repository.rawSamples(interfaceIds, fromMs, toMs), summariseRawSamples)
        : summarise(
            await fiveMinuteBucketsOf(repository, interfaceIds, fromMs, toMs),
            summariseFiveMinuteBuckets,
          );
    const rows: RollupRow[] = [...figuresByInterface.entries()].map(([interfaceId, figures]) => ({
      interfaceId,
      bucketStartMs: fromMs,
      ...figures,
    }));
    await repository.upsertBuckets(resolution, rows);
    written += rows.length;
  }
  return written;
}

/** The five-minute buckets of these (sorted) interfaces, read as one interface id range. */
async function fiveMinuteBucketsOf(
  repository: RollupRepository,
  interfaceIds: readonly number[],
  fromMs: number,
  toMs: number,
): Promise<StoredFiveMinuteBucket[]> {
  const wanted = new Set(interfaceIds);
  const rows = await repository.fiveMinuteBuckets(
    interfaceIds[0]!,
    interfaceIds[interfaceIds.length - 1]!,
    fromMs,
    toMs,
  );
  return rows.filter((row) => wanted.has(row.interfaceId));
}

function summarise<T extends { interfaceId: number }>(
  rows: readonly T[],
  summariseOne: (rows: readonly T[]) => BucketFigures | null,
): Map<number, BucketFigures> {
  const byInterface = new Map<number, T[]>();
  for (const row of rows) {
    const list = byInterface.get(row.interfaceId);
    if (list) list.push(row);
    else byInterface.set(row.interfaceId, [row]);
  }
  const figures = new Map<number, BucketFigures>();
  for (const [interfaceId, list] of byInterface) {
    const summary = summariseOne(list);
    if (summary) figures.set(interfaceId, summary);
  }
  return figures;
}
