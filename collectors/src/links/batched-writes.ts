import type { Sequelize, Transaction } from 'sequelize';

/** Rows per UPDATE: keeps statements near 100 KB and under SQLite's 32,766 parameters. */
export const UPDATE_CHUNK_ROWS = 500;
/** Rows per multi-row INSERT: ~100 KB of SQL, far below MariaDB's max_allowed_packet. */
export const INSERT_CHUNK_ROWS = 1_000;

/**
 * A DATETIME(3) literal. Sequelize escapes a bare Date for MariaDB without its milliseconds
 * (it only keeps them for columns it knows are DATE(3)), which would shift every poll time by
 * up to a second and ruin the rates; so dates are formatted here, in UTC (the session zone),
 * and for SQLite in the same text form the models store.
 */
export function sqlDateTime(sequelize: Sequelize, date: Date): string {
  const iso = date.toISOString();
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
  return sequelize.getDialect() === 'sqlite' ? `${text} +00:00` : text;
}

function toSqlValue(sequelize: Sequelize, value: unknown): unknown {
  return value instanceof Date ? sqlDateTime(sequelize, value) : value;
}

/** Multi-row INSERTs in chunks; with `upsert`, existing keys get the listed columns updated. */
export async function insertRows(
  sequelize: Sequelize,
  table: string,
  rows: readonly object[],
  transaction: Transaction | null,
  upsert?: { keys: string[]; update: string[] },
): Promise<void> {
  const queryInterface = sequelize.getQueryInterface();
  for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
    const chunk = rows
      .slice(start, start + INSERT_CHUNK_ROWS)
      .map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([column, value]) => [column, toSqlValue(sequelize, value)]),
        ),
      );
    await queryInterface.bulkInsert(table, chunk, {
      transaction,
      ...(upsert ? { updateOnDuplicate: upsert.update, upsertKeys: upsert.keys } : {}),
    } as object);
  }
}

export interface RowUpdate {
  id: number;
  /** Column name (as in the table) → new value. Every row of a batch sets the same columns. */
  values: Record<string, unknown>;
}

/**
 * Writes different values to many rows in one statement per chunk:
 *   UPDATE t SET a = CASE id WHEN 1 THEN ? WHEN 2 THEN ? END, … WHERE id IN (1, 2)
 * A poll cycle changes a few thousand rows; one UPDATE per row would cost a round trip each on
 * MariaDB. Unlike INSERT … ON DUPLICATE KEY UPDATE it can never resurrect a row someone
 * deleted meanwhile, and it is the same SQL on MariaDB and SQLite.
 */
export async function updateRowsById(
  sequelize: Sequelize,
  table: string,
  rows: readonly RowUpdate[],
  transaction: Transaction,
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const columns = Object.keys(rows[0].values);
  const queryInterface = sequelize.getQueryInterface();
  const quote = (identifier: string) => queryInterface.quoteIdentifier(identifier);
  for (let start = 0; start < rows.length; start += UPDATE_CHUNK_ROWS) {
    const chunk = rows.slice(start, start + UPDATE_CHUNK_ROWS);
    const replacements: unknown[] = [];
    const assignments = columns.map((column) => {
      const cases = chunk.map((row) => {
        replacements.push(row.id, toSqlValue(sequelize, row.values[column]));
        return 'WHEN ? THEN ?';
      });
      return `${quote(column)} = CASE ${quote('id')} ${cases.join(' ')} END`;
    });
    replacements.push(...chunk.map((row) => row.id));
    await sequelize.query(
      `UPDATE ${quote(table)} SET ${assignments.join(', ')} ` +
        `WHERE ${quote('id')} IN (${chunk.map(() => '?').join(', ')})`,
      { replacements, transaction },
    );
  }
}

/** Sets the same values on many rows: UPDATE t SET … WHERE id IN (…), chunked. */
export async function updateRowsToSameValues(
  sequelize: Sequelize,
  table: string,
  ids: readonly number[],
  values: Record<string, unknown>,
  transaction: Transaction,
): Promise<void> {
  const queryInterface = sequelize.getQueryInterface();
  const quote = (identifier: string) => queryInterface.quoteIdentifier(identifier);
  const columns = Object.keys(values);
  const assignments = columns.map((column) => `${quote(column)} = ?`).join(', ');
  for (let start = 0; start < ids.length; start += UPDATE_CHUNK_ROWS) {
    const chunk = ids.slice(start, start + UPDATE_CHUNK_ROWS);
    await sequelize.query(
      `UPDATE ${quote(table)} SET ${assignments} WHERE ${quote('id')} IN (${chunk.map(() => '?').join(', ')})`,
      {
        replacements: [...columns.map((column) => toSqlValue(sequelize, values[column])), ...chunk],
        transaction,
      },
    );
  }
}
