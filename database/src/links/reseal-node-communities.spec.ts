import { QueryTypes } from 'sequelize';
import { openDatabase, type Database } from '../connection/open-database';
import { SealedSecretError, SecretBox } from '../crypto/secret-box';
import { migrateDatabase } from '../migrations/migrator';
import { resealNodeCommunities } from './reseal-node-communities';

describe('resealNodeCommunities', () => {
  const oldKey = Buffer.alloc(32, 1);
  const newKey = Buffer.alloc(32, 2);
  let database: Database;

  const sealedValues = async () =>
    (
      await database.sequelize.query<{ sealed: string }>(
        'SELECT snmp_community_sealed AS sealed FROM nodes ORDER BY id',
        { type: QueryTypes.SELECT },
      )
    ).map((row) => row.sealed);

  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await migrateDatabase(database.sequelize);
    await database.sequelize.query(
      "INSERT INTO admin_units (code, name, level, created_at, updated_at) VALUES ('42', '湖北省', 'province', '2026-01-01', '2026-01-01')",
    );
    await database.sequelize.query(
      'INSERT INTO nodes (unit_code, hostname, mgmt_address, snmp_community_sealed, created_at, updated_at) ' +
        "VALUES ('42', 'HB-42-R01', '127.20.0.1', :sealed, '2026-01-01', '2026-01-01')",
      { replacements: { sealed: new SecretBox(oldKey).seal('community-one') } },
    );
  });
  afterEach(() => database.close());

  it('when values are sealed under a retired key, then they are re-sealed under the current one', async () => {
    const rotated = new SecretBox(newKey, [oldKey]);
    expect(await resealNodeCommunities(database.sequelize, rotated)).toBe(1);
    const [sealed] = await sealedValues();
    expect(new SecretBox(newKey).open(sealed!)).toBe('community-one');
    expect(await resealNodeCommunities(database.sequelize, rotated)).toBe(0);
  });

  it('when a value opens with no key, then nothing is changed', async () => {
    const before = await sealedValues();
    await expectAsync(
      resealNodeCommunities(database.sequelize, new SecretBox(newKey)),
    ).toBeRejectedWithError(SealedSecretError);
    expect(await sealedValues()).toEqual(before);
  });
});
