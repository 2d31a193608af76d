import type { Sequelize } from 'sequelize';

/**
 * A DATETIME(3) literal's text. Sequelize escapes a bare Date for MariaDB without its
 * milliseconds (it only keeps them for columns it knows are DATE(3)), which would shift every
 * poll time by up to a second and ruin the rates; so dates are formatted here, in UTC (the
 * session zone), and for SQLite in the same text form the models store.
 */
export function sqlDateTime(sequelize: Sequelize, date: Date): string {
  return formatDateTime(date.getTime(), sequelize.getDialect() === 'sqlite');
}

function formatDateTime(epochMs: number, isSqlite: boolean): string {
  const iso = new Date(epochMs).toISOString();
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
  return isSqlite ? `${text} +00:00` : text;
}

/** Text that needs no escaping in either dialect: no quote, backslash or control character. */
const PLAIN_TEXT = /^[\w .:+-]*$/;

/**
 * Turns row values into SQL literals for the cycle's multi-row statements. A full-depth cycle
 * writes a few hundred thousand values: handing them to Sequelize as replacements costs a scan
 * of the whole statement for placeholders and a generic escape per value, which the collector's
 * CPU profile showed among its top costs. Numbers and plain text (octets as decimal strings,
 * reason codes) go in as they are; anything else goes through the dialect's own escaping.
 *
 * The rows of one node share their poll time, so the last date's literal is kept.
 */
export class SqlLiteralWriter {
  private readonly isSqlite: boolean;
  private lastDateMs = Number.NaN;
  private lastDateLiteral = '';
  private lastSecond = Number.NaN;
  private lastSecondText = '';

  constructor(private readonly sequelize: Sequelize) {
    this.isSqlite = sequelize.getDialect() === 'sqlite';
  }

  literal(value: unknown): string {
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number' || typeof value === 'bigint') return String(value);
    if (typeof value === 'string' && PLAIN_TEXT.test(value)) return `'${value}'`;
    if (value instanceof Date) return this.dateLiteral(value);
    return String(this.sequelize.escape(value as string));
  }

  private dateLiteral(date: Date): string {
    const epochMs = date.getTime();
    if (epochMs !== this.lastDateMs) {
      this.lastDateMs = epochMs;
      this.lastDateLiteral = `'${this.dateTimeText(epochMs)}'`;
    }
    return this.lastDateLiteral;
  }

  /** A batch's dates fall within a second or two: the text up to the seconds is reused. */
  private dateTimeText(epochMs: number): string {
    const second = Math.floor(epochMs / 1_000);
    if (second !== this.lastSecond || !Number.isFinite(epochMs)) {
      const full = formatDateTime(epochMs, this.isSqlite);
      this.lastSecond = second;
      this.lastSecondText = full.slice(0, 19);
      return full;
    }
    const millis = String(epochMs - second * 1_000).padStart(3, '0');
    return `${this.lastSecondText}.${millis}${this.isSqlite ? ' +00:00' : ''}`;
  }
}
