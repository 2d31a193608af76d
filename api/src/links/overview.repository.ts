import { UnitLevel, isProvinceWide, type AccountScope, type UplinkState } from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { scopeCondition, scopeRootAndAncestors } from './scope.sql';
import { toIso, toIsoOrNull, toNumber } from '../platform/sql-values';
import type { CollectorStatus } from './overview.schemas';

export interface LevelCityStateCount {
  level: UnitLevel;
  cityCode: string | null;
  state: UplinkState;
  count: number;
}

export class OverviewRepository {
  constructor(private readonly sequelize: Sequelize) {}

  /**
   * Every uplink in the scope counted once by (child level, child's city, state): one grouped
   * scan.
   */
  async countByLevelCityState(scope: AccountScope): Promise<LevelCityStateCount[]> {
    const inScope = scopeCondition('u.child_unit_code', scope);
    const rows = await this.sequelize.query<Record<keyof LevelCityStateCount, unknown>>(
      `SELECT c.level AS level, c.city_code AS cityCode, u.state AS state, COUNT(*) AS count
       FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code
       ${inScope.sql ? `WHERE ${inScope.sql}` : ''}
       GROUP BY c.level, c.city_code, u.state`,
      { type: QueryTypes.SELECT, replacements: inScope.replacements },
    );
    return rows.map((row) => ({
      level: row.level as UnitLevel,
      cityCode: (row.cityCode as string | null) ?? null,
      state: row.state as UplinkState,
      count: toNumber(row.count),
    }));
  }

  /**
   * The city-level units a scoped account has a stake in: those inside the scope, and the city
   * that contains it (a county operator sees their city, counted over their county only).
   */
  async findCities(scope: AccountScope): Promise<{ code: string; name: string }[]> {
    const inScope = scopeCondition('code', scope);
    const ancestors = scopeRootAndAncestors(scope);
    const where = isProvinceWide(scope)
      ? ''
      : `AND (${inScope.sql}${ancestors.length > 0 ? ' OR code IN (:ancestors)' : ''})`;
    return this.sequelize.query<{ code: string; name: string }>(
      `SELECT code, name FROM admin_units WHERE level = :level ${where} ORDER BY code`,
      {
        type: QueryTypes.SELECT,
        replacements: { level: UnitLevel.City, ancestors, ...inScope.replacements },
      },
    );
  }

  async findLastCycle(): Promise<CollectorStatus['lastCycle']> {
    const [row] = await this.sequelize.query<Record<string, unknown>>(
      `SELECT started_at AS startedAt, finished_at AS finishedAt, duration_ms AS durationMs,
         nodes_polled AS nodesPolled, nodes_failed AS nodesFailed, samples_stored AS samplesStored
       FROM collector_cycles ORDER BY started_at DESC LIMIT 1`,
      { type: QueryTypes.SELECT },
    );
    if (!row) return null;
    return {
      startedAt: toIso(row['startedAt']),
      finishedAt: toIso(row['finishedAt']),
      durationMs: toNumber(row['durationMs']),
      nodesPolled: toNumber(row['nodesPolled']),
      nodesFailed: toNumber(row['nodesFailed']),
      samplesStored: toNumber(row['samplesStored']),
    };
  }

  /** Fallback before the first recorded cycle: the latest poll of any node. */
  async findLatestNodePoll(): Promise<string | null> {
    const [row] = await this.sequelize.query<{ latest: unknown }>(
      `SELECT MAX(last_polled_at) AS latest FROM nodes`,
      { type: QueryTypes.SELECT },
    );
    return toIsoOrNull(row?.latest);
  }
}
