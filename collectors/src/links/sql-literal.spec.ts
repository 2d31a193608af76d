import { Sequelize } from 'sequelize';
import { SqlLiteralWriter, sqlDateTime } from './sql-literal';

describe('SqlLiteralWriter', () => {
  // Neither instance connects: literals need only the dialect.
  const mysql = new Sequelize('mysql://spec@127.0.0.1:1/spec', { logging: false });
  const sqlite = new Sequelize('sqlite::memory:', { logging: false });

  afterAll(async () => {
    await mysql.close();
    await sqlite.close();
  });

  it('when a value is a number, a bigint or a decimal string beyond 2^53, then it goes in exactly', () => {
    const literals = new SqlLiteralWriter(mysql);
    expect(literals.literal(42)).toBe('42');
    expect(literals.literal(0.975)).toBe('0.975');
    expect(literals.literal(18446744073709551615n)).toBe('18446744073709551615');
    expect(literals.literal('18446744073709551615')).toBe("'18446744073709551615'");
    expect(literals.literal(null)).toBe('NULL');
    expect(literals.literal(undefined)).toBe('NULL');
  });

  it('when text holds quotes, backslashes or Chinese, then the dialect escapes it', () => {
    const text = "成员2(联通)中断 it's \\ done";
    expect(new SqlLiteralWriter(mysql).literal(text)).toBe(mysql.escape(text));
    expect(new SqlLiteralWriter(sqlite).literal(text)).toBe(sqlite.escape(text));
    expect(new SqlLiteralWriter(mysql).literal(text)).toContain("\\'");
    expect(new SqlLiteralWriter(sqlite).literal(text)).toContain("''");
  });

  it('when a value is a date, then its milliseconds are kept, in UTC, in each dialect’s form', () => {
    const date = new Date(Date.UTC(2026, 10, 23, 8, 0, 1, 234));
    expect(new SqlLiteralWriter(mysql).literal(date)).toBe("'2026-11-23 08:00:01.234'");
    expect(new SqlLiteralWriter(sqlite).literal(date)).toBe("'2026-11-23 08:00:01.234 +00:00'");
    expect(sqlDateTime(mysql, date)).toBe('2026-11-23 08:00:01.234');
  });

  it('when dates follow one another, then each gets its own literal, not the last one kept', () => {
    const literals = new SqlLiteralWriter(mysql);
    const first = new Date(Date.UTC(2026, 10, 23, 8, 0, 1, 1));
    const second = new Date(Date.UTC(2026, 10, 23, 8, 0, 1, 2));
    expect(literals.literal(first)).toBe("'2026-11-23 08:00:01.001'");
    expect(literals.literal(new Date(first))).toBe("'2026-11-23 08:00:01.001'");
    expect(literals.literal(second)).toBe("'2026-11-23 08:00:01.002'");
    expect(literals.literal(new Date(Date.UTC(2026, 10, 23, 8, 0, 2, 70)))).toBe(
      "'2026-11-23 08:00:02.070'",
    );
    expect(literals.literal(new Date(Date.UTC(2026, 10, 23, 8, 0, 1, 999)))).toBe(
      "'2026-11-23 08:00:01.999'",
    );
    const onSqlite = new SqlLiteralWriter(sqlite);
    onSqlite.literal(first);
    expect(onSqlite.literal(new Date(Date.UTC(2026, 10, 23, 8, 0, 1, 50)))).toBe(
      "'2026-11-23 08:00:01.050 +00:00'",
    );
  });

  it('when a date is invalid, then it is refused, not written as text', () => {
    expect(() => new SqlLiteralWriter(mysql).literal(new Date(Number.NaN))).toThrowError(
      RangeError,
    );
  });

  it('when a value is a boolean, then the dialect writes it (0/1 on SQLite)', () => {
    expect(new SqlLiteralWriter(sqlite).literal(true)).toBe('1');
    expect(new SqlLiteralWriter(mysql).literal(false)).toBe('false');
  });
});
