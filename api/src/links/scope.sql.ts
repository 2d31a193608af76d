import { isProvinceWide, type AccountScope } from '@extranet/database';
import { LIKE_ESCAPE_CLAUSE, escapeLike } from '../platform/query-params';

/**
 * The account's scope as a SQL condition on a unit-code column: the subtree by code prefix
 * (GB/T 2260 codes nest by prefix), plus the departments an allocator may serve. Province-wide
 * accounts get no condition. Values are replacements, never SQL text.
 */
export interface ScopeCondition {
  /** Empty for province-wide accounts; otherwise a parenthesised condition. */
  sql: string;
  replacements: Record<string, unknown>;
}

export function scopeCondition(column: string, scope: AccountScope): ScopeCondition {
  if (isProvinceWide(scope)) return { sql: '', replacements: {} };
  const replacements: Record<string, unknown> = { scopePrefix: `${escapeLike(scope.unitCode!)}%` };
  const alternatives = [`${column} LIKE :scopePrefix ${LIKE_ESCAPE_CLAUSE}`];
  if (scope.departmentCodes.length > 0) {
    alternatives.push(`${column} IN (:scopeDepartments)`);
    replacements['scopeDepartments'] = [...scope.departmentCodes];
  }
  return { sql: `(${alternatives.join(' OR ')})`, replacements };
}

/** `WHERE …` or `AND …` joined onto existing clauses. */
export function withScope(clauses: readonly string[], condition: ScopeCondition): string[] {
  return condition.sql ? [...clauses, condition.sql] : [...clauses];
}

/** The codes of the scope root and its ancestors ('421303' → '42', '4213', '421303'). */
export function scopeRootAndAncestors(scope: AccountScope): string[] {
  if (isProvinceWide(scope)) return [];
  const code = scope.unitCode!;
  const lengths = [2, 4, 6, 9, 12].filter((length) => length <= code.length);
  return [...new Set([...lengths.map((length) => code.slice(0, length)), code])];
}
