import type { Sequelize } from 'sequelize';
import { openDatabase, type Database } from '../connection/open-database';
import { MIGRATIONS } from './index';
import { migrateDatabase } from './migrator';
import { resetDatabaseForTests } from './reset-database';

async function tableNames(sequelize: Sequelize): Promise<string[]> {
  const tables = (await sequelize.getQueryInterface().showAllTables()) as string[];
  return tables.sort();
}

describe('migrateDatabase', () => {
  let database: Database;
  beforeEach(async () => (database = await openDatabase({ url: 'sqlite::memory:' })));
  afterEach(() => database.close());

  it('when the database is empty, then every migration runs in order and is recorded', async () => {
    const lines: string[] = [];
    const applied = await migrateDatabase(database.sequelize, {
      logger: { info: (line) => lines.push(line) },
    });
    expect(applied).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(lines.length).toBe(MIGRATIONS.length);
    expect(lines[0]).toMatch(/^migrated 0001-extranet-core \(/);
    expect(await tableNames(database.sequelize)).toEqual(
      jasmine.arrayContaining([
        'SequelizeMeta',
        'admin_units',
        'nodes',
        'uplinks',
        'collector_cycles',
      ]),
    );
  });

  it('when the schema is current, then nothing runs and nothing is returned', async () => {
    await migrateDatabase(database.sequelize);
    expect(await migrateDatabase(database.sequelize)).toEqual([]);
  });

  it('when reset for tests, then every table is gone and migrations start over', async () => {
    await migrateDatabase(database.sequelize);
    await database.sequelize.query(
      "INSERT INTO admin_units (code, name, level, created_at, updated_at) VALUES ('42', '湖北省', 'province', '2026-01-01', '2026-01-01')",
    );
    await resetDatabaseForTests(database.sequelize);
    expect(await tableNames(database.sequelize)).toEqual([]);
    expect((await migrateDatabase(database.sequelize)).length).toBe(MIGRATIONS.length);
  });
});
