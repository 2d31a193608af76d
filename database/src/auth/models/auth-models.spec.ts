import { openDatabase, type Database } from '../../connection/open-database';
import { migrateDatabase } from '../../migrations/migrator';
import { Role } from '../choices';
import { DEFAULT_SECURITY_POLICY } from '../security-policy';
import { SECURITY_POLICY_ROW_ID, authModels } from './index';

describe('auth models on migration 0003', () => {
  let database: Database;
  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await migrateDatabase(database.sequelize);
  });
  afterEach(() => database.close());

  it('when migrated, then the policy row holds the defaults', async () => {
    const { SecurityPolicy } = authModels(database.sequelize);
    const policy = await SecurityPolicy.findByPk(SECURITY_POLICY_ROW_ID);
    expect(policy?.get({ plain: true })).toEqual(
      jasmine.objectContaining({ ...DEFAULT_SECURITY_POLICY, updatedBy: null }),
    );
  });

  it('when an account is stored with roles, then usernames are unique and roles cascade', async () => {
    const { Account, AccountRole } = authModels(database.sequelize);
    const account = await Account.create({
      username: 'sysadmin',
      displayName: '系统管理员',
      passwordHash: '$argon2id$placeholder',
      passwordChangedAt: new Date(),
    });
    expect(account.mustChangePassword).toBeTrue();
    await AccountRole.create({ accountId: account.id, role: Role.SystemAdmin });
    await expectAsync(
      Account.create({
        username: 'sysadmin',
        displayName: 'x',
        passwordHash: 'x',
        passwordChangedAt: new Date(),
      }),
    ).toBeRejected();
    await database.sequelize.query('PRAGMA foreign_keys = ON');
    await account.destroy();
    expect(await AccountRole.count()).toBe(0);
  });

  it('when asked twice for one connection, then the same models come back', () => {
    expect(authModels(database.sequelize)).toBe(authModels(database.sequelize));
  });
});
