import { QueryTypes } from 'sequelize';
import { parseDatabaseUrl } from './database-url';
import { DatabaseUnavailableError } from './database-unavailable-error';
import { openDatabase } from './open-database';

/**
 * Connection behaviour on the server or file of DATABASE_URL. Specs are registered per dialect
 * rather than skipped: CI counts a pending spec as a failure.
 */
const url = process.env['DATABASE_URL'] ?? '';
const dialect = url === '' ? undefined : parseDatabaseUrl(url).dialect;

if (dialect === 'mysql') {
  describe('openDatabase against the MySQL server of DATABASE_URL', () => {
    const withDatabase = (name: string) => url.replace(/\/[^/?#]+$/, `/${name}`);
    const withUser = (user: string, password: string) =>
      url.replace(/^(mysql|mariadb):\/\/[^@]*@/, `$1://${user}:${password}@`);

    it('when the URL is right, then sessions run in UTC', async () => {
      const database = await openDatabase({ url });
      try {
        const [rows] = await database.sequelize.query('SELECT @@session.time_zone AS zone');
        expect((rows as Array<{ zone: string }>)[0]!.zone).toBe('+00:00');
      } finally {
        await database.close();
      }
    });

    it('when the database does not exist, then the error says how to create it', async () => {
      await expectAsync(
        openDatabase({ url: withDatabase('extranet_missing_db_xyz') }),
      ).toBeRejectedWithError(
        DatabaseUnavailableError,
        /Database "extranet_missing_db_xyz" does not exist on MySQL\/MariaDB at .*CREATE DATABASE/,
      );
    });

    it('when the credentials are wrong, then the error names the user and never the password', async () => {
      const attempt = openDatabase({ url: withUser('extranet_no_such_user', 'Wr0ng-Pass') });
      await expectAsync(attempt).toBeRejectedWithError(
        DatabaseUnavailableError,
        /refused user "extranet_no_such_user" \(access denied\)/,
      );
      expect(await attempt.catch((error: Error) => error.message)).not.toContain('Wr0ng-Pass');
    });
  });
} else if (dialect === 'sqlite' && !url.endsWith(':memory:')) {
  describe('openDatabase against the SQLite file of DATABASE_URL', () => {
    it('when opened, then the file is in WAL mode with foreign keys enforced', async () => {
      const database = await openDatabase({ url });
      try {
        const pragma = (name: string) =>
          database.sequelize.query<Record<string, unknown>>(`PRAGMA ${name}`, {
            type: QueryTypes.SELECT,
          });
        expect(await pragma('journal_mode')).toEqual([{ journal_mode: 'wal' }]);
        expect(await pragma('foreign_keys')).toEqual([{ foreign_keys: 1 }]);
      } finally {
        await database.close();
      }
    });
  });
}
