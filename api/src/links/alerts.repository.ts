import {
  ALERT_SEVERITIES,
  AlertStatus,
  type AccountScope,
  type AlertEventType,
  type AlertSeverity,
  type UnitLevel,
} from '@extranet/database';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { offsetOf } from '../platform/pagination';
import { LIKE_ESCAPE_CLAUSE, escapeLike } from '../platform/query-params';
import { toIso, toIsoOrNull, toNumber } from '../platform/sql-values';
import type { AcknowledgementState } from './alerts.acknowledgement';
import type {
  AlertCounts,
  AlertEventView,
  AlertListQuery,
  AlertSortField,
  AlertSummary,
} from './alerts.schemas';
import { scopeCondition, withScope, type ScopeCondition } from './scope.sql';
import { sqlDateLiteral } from './state-history.repository';

const SELECT_ALERT = `SELECT a.id, a.kind, a.severity, a.status, a.is_flapping AS isFlapping,
  a.subject_type AS subjectType, a.subject_id AS subjectId, a.unit_code AS unitCode,
  au.name AS unitName, au.level AS unitLevel, a.summary, a.details,
  a.condition_since AS conditionSince, a.raised_at AS raisedAt, a.cleared_at AS clearedAt,
  a.acknowledged_at AS acknowledgedAt, a.acknowledged_by AS acknowledgedBy, a.ack_comment AS ackComment
  FROM alerts a LEFT JOIN admin_units au ON au.code = a.unit_code`;

/** Severity in declaration order (critical first), as SQL, so it sorts the same on both databases. */
const SEVERITY_RANK = `CASE a.severity ${ALERT_SEVERITIES.map((severity, rank) => `WHEN '${severity}' THEN ${rank}`).join(' ')} END`;

const SORT_COLUMNS: Record<AlertSortField, string> = {
  raisedAt: 'a.raised_at',
  severity: SEVERITY_RANK,
  kind: 'a.kind',
  unit: 'a.unit_code',
  status: 'a.status',
  clearedAt: 'a.cleared_at',
};

export class AlertsRepository {
  constructor(private readonly sequelize: Sequelize) {}

  async findPage(
    query: AlertListQuery,
    scope: AccountScope,
  ): Promise<{ items: AlertSummary[]; total: number }> {
    const { where, replacements } = this.filter(query, scope);
    const column = SORT_COLUMNS[query.sort];
    const direction = query.order === 'asc' ? 'ASC' : 'DESC';
    // NULLs (cleared_at of open alerts, collectors' unit) last in both directions, portably.
    const order = `CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END, ${column} ${direction}, a.raised_at DESC, a.id DESC`;
    const [rows, [counted]] = await Promise.all([
      this.select<AlertRow>(
        `${SELECT_ALERT} ${where} ORDER BY ${order} LIMIT :limit OFFSET :offset`,
        {
          ...replacements,
          limit: query.pageSize,
          offset: offsetOf(query),
        },
      ),
      this.select<{ total: unknown }>(
        `SELECT COUNT(*) AS total FROM alerts a LEFT JOIN admin_units au ON au.code = a.unit_code ${where}`,
        replacements,
      ),
    ]);
    return { items: rows.map(toSummary), total: toNumber(counted?.total) };
  }

  /** One alert, only when in scope. */
  async findById(
    id: number,
    scope: AccountScope,
    transaction?: Transaction,
  ): Promise<AlertSummary | null> {
    const scoped = scopeCondition('a.unit_code', scope);
    const clauses = withScope(['a.id = :id'], scoped);
    const [row] = await this.select<AlertRow>(
      `${SELECT_ALERT} WHERE ${clauses.join(' AND ')}`,
      { ...scoped.replacements, id },
      transaction,
    );
    return row ? toSummary(row) : null;
  }

  async findEvents(alertId: number, transaction?: Transaction): Promise<AlertEventView[]> {
    const rows = await this.select<Record<string, unknown>>(
      `SELECT id, occurred_at AS occurredAt, type, username, comment, details FROM alert_events
       WHERE alert_id = :alertId ORDER BY occurred_at, id`,
      { alertId },
      transaction,
    );
    return rows.map((row) => ({
      id: toNumber(row['id']),
      occurredAt: toIso(row['occurredAt']),
      type: row['type'] as AlertEventType,
      username: (row['username'] as string | null) ?? null,
      comment: (row['comment'] as string | null) ?? null,
      details: row['details']
        ? (JSON.parse(String(row['details'])) as Record<string, unknown>)
        : null,
    }));
  }

  async counts(scope: AccountScope): Promise<AlertCounts> {
    const scoped = scopeCondition('a.unit_code', scope);
    const clauses = withScope([`a.status = '${AlertStatus.Open}'`], scoped);
    const rows = await this.select<{
      severity: AlertSeverity;
      isAcknowledged: unknown;
      count: unknown;
      latest: unknown;
    }>(
      `SELECT a.severity, CASE WHEN a.acknowledged_at IS NULL THEN 0 ELSE 1 END AS isAcknowledged,
         COUNT(*) AS count, MAX(a.raised_at) AS latest
       FROM alerts a WHERE ${clauses.join(' AND ')}
       GROUP BY a.severity, CASE WHEN a.acknowledged_at IS NULL THEN 0 ELSE 1 END`,
      scoped.replacements,
    );
    const zero = () =>
      Object.fromEntries(ALERT_SEVERITIES.map((severity) => [severity, 0])) as Record<
        AlertSeverity,
        number
      >;
    const counts: AlertCounts = {
      open: 0,
      unacknowledged: 0,
      bySeverity: zero(),
      unacknowledgedBySeverity: zero(),
      latestRaisedAt: null,
    };
    let latest: string | null = null;
    for (const row of rows) {
      const count = toNumber(row.count);
      counts.open += count;
      counts.bySeverity[row.severity] += count;
      if (toNumber(row.isAcknowledged) === 0) {
        counts.unacknowledged += count;
        counts.unacknowledgedBySeverity[row.severity] += count;
      }
      const raised = toIsoOrNull(row.latest);
      if (raised && (!latest || raised > latest)) latest = raised;
    }
    counts.latestRaisedAt = latest;
    return counts;
  }

  async setAcknowledgement(
    id: number,
    state: AcknowledgementState,
    transaction: Transaction,
  ): Promise<void> {
    await this.sequelize.query(
      `UPDATE alerts SET acknowledged_at = :at, acknowledged_by = :by, ack_comment = :comment WHERE id = :id`,
      {
        replacements: {
          id,
          at: state.acknowledgedAt
            ? sqlDateLiteral(this.sequelize, state.acknowledgedAt.getTime())
            : null,
          by: state.acknowledgedBy,
          comment: state.ackComment,
        },
        transaction,
      },
    );
  }

  async addEvent(
    event: {
      alertId: number;
      occurredAt: Date;
      type: AlertEventType;
      username: string | null;
      comment: string | null;
    },
    transaction: Transaction,
  ): Promise<void> {
    await this.sequelize.query(
      `INSERT INTO alert_events (alert_id, occurred_at, type, username, comment, details)
       VALUES (:alertId, :occurredAt, :type, :username, :comment, NULL)`,
      {
        replacements: {
          ...event,
          occurredAt: sqlDateLiteral(this.sequelize, event.occurredAt.getTime()),
        },
        transaction,
      },
    );
  }

  private filter(
    query: AlertListQuery,
    scope: AccountScope,
  ): { where: string; replacements: Record<string, unknown> } {
    const scoped: ScopeCondition = scopeCondition('a.unit_code', scope);
    const clauses = ['a.status IN (:statuses)'];
    const replacements: Record<string, unknown> = {
      ...scoped.replacements,
      statuses: query.status ?? [AlertStatus.Open],
    };
    if (query.severity) {
      clauses.push('a.severity IN (:severities)');
      replacements['severities'] = query.severity;
    }
    if (query.kind) {
      clauses.push('a.kind IN (:kinds)');
      replacements['kinds'] = query.kind;
    }
    if (query.acknowledged !== undefined) {
      clauses.push(
        query.acknowledged ? 'a.acknowledged_at IS NOT NULL' : 'a.acknowledged_at IS NULL',
      );
    }
    if (query.city) {
      clauses.push(`a.unit_code LIKE :cityPrefix ${LIKE_ESCAPE_CLAUSE}`);
      replacements['cityPrefix'] = `${escapeLike(query.city)}%`;
    }
    if (query.q) {
      clauses.push(
        `(au.name LIKE :contains ${LIKE_ESCAPE_CLAUSE} OR a.unit_code LIKE :prefix ${LIKE_ESCAPE_CLAUSE} OR a.summary LIKE :contains ${LIKE_ESCAPE_CLAUSE})`,
      );
      replacements['contains'] = `%${escapeLike(query.q)}%`;
      replacements['prefix'] = `${escapeLike(query.q)}%`;
    }
    return { where: `WHERE ${withScope(clauses, scoped).join(' AND ')}`, replacements };
  }

  private select<T extends object>(
    sql: string,
    replacements: Record<string, unknown>,
    transaction?: Transaction,
  ): Promise<T[]> {
    return this.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements, transaction });
  }
}

interface AlertRow {
  id: unknown;
  kind: AlertSummary['kind'];
  severity: AlertSeverity;
  status: AlertSummary['status'];
  isFlapping: unknown;
  subjectType: AlertSummary['subject']['type'];
  subjectId: string;
  unitCode: string | null;
  unitName: string | null;
  unitLevel: UnitLevel | null;
  summary: string;
  details: string;
  conditionSince: unknown;
  raisedAt: unknown;
  clearedAt: unknown;
  acknowledgedAt: unknown;
  acknowledgedBy: string | null;
  ackComment: string | null;
}

function toSummary(row: AlertRow): AlertSummary {
  const acknowledgedAt = toIsoOrNull(row.acknowledgedAt);
  return {
    id: toNumber(row.id),
    kind: row.kind,
    severity: row.severity,
    status: row.status,
    isFlapping: row.isFlapping === true || toNumber(row.isFlapping) === 1,
    subject: { type: row.subjectType, id: row.subjectId },
    unit:
      row.unitCode && row.unitName && row.unitLevel
        ? { code: row.unitCode, name: row.unitName, level: row.unitLevel }
        : null,
    summary: row.summary,
    details: JSON.parse(row.details) as Record<string, unknown>,
    conditionSince: toIso(row.conditionSince),
    raisedAt: toIso(row.raisedAt),
    clearedAt: toIsoOrNull(row.clearedAt),
    acknowledgement: acknowledgedAt
      ? { at: acknowledgedAt, by: row.acknowledgedBy ?? '', comment: row.ackComment ?? '' }
      : null,
  };
}
