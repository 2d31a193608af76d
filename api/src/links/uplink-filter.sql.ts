import {
  TREE_LEVEL_ORDER,
  UNIT_LEVELS,
  UPLINK_STATES,
  type AccountScope,
} from '@extranet/database';
import { LIKE_ESCAPE_CLAUSE, escapeLike } from '../platform/query-params';
import { scopeCondition } from './scope.sql';
import type { UplinkSortField } from './uplinks.schemas';

/**
 * SQL fragments for filtering and ordering uplinks. Only constants from this file reach the SQL
 * text; every user value is a named replacement. Aliases: `u` uplinks, `c` the child unit.
 */
export interface UplinkFilter {
  levels?: readonly string[];
  states?: readonly string[];
  cityCode?: string;
  parentCode?: string;
  /** Admin-tree parent of the child unit (the children of a unit in the drill-down). */
  childParentCode?: string;
  childCode?: string;
  ids?: readonly number[];
  q?: string;
  /** The caller's scope: only uplinks whose child unit is in it. */
  scope?: AccountScope;
}

export interface SqlFragment {
  sql: string;
  replacements: Record<string, unknown>;
  /** True when the fragment reads the child unit (alias `c`), so the join is required. */
  usesChildUnit: boolean;
}

export function uplinkWhere(filter: UplinkFilter): SqlFragment {
  const clauses: string[] = [];
  const replacements: Record<string, unknown> = {};
  if (filter.levels?.length) {
    clauses.push('c.level IN (:levels)');
    replacements['levels'] = [...filter.levels];
  }
  if (filter.states?.length) {
    clauses.push('u.state IN (:states)');
    replacements['states'] = [...filter.states];
  }
  if (filter.cityCode !== undefined) {
    clauses.push('c.city_code = :cityCode');
    replacements['cityCode'] = filter.cityCode;
  }
  if (filter.parentCode !== undefined) {
    clauses.push('u.parent_unit_code = :parentCode');
    replacements['parentCode'] = filter.parentCode;
  }
  if (filter.childParentCode !== undefined) {
    clauses.push('c.parent_code = :childParentCode');
    replacements['childParentCode'] = filter.childParentCode;
  }
  if (filter.childCode !== undefined) {
    clauses.push('u.child_unit_code = :childCode');
    replacements['childCode'] = filter.childCode;
  }
  if (filter.ids !== undefined) {
    // An empty IN () is a syntax error in both dialects; no ids means no rows.
    clauses.push(filter.ids.length > 0 ? 'u.id IN (:ids)' : '1 = 0');
    if (filter.ids.length > 0) replacements['ids'] = [...filter.ids];
  }
  if (filter.q !== undefined) {
    clauses.push(
      `(c.name LIKE :qContains ${LIKE_ESCAPE_CLAUSE} OR c.code LIKE :qPrefix ${LIKE_ESCAPE_CLAUSE})`,
    );
    replacements['qContains'] = `%${escapeLike(filter.q)}%`;
    replacements['qPrefix'] = `${escapeLike(filter.q)}%`;
  }
  if (filter.scope) {
    // On the uplink's own child code: no join needed, and the (child_unit_code) index serves it.
    const condition = scopeCondition('u.child_unit_code', filter.scope);
    if (condition.sql) {
      clauses.push(condition.sql);
      Object.assign(replacements, condition.replacements);
    }
  }
  const usesChildUnit = clauses.some((clause) => clause.includes('c.'));
  return {
    sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '',
    replacements,
    usesChildUnit,
  };
}

/** Rank by a fixed list: ENUM columns sort by declaration in MySQL but by text in SQLite. */
function rankCase(column: string, ordered: readonly string[]): string {
  const whens = ordered.map((value, rank) => `WHEN '${value}' THEN ${rank}`).join(' ');
  return `CASE ${column} ${whens} ELSE ${ordered.length} END`;
}

/** Tree levels top-down, then departments (and anything else in declaration order). */
const LEVEL_RANK_ORDER = [
  ...TREE_LEVEL_ORDER,
  ...UNIT_LEVELS.filter((level) => !TREE_LEVEL_ORDER.includes(level)),
];

const SORT_COLUMNS: Record<UplinkSortField, { expression: string; isNullable: boolean }> = {
  name: { expression: 'c.name', isNullable: false },
  code: { expression: 'u.child_unit_code', isNullable: false },
  level: { expression: rankCase('c.level', LEVEL_RANK_ORDER), isNullable: false },
  state: { expression: rankCase('u.state', UPLINK_STATES), isNullable: false },
  inBps: { expression: 'u.in_bps', isNullable: true },
  outBps: { expression: 'u.out_bps', isNullable: true },
  utilisation: { expression: 'u.utilisation', isNullable: true },
  stateChangedAt: { expression: 'u.state_changed_at', isNullable: true },
};

/**
 * ORDER BY for a sort field: unknown values (NULL) last in both directions, ties broken by
 * unit code so pages are stable. The code is read from `uplinks` itself, so sorting on an
 * uplink column needs no join (at full depth the join costs more than the sort).
 */
export function uplinkOrderBy(sort: UplinkSortField, order: 'asc' | 'desc'): SqlFragment {
  const column = SORT_COLUMNS[sort];
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  const terms: string[] = [];
  // NULL sorts first ascending in both MySQL and SQLite, and last descending.
  if (column.isNullable && order === 'asc') terms.push(`(${column.expression} IS NULL) ASC`);
  terms.push(`${column.expression} ${direction}`);
  if (sort !== 'code') terms.push('u.child_unit_code ASC');
  return {
    sql: `ORDER BY ${terms.join(', ')}`,
    replacements: {},
    usesChildUnit: column.expression.includes('c.'),
  };
}
