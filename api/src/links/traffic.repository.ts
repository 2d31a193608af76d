import { QueryTypes, type Sequelize } from 'sequelize';
import { dialectOf, toNumber, type SqlDialect } from '../platform/sql-values';
import type { TrafficWindow } from './traffic-window';

export interface MemberInterface {
  memberId: number;
  memberIndex: number;
  carrier: string;
  contractedMbps: number;
  interfaceId: number;
}

export interface SampleBucket {
  interfaceId: number;
  bucket: number;
  inBps: number;
  outBps: number;
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
   * Time-weighted mean rates per interface and bucket (a sample covers `interval_ms` before its
   * time, so a long interval after a missed poll weighs accordingly). Reads one range of the
   * (interface_id, sampled_at) primary key per interface; the `* 1.0` keeps SQLite's SUM in
   * floating point, where 64-bit integers could overflow over long windows.
   */
  async findBuckets(
    interfaceIds: readonly number[],
    window: TrafficWindow,
  ): Promise<SampleBucket[]> {
    if (interfaceIds.length === 0) return [];
    const rows = await this.sequelize.query<Record<keyof SampleBucket, unknown>>(
      `SELECT s.interface_id AS interfaceId, ${bucketExpression(dialectOf(this.sequelize))} AS bucket,
         SUM(s.in_bps * 1.0 * s.interval_ms) / SUM(s.interval_ms) AS inBps,
         SUM(s.out_bps * 1.0 * s.interval_ms) / SUM(s.interval_ms) AS outBps
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
    return rows.map((row) => ({
      interfaceId: toNumber(row.interfaceId),
      bucket: toNumber(row.bucket),
      inBps: toNumber(row.inBps),
      outBps: toNumber(row.outBps),
    }));
  }
}
