import {
  AUDIT_EVENTS_TABLE,
  STORED_AUDIT_EVENT_COLUMNS,
  auditDateTimeText,
  toStoredAuditEvent,
  type StoredAuditEvent,
  type StoredAuditEventRow,
} from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { offsetOf, type PageRequest } from '../platform/pagination';
import { LIKE_ESCAPE_CLAUSE, escapeLike } from '../platform/query-params';
import type { AuditEventFilters, AuditEventView } from './audit.schemas';

export interface SqlFilter {
  /** `WHERE …` or '' */
  where: string;
  replacements: Record<string, unknown>;
}

/** The filters as SQL; every value is a replacement, never spliced into the text. */
export function auditFilterSql(filters: AuditEventFilters, dialect: string): SqlFilter {
  const conditions: string[] = [];
  const replacements: Record<string, unknown> = {};
  if (filters.from) {
    conditions.push('occurred_at >= :from');
    replacements['from'] = auditDateTimeText(filters.from, dialect);
  }
  if (filters.to) {
    conditions.push('occurred_at < :to');
    replacements['to'] = auditDateTimeText(filters.to, dialect);
  }
  if (filters.accountId !== undefined) {
    conditions.push('account_id = :accountId');
    replacements['accountId'] = filters.accountId;
  }
  if (filters.username) {
    conditions.push('username = :username');
    replacements['username'] = filters.username;
  }
  if (filters.action?.endsWith('*')) {
    conditions.push(`action LIKE :actionPrefix ${LIKE_ESCAPE_CLAUSE}`);
    replacements['actionPrefix'] = `${escapeLike(filters.action.slice(0, -1))}%`;
  } else if (filters.action) {
    conditions.push('action = :action');
    replacements['action'] = filters.action;
  }
  if (filters.objectType) {
    conditions.push('object_type = :objectType');
    replacements['objectType'] = filters.objectType;
  }
  if (filters.result && filters.result.length > 0) {
    conditions.push('result IN (:results)');
    replacements['results'] = filters.result;
  }
  return {
    where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '',
    replacements,
  };
}

/** Read-only access to audit_events: there is deliberately no method that writes. */
export class AuditEventsRepository {
  constructor(private readonly sequelize: Sequelize) {}

  /** Newest first (id order is chain order, which is time order). */
  async findPage(
    filters: AuditEventFilters,
    page: PageRequest,
  ): Promise<{ items: AuditEventView[]; total: number }> {
    const { where, replacements } = auditFilterSql(filters, this.sequelize.getDialect());
    const [countRow] = await this.sequelize.query<{ total: unknown }>(
      `SELECT COUNT(*) AS total FROM ${AUDIT_EVENTS_TABLE} ${where}`,
      { type: QueryTypes.SELECT, replacements },
    );
    const rows = await this.sequelize.query<StoredAuditEventRow>(
      `SELECT ${STORED_AUDIT_EVENT_COLUMNS} FROM ${AUDIT_EVENTS_TABLE} ${where}
       ORDER BY id DESC LIMIT :limit OFFSET :offset`,
      {
        type: QueryTypes.SELECT,
        replacements: { ...replacements, limit: page.pageSize, offset: offsetOf(page) },
      },
    );
    return { items: rows.map(toView), total: Number(countRow?.total ?? 0) };
  }

  /**
   * Every matching event, newest first, fetched in keyset batches (id < last seen) so an export
   * of a million rows holds one batch in memory and never re-reads from an OFFSET.
   */
  async *streamNewestFirst(
    filters: AuditEventFilters,
    batchSize = 1_000,
  ): AsyncGenerator<AuditEventView> {
    const { where, replacements } = auditFilterSql(filters, this.sequelize.getDialect());
    let beforeId: number | null = null;
    for (;;) {
      const keyset = beforeId === null ? '' : `${where ? 'AND' : 'WHERE'} id < :beforeId`;
      const rows: StoredAuditEventRow[] = await this.sequelize.query<StoredAuditEventRow>(
        `SELECT ${STORED_AUDIT_EVENT_COLUMNS} FROM ${AUDIT_EVENTS_TABLE} ${where} ${keyset}
         ORDER BY id DESC LIMIT :limit`,
        { type: QueryTypes.SELECT, replacements: { ...replacements, beforeId, limit: batchSize } },
      );
      for (const row of rows) yield toView(row);
      if (rows.length < batchSize) return;
      beforeId = Number(rows[rows.length - 1]!.id);
    }
  }
}

function toView(row: StoredAuditEventRow): AuditEventView {
  const { beforeJson, afterJson, ...event }: StoredAuditEvent = toStoredAuditEvent(row);
  return { ...event, before: parseStoredJson(beforeJson), after: parseStoredJson(afterJson) };
}

/** Stored text that no longer parses (an altered row) is shown as it is rather than hidden. */
function parseStoredJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
