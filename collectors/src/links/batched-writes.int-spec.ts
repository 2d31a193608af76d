import { QueryTypes } from 'sequelize';
import { openDatabase, type Database } from '@extranet/database';
import {
  INSERT_CHUNK_ROWS,
  UPDATE_JOIN_CHUNK_ROWS,
  insertRows,
  updateRowsById,
  updateRowsToSameValues,
} from './batched-writes';

/**
 * The cycle's statement builders against the real dialect (DATABASE_URL): MariaDB takes the
 * joined UPDATE, SQLite the CASE one; both must store exactly what they were given.
 */
describe('batched writes', () => {
  let database: Database;
  const table = 'batched_writes_spec';
  const rowCount = Math.max(INSERT_CHUNK_ROWS, UPDATE_JOIN_CHUNK_ROWS) + 1;
  const at = (ms: number) => new Date(Date.UTC(2026, 10, 23, 8, 0, 0, ms));

  const readRows = async () => {
    const rows = await database.sequelize.query<{
      id: number | string;
      label: string | null;
      octets: string | null;
      seenAt: string | null;
      ratio: number | null;
    }>(
      `SELECT id, label, CAST(octets AS CHAR) AS octets, CAST(seen_at AS CHAR) AS seenAt, ratio
         FROM ${table} ORDER BY id`,
      { type: QueryTypes.SELECT },
    );
    return rows.map((row) => ({
      id: Number(row.id),
      label: row.label,
      octets: row.octets,
      seenAt: row.seenAt?.replace(/ \+00:00$/, '').slice(0, 23) ?? null,
      ratio: row.ratio === null ? null : Number(row.ratio),
    }));
  };

  beforeAll(async () => {
    database = await openDatabase({ url: process.env['DATABASE_URL'] });
  });

  beforeEach(async () => {
    await database.sequelize.query(`DROP TABLE IF EXISTS ${table}`);
    await database.sequelize.query(
      `CREATE TABLE ${table} (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(255) NULL,
         octets DECIMAL(20,0) NULL, seen_at DATETIME(3) NULL, ratio DOUBLE NULL)`,
    );
  });

  afterAll(async () => {
    await database.sequelize.query(`DROP TABLE IF EXISTS ${table}`);
    await database.close();
  });

  it('when rows span several chunks, then every value is stored exactly (text, octets, ms)', async () => {
    const rows = Array.from({ length: rowCount }, (_, index) => ({
      id: index + 1,
      label: index === 0 ? "成员2(联通)中断 it's \\" : `row ${index}`,
      octets: (2n ** 60n + BigInt(index)).toString(),
      seen_at: at(index % 1_000),
      ratio: index === 1 ? null : index / 4,
    }));
    await insertRows(database.sequelize, table, rows, null);
    const stored = await readRows();
    expect(stored.length).toBe(rowCount);
    expect(stored[0]).toEqual({
      id: 1,
      label: "成员2(联通)中断 it's \\",
      octets: '1152921504606846976',
      seenAt: '2026-11-23 08:00:00.000',
      ratio: 0,
    });
    expect(stored[1].ratio).toBeNull();
    expect(stored[rowCount - 1].octets).toBe((2n ** 60n + BigInt(rowCount - 1)).toString());
    expect(stored[999].seenAt).toBe('2026-11-23 08:00:00.999');
  });

  it('when rows are upserted or inserted ignoring duplicates, then existing keys are updated or kept', async () => {
    await insertRows(database.sequelize, table, [{ id: 1, label: 'old', ratio: 1 }], null);
    await insertRows(
      database.sequelize,
      table,
      [
        { id: 1, label: 'new', ratio: 2 },
        { id: 2, label: 'added', ratio: 3 },
      ],
      null,
      { keys: ['id'], update: ['label'] },
    );
    await insertRows(
      database.sequelize,
      table,
      [{ id: 2, label: 'ignored' }],
      null,
      undefined,
      true,
    );
    const stored = await readRows();
    expect(stored.map((row) => [row.id, row.label, row.ratio])).toEqual([
      [1, 'new', 1],
      [2, 'added', 3],
    ]);
  });

  it('when many rows get different values, then each row gets its own, across chunks', async () => {
    const ids = Array.from({ length: rowCount }, (_, index) => index + 1);
    await insertRows(
      database.sequelize,
      table,
      ids.map((id) => ({ id, label: 'before' })),
      null,
    );
    await database.sequelize.transaction(async (transaction) => {
      await updateRowsById(
        database.sequelize,
        table,
        ids.map((id) => ({
          id,
          values: {
            label: id === 2 ? null : `after ${id} '引号'`,
            octets: (2n ** 60n + BigInt(id)).toString(),
            seen_at: at(id % 1_000),
            ratio: id / 8,
          },
        })),
        transaction,
      );
    });
    const stored = await readRows();
    expect(stored[0]).toEqual({
      id: 1,
      label: "after 1 '引号'",
      octets: '1152921504606846977',
      seenAt: '2026-11-23 08:00:00.001',
      ratio: 0.125,
    });
    expect(stored[1].label).toBeNull();
    expect(stored[rowCount - 1].label).toBe(`after ${rowCount} '引号'`);
    expect(stored[rowCount - 1].ratio).toBe(rowCount / 8);
  });

  it('when an updated row was deleted meanwhile, then it is not brought back', async () => {
    await insertRows(database.sequelize, table, [{ id: 1, label: 'kept' }], null);
    await database.sequelize.transaction(async (transaction) => {
      await updateRowsById(
        database.sequelize,
        table,
        [
          { id: 1, values: { label: 'updated' } },
          { id: 2, values: { label: 'deleted meanwhile' } },
        ],
        transaction,
      );
    });
    expect((await readRows()).map((row) => [row.id, row.label])).toEqual([[1, 'updated']]);
  });

  it('when many rows get the same values, then only the listed rows change', async () => {
    const ids = Array.from({ length: rowCount }, (_, index) => index + 1);
    await insertRows(
      database.sequelize,
      table,
      ids.map((id) => ({ id, label: 'before' })),
      null,
    );
    await database.sequelize.transaction(async (transaction) => {
      await updateRowsToSameValues(
        database.sequelize,
        table,
        ids.slice(1),
        { label: 'same', seen_at: at(5) },
        transaction,
      );
    });
    const stored = await readRows();
    expect(stored[0].label).toBe('before');
    expect(stored.slice(1).every((row) => row.label === 'same')).toBeTrue();
    expect(stored[rowCount - 1].seenAt).toBe('2026-11-23 08:00:00.005');
  });
});
