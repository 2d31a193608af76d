import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryTypes } from 'sequelize';
import { openDatabase, type Database } from '../../connection/open-database';
import { SecretBox } from '../../crypto/secret-box';
import { MIGRATIONS } from '../../migrations';
import { migrateDatabase } from '../../migrations/migrator';
import { resetDatabaseForTests } from '../../migrations/reset-database';
import { loadHubeiDivisions } from '../../reference/hubei-divisions';
import { isExtranetSeeded, seedExtranet } from './seed-extranet';

const TABLES = ['tier_policies', 'admin_units', 'nodes', 'interfaces', 'uplinks', 'uplink_members'];
const SEED_TIMEOUT_MS = 180_000;

/**
 * Migrations and seeding against the database of DATABASE_URL (CI: MariaDB, then a SQLite
 * file); without it, a temporary SQLite file. Runs in file order (random: false).
 */
describe('seedExtranet on DATABASE_URL', () => {
  const divisions = loadHubeiDivisions();
  const secretBox = new SecretBox(Buffer.from(SecretBox.generateKey(), 'base64'));
  const townshipUnits =
    1 + 40 + divisions.cities.length + divisions.counties.length + divisions.townships.length;
  let folder: string | undefined;
  let database: Database;

  const count = async (table: string) => {
    const [row] = await database.sequelize.query<{ total: number }>(
      `SELECT COUNT(*) AS total FROM ${table}`,
      { type: QueryTypes.SELECT },
    );
    return Number(row!.total);
  };
  const counts = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)])));

  beforeAll(async () => {
    let url = process.env['DATABASE_URL'];
    if (!url) {
      folder = mkdtempSync(join(tmpdir(), 'seed-int-'));
      url = `sqlite:${join(folder, 'extranet.sqlite')}`;
    }
    database = await openDatabase({ url });
    console.log(`\n[database] integration target: ${database.config.description}`);
    await resetDatabaseForTests(database.sequelize);
  });

  afterAll(async () => {
    await resetDatabaseForTests(database.sequelize);
    await database.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('when the database is empty, then every migration applies once', async () => {
    expect(await migrateDatabase(database.sequelize)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await migrateDatabase(database.sequelize)).toEqual([]);
    expect(await isExtranetSeeded(database.sequelize)).toBeFalse();
  });

  it(
    'when seeded to township depth twice, then the second run adds and changes nothing',
    async () => {
      const started = Date.now();
      const first = await seedExtranet(database.sequelize, { depth: 'township', secretBox });
      console.log(`[database] township seed: ${Date.now() - started} ms`);
      expect(first).toEqual({
        units: townshipUnits,
        nodes: townshipUnits,
        uplinks: townshipUnits - 1,
        members: 2 * (townshipUnits - 1),
        created: true,
      });
      expect(await isExtranetSeeded(database.sequelize)).toBeTrue();
      const before = await counts();
      const [stamp] = await database.sequelize.query<{ latest: unknown }>(
        'SELECT MAX(updated_at) AS latest FROM nodes',
        { type: QueryTypes.SELECT },
      );
      const second = await seedExtranet(database.sequelize, { depth: 'township', secretBox });
      expect(second).toEqual({ units: 0, nodes: 0, uplinks: 0, members: 0, created: false });
      expect(await counts()).toEqual(before);
      const [stampAfter] = await database.sequelize.query<{ latest: unknown }>(
        'SELECT MAX(updated_at) AS latest FROM nodes',
        { type: QueryTypes.SELECT },
      );
      expect(stampAfter).toEqual(stamp!);
    },
    SEED_TIMEOUT_MS,
  );

  it(
    'when seeded to full depth after township, then exactly the villages are added',
    async () => {
      const villages = divisions.villages.length;
      const started = Date.now();
      const report = await seedExtranet(database.sequelize, { depth: 'full', secretBox });
      console.log(
        `[database] full seed after township (${villages} villages): ${Date.now() - started} ms`,
      );
      expect(report).toEqual({
        units: villages,
        nodes: villages,
        uplinks: villages,
        members: 2 * villages,
        created: true,
      });
      const all = townshipUnits + villages;
      expect(await counts()).toEqual({
        tier_policies: 6,
        admin_units: all,
        nodes: all,
        interfaces: 4 * all - 2,
        uplinks: all - 1,
        uplink_members: 2 * (all - 1),
      });
      const [distinct] = await database.sequelize.query<{ addresses: number }>(
        'SELECT COUNT(DISTINCT mgmt_address) AS addresses FROM nodes',
        { type: QueryTypes.SELECT },
      );
      expect(Number(distinct!.addresses)).toBe(all);
      const [village] = await database.sequelize.query<{ name: string; cityCode: string }>(
        "SELECT name, city_code AS cityCode FROM admin_units WHERE code = '421303001001'",
        { type: QueryTypes.SELECT },
      );
      expect(village).toEqual({
        name: divisions.villages.find((v) => v.code === '421303001001')!.name,
        cityCode: '4213',
      });
      expect(await seedExtranet(database.sequelize, { depth: 'full', secretBox })).toEqual({
        units: 0,
        nodes: 0,
        uplinks: 0,
        members: 0,
        created: false,
      });
    },
    SEED_TIMEOUT_MS,
  );
});
