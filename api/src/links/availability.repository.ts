import { UnitLevel, type AccountScope, type UnitLevel as Level } from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { LIKE_ESCAPE_CLAUSE, escapeLike } from '../platform/query-params';
import { toIso, toNumber } from '../platform/sql-values';
import type { StateChangePoint, TimeWindow } from './availability.timeline';
import { scopeCondition, withScope } from './scope.sql';
import { sqlDateLiteral } from './state-history.repository';

export interface UplinkTimeline {
  uplinkId: number;
  childUnitCode: string;
  stateAtStart: string | null;
  changes: StateChangePoint[];
}

export interface AvailabilityUnit {
  code: string;
  name: string;
  level: Level;
}

/**
 * Reads the state timelines a month's availability is computed from: two queries whatever the
 * number of uplinks (the uplinks in scope with their state at the start, the changes inside).
 */
export class AvailabilityRepository {
  constructor(private readonly sequelize: Sequelize) {}

  async timelines(
    window: TimeWindow,
    scope: AccountScope,
    cityCode?: string,
  ): Promise<UplinkTimeline[]> {
    const scoped = scopeCondition('u.child_unit_code', scope);
    const clauses = withScope(cityCode ? ['cu.city_code = :cityCode'] : [], scoped);
    const bounds = { from: this.sqlDate(window.from), to: this.sqlDate(window.to) };
    // The state in force at the start: one index probe (uplink_id, changed_at) per uplink. A
    // GROUP BY/MAX derived table joined back looked equivalent but took minutes on MariaDB at
    // full depth (it sorted the whole history).
    const uplinks = await this.select<{ id: unknown; code: string; stateAtStart: string | null }>(
      `SELECT u.id, u.child_unit_code AS code,
         (SELECT c.to_state FROM uplink_state_changes c
           WHERE c.uplink_id = u.id AND c.changed_at < :from
           ORDER BY c.changed_at DESC, c.id DESC LIMIT 1) AS stateAtStart
       FROM uplinks u JOIN admin_units cu ON cu.code = u.child_unit_code
       ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}`,
      { ...scoped.replacements, cityCode, ...bounds },
    );
    const timelines = new Map<number, UplinkTimeline>(
      uplinks.map((row) => [
        toNumber(row.id),
        {
          uplinkId: toNumber(row.id),
          childUnitCode: row.code,
          stateAtStart: row.stateAtStart ?? null,
          changes: [],
        },
      ]),
    );
    const inside = await this.select<{ uplinkId: unknown; changedAt: unknown; state: string }>(
      `SELECT uplink_id AS uplinkId, changed_at AS changedAt, to_state AS state
       FROM uplink_state_changes WHERE changed_at >= :from AND changed_at < :to
       ORDER BY changed_at, id`,
      bounds,
    );
    for (const row of inside) {
      timelines
        .get(toNumber(row.uplinkId))
        ?.changes.push({ at: Date.parse(toIso(row.changedAt)), state: row.state });
    }
    return [...timelines.values()];
  }

  /** The units listed at a level, in scope, optionally in one city and matching q. */
  async units(
    level: Level,
    scope: AccountScope,
    filter: { cityCode?: string; q?: string },
  ): Promise<AvailabilityUnit[]> {
    const scoped = scopeCondition('code', scope);
    const clauses = ['level = :level'];
    if (filter.cityCode && level !== UnitLevel.Department) clauses.push('city_code = :cityCode');
    if (filter.q)
      clauses.push(
        `(name LIKE :contains ${LIKE_ESCAPE_CLAUSE} OR code LIKE :prefix ${LIKE_ESCAPE_CLAUSE})`,
      );
    const rows = await this.select<{ code: string; name: string; level: Level }>(
      `SELECT code, name, level FROM admin_units WHERE ${withScope(clauses, scoped).join(' AND ')}`,
      {
        ...scoped.replacements,
        level,
        cityCode: filter.cityCode,
        contains: filter.q ? `%${escapeLike(filter.q)}%` : undefined,
        prefix: filter.q ? `${escapeLike(filter.q)}%` : undefined,
      },
    );
    return rows;
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
