import { ROLLUP_BUCKET_MS, ROLLUP_TABLES, type RollupResolution } from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { insertRows, sqlDateTime } from '../batched-writes';
import type { BucketFigures, FiveMinuteFigures, RateSample } from './rollup-math';
import type { TouchedSlot } from './rerolled-buckets';

export interface StoredRawSample extends RateSample {
  interfaceId: number;
}

export interface StoredFiveMinuteBucket extends FiveMinuteFigures {
  interfaceId: number;
}

export interface RollupRow extends BucketFigures {
  interfaceId: number;
  bucketStartMs: number;
}

const ROLLUP_COLUMNS = [
  'covered_ms',
  'in_avg_bps',
  'in_max_bps',
  'in_p95_bps',
  'out_avg_bps',
  'out_max_bps',
  'out_p95_bps',
];

/**
 * Epoch milliseconds of `sampled_at`, whatever the session time zone: MariaDB's TIMESTAMPDIFF
 * from the epoch; SQLite's julianday of the `… +00:00` text the collector writes.
 */
function sampledAtMsExpression(sequelize: Sequelize): string {
  return sequelize.getDialect() === 'sqlite'
    ? `CAST(ROUND((julianday(sampled_at) - 2440587.5) * 86400000.0) AS INTEGER)`
    : `(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', sampled_at) DIV 1000)`;
}

/** Integer division that truncates in both dialects (the operands are positive). */
function integerDivision(sequelize: Sequelize, dividend: string, divisor: string): string {
  return sequelize.getDialect() === 'sqlite'
    ? `(${dividend} / ${divisor})`
    : `(${dividend} DIV ${divisor})`;
}

/** SQL of the roll-ups: reads by key ranges, writes by multi-row upserts. No per-row queries. */
export class RollupRepository {
  constructor(private readonly sequelize: Sequelize) {}

  async rolledThroughId(resolution: RollupResolution): Promise<number> {
    const rows = await this.sequelize.query<{ id: unknown }>(
      'SELECT rolled_through_id AS id FROM traffic_rollup_progress WHERE resolution = :resolution',
      { type: QueryTypes.SELECT, replacements: { resolution } },
    );
    return rows.length > 0 ? Number(rows[0]!.id) : 0;
  }

  async recordProgress(resolution: RollupResolution, throughId: number, at: Date): Promise<void> {
    await this.sequelize.query(
      `UPDATE traffic_rollup_progress SET rolled_through_id = :throughId, rolled_at = :at
        WHERE resolution = :resolution`,
      { replacements: { resolution, throughId, at: sqlDateTime(this.sequelize, at) } },
    );
  }

  async highestSampleId(): Promise<number> {
    const rows = await this.sequelize.query<{ id: unknown }>(
      'SELECT MAX(id) AS id FROM interface_samples',
      { type: QueryTypes.SELECT },
    );
    return Number(rows[0]?.id ?? 0);
  }

  /** Distinct (interface, slot) pairs of raw rows with afterId < id ≤ throughId. */
  async touchedSlots(afterId: number, throughId: number, slotMs: number): Promise<TouchedSlot[]> {
    const slot = integerDivision(this.sequelize, sampledAtMsExpression(this.sequelize), ':slotMs');
    const rows = await this.sequelize.query<{ interfaceId: unknown; slot: unknown }>(
      `SELECT DISTINCT interface_id AS interfaceId, ${slot} AS slot FROM interface_samples
        WHERE id > :afterId AND id <= :throughId`,
      { type: QueryTypes.SELECT, replacements: { afterId, throughId, slotMs } },
    );
    return rows.map((row) => ({
      interfaceId: Number(row.interfaceId),
      slotStartMs: Number(row.slot) * slotMs,
    }));
  }

  /** Raw samples of these interfaces with sampled_at in [fromMs, toMs). */
  async rawSamples(
    interfaceIds: readonly number[],
    fromMs: number,
    toMs: number,
  ): Promise<StoredRawSample[]> {
    const rows = await this.sequelize.query<Record<keyof StoredRawSample, unknown>>(
      `SELECT interface_id AS interfaceId, interval_ms AS intervalMs, in_bps AS inBps,
              out_bps AS outBps
         FROM interface_samples
        WHERE interface_id IN (:interfaceIds) AND sampled_at >= :from AND sampled_at < :to`,
      {
        type: QueryTypes.SELECT,
        replacements: {
          interfaceIds: [...interfaceIds],
          from: sqlDateTime(this.sequelize, new Date(fromMs)),
          to: sqlDateTime(this.sequelize, new Date(toMs)),
        },
      },
    );
    return rows.map((row) => ({
      interfaceId: Number(row.interfaceId),
      intervalMs: Number(row.intervalMs),
      inBps: Number(row.inBps),
      outBps: Number(row.outBps),
    }));
  }

  /**
   * Five-minute buckets starting in [fromMs, toMs) of the interfaces firstId..lastId. The table
   * is keyed (bucket_start, interface_id): naming each bucket start makes one short key range
   * per bucket instead of a scan of every interface's rows of the day.
   */
  async fiveMinuteBuckets(
    firstInterfaceId: number,
    lastInterfaceId: number,
    fromMs: number,
    toMs: number,
  ): Promise<StoredFiveMinuteBucket[]> {
    const starts: number[] = [];
    for (let startMs = fromMs; startMs < toMs; startMs += ROLLUP_BUCKET_MS['5m']) {
      starts.push(startMs / 1000);
    }
    const rows = await this.sequelize.query<Record<keyof StoredFiveMinuteBucket, unknown>>(
      `SELECT interface_id AS interfaceId, covered_ms AS coveredMs, in_avg_bps AS inAvgBps,
              in_max_bps AS inMaxBps, out_avg_bps AS outAvgBps, out_max_bps AS outMaxBps
         FROM ${ROLLUP_TABLES['5m']}
        WHERE bucket_start IN (:starts) AND interface_id BETWEEN :firstInterfaceId AND :lastInterfaceId`,
      {
        type: QueryTypes.SELECT,
        replacements: { starts, firstInterfaceId, lastInterfaceId },
      },
    );
    return rows.map((row) => ({
      interfaceId: Number(row.interfaceId),
      coveredMs: Number(row.coveredMs),
      inAvgBps: Number(row.inAvgBps),
      inMaxBps: Number(row.inMaxBps),
      outAvgBps: Number(row.outAvgBps),
      outMaxBps: Number(row.outMaxBps),
    }));
  }

  /** Inserts or replaces buckets (idempotent: a re-roll overwrites the same key). */
  async upsertBuckets(resolution: RollupResolution, rows: readonly RollupRow[]): Promise<void> {
    if (rows.length === 0) return;
    await insertRows(
      this.sequelize,
      ROLLUP_TABLES[resolution],
      rows.map((row) => ({
        interface_id: row.interfaceId,
        bucket_start: row.bucketStartMs / 1000,
        covered_ms: row.coveredMs,
        in_avg_bps: row.inAvgBps,
        in_max_bps: row.inMaxBps,
        in_p95_bps: row.inP95Bps,
        out_avg_bps: row.outAvgBps,
        out_max_bps: row.outMaxBps,
        out_p95_bps: row.outP95Bps,
      })),
      null,
      { keys: ['bucket_start', 'interface_id'], update: ROLLUP_COLUMNS },
    );
  }
}
