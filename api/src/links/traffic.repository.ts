import {
  ROLLUP_BUCKET_MS,
  ROLLUP_TABLES,
  bucketStartMs,
  type RollupResolution,
} from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { dialectOf, toNumber, toNumberOrNull, type SqlDialect } from '../platform/sql-values';
import type { TrafficWindow } from './traffic-window';

export interface MemberInterface {
  memberId: number;
  memberIndex: number;
  carrier: string;
  contractedMbps: number;
  interfaceId: number;
}

/** One point of one interface, whatever the resolution. */
export interface TrafficBucket {
  interfaceId: number;
  /** Start of the point's bucket, epoch ms (raw: a step of the window; roll-ups: as stored). */
  startMs: number;
  inAvgBps: number;
  outAvgBps: number;
  inMaxBps: number;
  outMaxBps: number;
  inP95Bps: number | null;
  outP95Bps: number | null;
  coveredMs: number;
}

/**
 * Bucket index of a sample: whole steps since the window start. Computed from epoch
 * milliseconds in each dialect's own way: MySQL's TIMESTAMPDIFF is independent of the session
 * time zone; SQLite's julianday parses the `… +00:00` text Sequelize stores.
 */
export function bucketExpression(dialect: SqlDialect): string {
  if (dialect === 'mysql') {
    return `((TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', s.sampled_at) DIV 1000 - :fromMs) DIV :stepMs)`;
  }
  return `((CAST(ROUND((julianday(s.sampled_at) - 2440587.5) * 86400000.0) AS INTEGER) - :fromMs) / :stepMs)`;
}

export class TrafficRepository {
  constructor(private readonly sequelize: Sequelize) {}

  async findMemberInterfaces(uplinkId: number): Promise<MemberInterface[]> {
    const rows = await this.sequelize.query<Record<keyof MemberInterface, unknown>>(
      `SELECT m.id AS memberId, m.member_index AS memberIndex, m.carrier AS carrier,
         m.contracted_mbps AS contractedMbps, m.interface_id AS interfaceId
       FROM uplink_members m WHERE m.uplink_id = :uplinkId ORDER BY m.member_index`,
      { type: QueryTypes.SELECT, replacements: { uplinkId } },
    );
    return rows.map((row) => ({
      memberId: toNumber(row.memberId),
      memberIndex: toNumber(row.memberIndex),
      carrier: String(row.carrier),
      contractedMbps: toNumber(row.contractedMbps),
      interfaceId: toNumber(row.interfaceId),
    }));
  }

  /**
   * Raw samples bucketed in SQL: time-weighted means (a sample covers `interval_ms` before its
   * time, so a long interval after a missed poll weighs accordingly), maxima and measured time.
   * Reads one range of the (interface_id, sampled_at) key per interface; the `* 1.0` keeps
   * SQLite's SUM in floating point, where 64-bit integers could overflow over long windows.
   */
  async findRawBuckets(
    interfaceIds: readonly number[],
    window: TrafficWindow,
  ): Promise<TrafficBucket[]> {
    const rows = await this.sequelize.query<Record<string, unknown>>(
      `SELECT s.interface_id AS interfaceId, ${bucketExpression(dialectOf(this.sequelize))} AS bucket,
         SUM(s.in_bps * 1.0 * s.interval_ms) / SUM(s.interval_ms) AS inAvgBps,
         SUM(s.out_bps * 1.0 * s.interval_ms) / SUM(s.interval_ms) AS outAvgBps,
         MAX(s.in_bps) AS inMaxBps, MAX(s.out_bps) AS outMaxBps, SUM(s.interval_ms) AS coveredMs
       FROM interface_samples s
       WHERE s.interface_id IN (:interfaceIds) AND s.sampled_at >= :from AND s.sampled_at < :to
       GROUP BY s.interface_id, bucket
       ORDER BY s.interface_id, bucket`,
      {
        type: QueryTypes.SELECT,
        replacements: {
          interfaceIds: [...interfaceIds],
          from: new Date(window.fromMs),
          to: new Date(window.toMs),
          fromMs: window.fromMs,
          stepMs: window.stepMs,
        },
      },
    );
    const lastBucket = Math.ceil((window.toMs - window.fromMs) / window.stepMs) - 1;
    return rows
      .filter((row) => toNumber(row['bucket']) >= 0 && toNumber(row['bucket']) <= lastBucket)
      .map((row) => ({
        interfaceId: toNumber(row['interfaceId']),
        startMs: window.fromMs + toNumber(row['bucket']) * window.stepMs,
        inAvgBps: Math.round(toNumber(row['inAvgBps'])),
        outAvgBps: Math.round(toNumber(row['outAvgBps'])),
        inMaxBps: toNumber(row['inMaxBps']),
        outMaxBps: toNumber(row['outMaxBps']),
        inP95Bps: null,
        outP95Bps: null,
        coveredMs: toNumber(row['coveredMs']),
      }));
  }

  /**
   * Stored buckets starting in [from, to), one point each. The tables are keyed (bucket_start,
   * interface_id), so the query names every bucket start of the window: a point lookup per
   * bucket and member instead of a scan of every interface's rows in the range.
   */
  async findRollupBuckets(
    interfaceIds: readonly number[],
    window: TrafficWindow,
    resolution: RollupResolution,
  ): Promise<TrafficBucket[]> {
    const bucketMs = ROLLUP_BUCKET_MS[resolution];
    const firstStart = bucketStartMs(window.fromMs, bucketMs);
    const starts: number[] = [];
    for (
      let startMs = firstStart < window.fromMs ? firstStart + bucketMs : firstStart;
      startMs < window.toMs;
      startMs += bucketMs
    ) {
      starts.push(startMs / 1000);
    }
    if (starts.length === 0) return [];
    const rows = await this.sequelize.query<Record<string, unknown>>(
      `SELECT interface_id AS interfaceId, bucket_start AS bucketStart, covered_ms AS coveredMs,
         in_avg_bps AS inAvgBps, out_avg_bps AS outAvgBps, in_max_bps AS inMaxBps,
         out_max_bps AS outMaxBps, in_p95_bps AS inP95Bps, out_p95_bps AS outP95Bps
       FROM ${ROLLUP_TABLES[resolution]}
       WHERE bucket_start IN (:starts) AND interface_id IN (:interfaceIds)
       ORDER BY interface_id, bucket_start`,
      { type: QueryTypes.SELECT, replacements: { interfaceIds: [...interfaceIds], starts } },
    );
    return rows.map((row) => ({
      interfaceId: toNumber(row['interfaceId']),
      startMs: toNumber(row['bucketStart']) * 1000,
      inAvgBps: toNumber(row['inAvgBps']),
      outAvgBps: toNumber(row['outAvgBps']),
      inMaxBps: toNumber(row['inMaxBps']),
      outMaxBps: toNumber(row['outMaxBps']),
      inP95Bps: toNumberOrNull(row['inP95Bps']),
      outP95Bps: toNumberOrNull(row['outP95Bps']),
      coveredMs: toNumber(row['coveredMs']),
    }));
  }
}
