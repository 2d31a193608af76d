import type { UplinkState } from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { offsetOf, type PageRequest } from '../platform/pagination';
import { toIso, toNumber } from '../platform/sql-values';
import type { StateChangePoint, TimeWindow } from './availability.timeline';
import type { StateChangeView } from './state-history.schemas';

/** Reads `uplink_state_changes` (written by the collector, index on uplink_id + changed_at). */
export class StateHistoryRepository {
  constructor(private readonly sequelize: Sequelize) {}

  async findPage(
    uplinkId: number,
    window: TimeWindow,
    page: PageRequest,
  ): Promise<{ items: StateChangeView[]; total: number }> {
    const replacements = {
      uplinkId,
      ...this.bounds(window),
      limit: page.pageSize,
      offset: offsetOf(page),
    };
    const where = 'uplink_id = :uplinkId AND changed_at >= :from AND changed_at < :to';
    const [rows, [counted]] = await Promise.all([
      this.select<Record<string, unknown>>(
        `SELECT id, changed_at AS changedAt, from_state AS fromState, to_state AS toState,
           reason_code AS reasonCode, reason_params AS reasonParams, reason_text AS reasonText
         FROM uplink_state_changes WHERE ${where}
         ORDER BY changed_at DESC, id DESC LIMIT :limit OFFSET :offset`,
        replacements,
      ),
      this.select<{ total: unknown }>(
        `SELECT COUNT(*) AS total FROM uplink_state_changes WHERE ${where}`,
        replacements,
      ),
    ]);
    return {
      total: toNumber(counted?.total),
      items: rows.map((row) => ({
        id: toNumber(row['id']),
        changedAt: toIso(row['changedAt']),
        fromState: (row['fromState'] as UplinkState | null) ?? null,
        toState: row['toState'] as UplinkState,
        reasonCode: String(row['reasonCode']),
        reasonParams: parseParams(row['reasonParams']),
        reasonText: String(row['reasonText']),
      })),
    };
  }

  /** The state in force at `at`: the last change before it; null before the first evaluation. */
  async stateAt(uplinkId: number, at: number): Promise<string | null> {
    const [row] = await this.select<{ state: string }>(
      `SELECT to_state AS state FROM uplink_state_changes
       WHERE uplink_id = :uplinkId AND changed_at < :at ORDER BY changed_at DESC, id DESC LIMIT 1`,
      { uplinkId, at: this.sqlDate(at) },
    );
    return row?.state ?? null;
  }

  /** Every change in the window, oldest first (for segments and availability). */
  async changesIn(uplinkId: number, window: TimeWindow): Promise<StateChangePoint[]> {
    const rows = await this.select<{ changedAt: unknown; state: string }>(
      `SELECT changed_at AS changedAt, to_state AS state FROM uplink_state_changes
       WHERE uplink_id = :uplinkId AND changed_at >= :from AND changed_at < :to
       ORDER BY changed_at, id`,
      { uplinkId, ...this.bounds(window) },
    );
    return rows.map((row) => ({ at: Date.parse(toIso(row.changedAt)), state: row.state }));
  }

  private bounds(window: TimeWindow): { from: string; to: string } {
    return { from: this.sqlDate(window.from), to: this.sqlDate(window.to) };
  }

  private sqlDate(epochMs: number): string {
    return sqlDateLiteral(this.sequelize, epochMs);
  }

  private select<T extends object>(
    sql: string,
    replacements: Record<string, unknown>,
  ): Promise<T[]> {
    return this.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements });
  }
}

function parseParams(value: unknown): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(String(value ?? '{}'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : { value: parsed };
  } catch {
    return {};
  }
}

/**
 * A DATETIME(3) bound as each dialect stores it: SQLite compares Sequelize's stored text
 * (`… +00:00`), and MariaDB would drop the milliseconds of a bare Date replacement.
 */
export function sqlDateLiteral(sequelize: Sequelize, epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
  return sequelize.getDialect() === 'sqlite' ? `${text} +00:00` : text;
}
