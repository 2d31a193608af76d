import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseUnavailableError } from './database-unavailable-error';
import { openDatabase } from './open-database';

describe('openDatabase', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'open-database-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('when the URL is sqlite::memory:, then it connects and defines every model', async () => {
    const database = await openDatabase({ url: 'sqlite::memory:' });
    try {
      expect(database.config.description).toBe('SQLite in memory');
      expect(Object.keys(database.sequelize.models)).toEqual(
        jasmine.arrayContaining(['AdminUnit', 'ExtranetNode', 'Uplink', 'UplinkMember']),
      );
    } finally {
      await database.close();
    }
  });

  it('when a SQLite file is in a missing folder, then the folder is created and WAL is on', async () => {
    const file = join(folder, 'nested', 'deeper', 'extranet.sqlite');
    const database = await openDatabase({ url: `sqlite:${file}` });
    try {
      expect(existsSync(file)).toBeTrue();
      const [rows] = await database.sequelize.query('PRAGMA journal_mode');
      expect((rows as Array<{ journal_mode: string }>)[0]!.journal_mode).toBe('wal');
    } finally {
      await database.close();
    }
  });

  it('when no URL is given, then the default file goes under dataDir', async () => {
    const saved = process.env['DATABASE_URL'];
    delete process.env['DATABASE_URL'];
    try {
      const database = await openDatabase({ dataDir: folder });
      await database.close();
      expect(database.config.url).toBe(`sqlite:${join(folder, 'extranet.sqlite')}`);
      expect(existsSync(join(folder, 'extranet.sqlite'))).toBeTrue();
    } finally {
      if (saved !== undefined) process.env['DATABASE_URL'] = saved;
    }
  });

  it('when the SQLite folder cannot be created, then the error names the path and the fix', async () => {
    const blocker = join(folder, 'a-file');
    writeFileSync(blocker, '');
    const file = join(blocker, 'sub', 'extranet.sqlite');
    await expectAsync(openDatabase({ url: `sqlite:${file}` })).toBeRejectedWithError(
      DatabaseUnavailableError,
      new RegExp(
        `Cannot create folder ${join(blocker, 'sub')} for SQLite file ${file} \\(ENOTDIR\\).*DATABASE_URL=sqlite:`,
      ),
    );
  });

  it('when SQLite cannot open the file, then the error names the file instead of hanging', async () => {
    // /proc refuses new files even to root, which passes every access() check.
    await expectAsync(openDatabase({ url: 'sqlite:/proc/extranet.sqlite' })).toBeRejectedWithError(
      DatabaseUnavailableError,
      /\/proc\/extranet\.sqlite.*DATABASE_URL=sqlite:/,
    );
  });

  it('when nothing listens on the MySQL port, then the error names host:port and how to fix it', async () => {
    const attempt = openDatabase({ url: 'mysql://root:Hidden-pw1@127.0.0.1:1/extranet' });
    await expectAsync(attempt).toBeRejectedWithError(
      DatabaseUnavailableError,
      /^Cannot connect to MySQL\/MariaDB at 127\.0\.0\.1:1: connection refused\. Start MariaDB there, or set DATABASE_URL/,
    );
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).not.toContain('Hidden-pw1');
    expect(message).not.toContain('\n');
  });
});
