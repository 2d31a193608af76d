import {
  ROLLUP_BUCKET_MS,
  ROLLUP_RESOLUTIONS,
  ROLLUP_TABLES,
  retentionCutoffMs,
  type RollupResolution,
  type TrafficResolution,
  type TrafficRetention,
} from '@extranet/database';
import type { Logger } from 'pino';
import { QueryTypes, type Sequelize } from 'sequelize';
import { sqlDateTime } from '../batched-writes';

/**
 * Raw interfaces per DELETE. `interface_samples` is clustered on (interface_id, sampled_at), so
 * a statement walks one short key range per interface: 500 interfaces × a day of one-minute
 * samples is ~720,000 rows at most, usually far fewer (villages are polled every 5 minutes).
 */
export const PRUNE_INTERFACES_PER_STATEMENT = 500;

export interface TrafficPruningOptions {
  retention: TrafficRetention;
  nowMs?: number;
  interfacesPerStatement?: number;
  logger?: Pick<Logger, 'info'>;
}

export type TrafficPruningReport = Record<TrafficResolution, number>;

/**
 * Deletes history older than each resolution's retention in many small statements, so none
 * holds locks for long and the poll writer waits at most one statement. Each statement stands
 * alone: an interrupted run leaves correct data, and the next run carries on.
 *
 * Raw samples go by interface ranges. A late sample (written after an outage) has a high id
 * but an old time and is found like any other. Roll-ups are keyed time first, so they go one
 * bucket start at a time: one interface row per bucket, ~57,000 rows at full depth.
 */
export async function pruneTrafficHistory(
  sequelize: Sequelize,
  options: TrafficPruningOptions,
): Promise<TrafficPruningReport> {
  const nowMs = options.nowMs ?? Date.now();
  const report: TrafficPruningReport = {
    raw: await pruneRawSamples(
      sequelize,
      retentionCutoffMs(options.retention, 'raw', nowMs),
      options.interfacesPerStatement ?? PRUNE_INTERFACES_PER_STATEMENT,
    ),
    '5m': 0,
    '1h': 0,
    '1d': 0,
  };
  for (const resolution of ROLLUP_RESOLUTIONS) {
    report[resolution] = await pruneRollups(
      sequelize,
      resolution,
      retentionCutoffMs(options.retention, resolution, nowMs),
    );
  }
  options.logger?.info(report, 'traffic history pruned');
  return report;
}

async function pruneRawSamples(
  sequelize: Sequelize,
  cutoffMs: number,
  interfacesPerStatement: number,
): Promise<number> {
  const [bounds] = await sequelize.query<{ low: unknown; high: unknown }>(
    'SELECT MIN(interface_id) AS low, MAX(interface_id) AS high FROM interface_samples',
    { type: QueryTypes.SELECT },
  );
  if (bounds?.low === null || bounds?.low === undefined) return 0;
  const cutoff = sqlDateTime(sequelize, new Date(cutoffMs));
  let deleted = 0;
  for (
    let first = Number(bounds.low);
    first <= Number(bounds.high);
    first += interfacesPerStatement
  ) {
    deleted += await deleteRows(
      sequelize,
      `DELETE FROM interface_samples
        WHERE interface_id >= :first AND interface_id < :end AND sampled_at < :cutoff`,
      { first, end: first + interfacesPerStatement, cutoff },
    );
  }
  return deleted;
}

async function pruneRollups(
  sequelize: Sequelize,
  resolution: RollupResolution,
  cutoffMs: number,
): Promise<number> {
  const table = ROLLUP_TABLES[resolution];
  const cutoff = Math.floor(cutoffMs / 1000);
  const bucketSeconds = ROLLUP_BUCKET_MS[resolution] / 1000;
  let deleted = 0;
  for (;;) {
    const [oldest] = await sequelize.query<{ start: unknown }>(
      `SELECT MIN(bucket_start) AS start FROM ${table} WHERE bucket_start < :cutoff`,
      { type: QueryTypes.SELECT, replacements: { cutoff } },
    );
    if (oldest?.start === null || oldest?.start === undefined) return deleted;
    const start = Number(oldest.start);
    deleted += await deleteRows(
      sequelize,
      `DELETE FROM ${table} WHERE bucket_start >= :start AND bucket_start < :end`,
      { start, end: Math.min(start + bucketSeconds, cutoff) },
    );
  }
}

/** Runs a DELETE and answers how many rows it removed, in both dialects. */
async function deleteRows(
  sequelize: Sequelize,
  sql: string,
  replacements: Record<string, unknown>,
): Promise<number> {
  const result: unknown = await sequelize.query(sql, {
    type: QueryTypes.BULKDELETE,
    replacements,
  });
  return typeof result === 'number' ? result : Number(result ?? 0);
}
