import type { Sequelize } from 'sequelize';

/**
 * Raw query results differ by driver: mysql2 returns DATETIME as Date and SUM/AVG/BIGINT as
 * strings past 2^53 or for DECIMAL; SQLite returns Sequelize's stored text
 * (`2026-01-02 03:04:05.678 +00:00`) and plain numbers. These normalise both.
 */
export function toIsoOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  if (typeof value === 'string') {
    const parsed = parseSqlDate(value);
    return parsed === null ? null : parsed.toISOString();
  }
  return null;
}

export function toIso(value: unknown): string {
  const iso = toIsoOrNull(value);
  if (iso === null) throw new Error(`expected a date from the database, got ${String(value)}`);
  return iso;
}

const SQL_DATE =
  /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses `YYYY-MM-DD HH:MM:SS[.fff][ ±HH:MM|Z]`; a value without offset is UTC. */
export function parseSqlDate(text: string): Date | null {
  const match = SQL_DATE.exec(text.trim());
  if (!match) return null;
  const [, day, time, offset] = match;
  const zone =
    !offset || offset === 'Z'
      ? 'Z'
      : offset.includes(':')
        ? offset
        : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const date = new Date(`${day}T${time!.slice(0, 12)}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function toNumberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

export function toNumber(value: unknown): number {
  return toNumberOrNull(value) ?? 0;
}

export type SqlDialect = 'mysql' | 'sqlite';

export function dialectOf(sequelize: Sequelize): SqlDialect {
  const dialect = sequelize.getDialect();
  if (dialect === 'mysql' || dialect === 'mariadb') return 'mysql';
  if (dialect === 'sqlite') return 'sqlite';
  throw new Error(`unsupported database dialect ${dialect}`);
}
