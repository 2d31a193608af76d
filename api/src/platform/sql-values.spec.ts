import { parseSqlDate, toIsoOrNull, toNumberOrNull } from './sql-values';

describe('sql values', () => {
  it("when SQLite's stored text is read, then it is the same instant as MySQL's Date", () => {
    const expected = '2026-02-01T08:09:10.123Z';
    expect(toIsoOrNull('2026-02-01 08:09:10.123 +00:00')).toBe(expected);
    expect(toIsoOrNull('2026-02-01 16:09:10.123 +08:00')).toBe(expected);
    expect(toIsoOrNull('2026-02-01 08:09:10.123')).toBe(expected);
    expect(toIsoOrNull(new Date(expected))).toBe(expected);
  });

  it('when the value is not a date, then null', () => {
    expect(parseSqlDate('yesterday')).toBeNull();
    expect(toIsoOrNull(null)).toBeNull();
  });

  it('when numbers arrive as strings (BIGINT, DECIMAL), then they are numbers', () => {
    expect(toNumberOrNull('9007199254740993')).toBe(9007199254740992);
    expect(toNumberOrNull('12.50')).toBe(12.5);
    expect(toNumberOrNull(null)).toBeNull();
    expect(toNumberOrNull('NaN')).toBeNull();
  });
});
