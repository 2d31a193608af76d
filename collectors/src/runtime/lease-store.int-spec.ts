import {
  COORDINATOR_PARTITION,
  migrateDatabase,
  openDatabase,
  resetDatabaseForTests,
  type Database,
} from '@extranet/database';
import { claimLease, ensureLeaseRows, readLeases, releaseLeases } from './lease-store';

/** The lease rows' SQL on the database under test: atomic claims, epochs, releases. */
describe('collector leases in the database (integration)', () => {
  let database: Database;
  const t0 = new Date('2026-11-23T08:00:00.000Z');
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1_000);
  const lease = async (partitionNo: number) =>
    (await readLeases(database.sequelize)).find((row) => row.partitionNo === partitionNo)!;

  beforeAll(async () => {
    database = await openDatabase({ url: process.env['DATABASE_URL'] });
    await resetDatabaseForTests(database.sequelize);
    await migrateDatabase(database.sequelize);
  }, 60_000);

  afterAll(async () => {
    await database?.close();
  });

  it('when the rows are ensured twice, then there is one coordinator row and one per partition', async () => {
    await ensureLeaseRows(database.sequelize, 4);
    await ensureLeaseRows(database.sequelize, 4);
    const rows = await readLeases(database.sequelize);
    expect(rows.map((row) => [row.partitionNo, row.purpose])).toEqual([
      [COORDINATOR_PARTITION, 'coordinator'],
      [0, 'nodes'],
      [1, 'nodes'],
      [2, 'nodes'],
      [3, 'nodes'],
    ]);
  });

  it('when two collectors claim the same free partition, then exactly one wins and the epoch rises once', async () => {
    const results = await Promise.all([
      claimLease(database.sequelize, 0, 'a', at(0), at(5)),
      claimLease(database.sequelize, 0, 'b', at(0), at(5)),
    ]);
    expect(results.filter(Boolean).length).toBe(1);
    expect((await lease(0)).epoch).toBe(1);
  });

  it('when the holder renews, then the epoch stays; when another takes the lapsed lease, it rises', async () => {
    const holder = (await lease(0)).holderId as string;
    const other = holder === 'a' ? 'b' : 'a';
    expect(await claimLease(database.sequelize, 0, other, at(3), at(8))).toBeFalse();
    expect(await claimLease(database.sequelize, 0, holder, at(3), at(8))).toBeTrue();
    expect((await lease(0)).epoch).toBe(1);
    expect(await claimLease(database.sequelize, 0, other, at(9), at(14))).toBeTrue();
    expect(await lease(0)).toEqual(jasmine.objectContaining({ holderId: other, epoch: 2 }));
  });

  it('when a lapsed lease is taken back by its own holder, then its epoch (and buffered writes) stay valid', async () => {
    expect(await claimLease(database.sequelize, 1, 'a', at(0), at(5))).toBeTrue();
    expect(await claimLease(database.sequelize, 1, 'a', at(60), at(65))).toBeTrue();
    expect((await lease(1)).epoch).toBe(1);
  });

  it('when a collector releases, then only its own leases are freed', async () => {
    const holderOf0 = (await lease(0)).holderId as string;
    await releaseLeases(database.sequelize, [0, 1], 'a');
    expect((await lease(1)).holderId).toBeNull();
    expect((await lease(0)).holderId).toBe(holderOf0 === 'a' ? null : holderOf0);
  });
});
