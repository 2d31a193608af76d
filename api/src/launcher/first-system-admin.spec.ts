import { authModels, migrateDatabase, openDatabase, type Database } from '@extranet/database';
import { Writable } from 'node:stream';
import { PasswordHasher } from '../auth/password-hashing';
import type { AuditEventInput } from '../audit/audit-trail';
import { createLogger } from '../platform/logger';
import { LauncherConfigError } from './launcher-config';
import { ensureFirstSystemAdmin } from './first-system-admin';

describe('ensureFirstSystemAdmin', () => {
  let database: Database;
  let lines: string[];
  let events: AuditEventInput[];
  const hasher = new PasswordHasher();

  function options(initialPassword?: string) {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    return {
      sequelize: database.sequelize,
      auditTrail: { record: async (event: AuditEventInput) => void events.push(event) },
      // Even a quiet log level shows the one-time password: it is the only way in.
      logger: createLogger({ level: 'error', destination }),
      initialPassword,
      hasher,
    };
  }

  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await migrateDatabase(database.sequelize);
    lines = [];
    events = [];
  });
  afterEach(() => database.close());

  it('when no account exists, then sysadmin gets a random one-time password, logged once', async () => {
    expect(await ensureFirstSystemAdmin(options())).toBe('created');
    expect(lines.length).toBe(1);
    const password = /one-time password (\S+) /.exec(JSON.parse(lines[0]!).msg)![1]!;
    expect(password.length).toBe(16);
    const { Account, AccountRole } = authModels(database.sequelize);
    const account = (await Account.findOne({ where: { username: 'sysadmin' } }))!;
    expect(account.mustChangePassword).toBeTrue();
    expect(await hasher.verify(account.passwordHash, password)).toBeTrue();
    expect((await AccountRole.findAll()).map((row) => row.role)).toEqual(['system_admin']);
    expect(events.map((event) => event.action)).toEqual(['accounts.bootstrap']);
    expect(JSON.stringify(events)).not.toContain(password);

    expect(await ensureFirstSystemAdmin(options())).toBe('exists');
    expect(lines.length).toBe(1);
  });

  it('when EXTRANET_INITIAL_ADMIN_PASSWORD is given, then it is used and not printed', async () => {
    expect(await ensureFirstSystemAdmin(options('Initial-Pass-2026'))).toBe('created');
    expect(lines.join('')).not.toContain('Initial-Pass-2026');
    const account = (await authModels(database.sequelize).Account.findOne())!;
    expect(await hasher.verify(account.passwordHash, 'Initial-Pass-2026')).toBeTrue();
    expect(account.mustChangePassword).toBeTrue();
  });

  it('when the given initial password is weak, then the start is refused by name', async () => {
    await expectAsync(ensureFirstSystemAdmin(options('admin'))).toBeRejectedWithError(
      LauncherConfigError,
      /EXTRANET_INITIAL_ADMIN_PASSWORD is too weak/,
    );
    expect(await authModels(database.sequelize).Account.count()).toBe(0);
  });
});
