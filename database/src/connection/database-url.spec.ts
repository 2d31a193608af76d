import { join, resolve } from 'node:path';
import { ConfigurationError } from '../config/configuration-error';
import { parseDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  const savedDataDir = process.env['EXTRANET_DATA_DIR'];
  afterEach(() => {
    if (savedDataDir === undefined) delete process.env['EXTRANET_DATA_DIR'];
    else process.env['EXTRANET_DATA_DIR'] = savedDataDir;
  });

  describe('when the URL is empty', () => {
    beforeEach(() => delete process.env['EXTRANET_DATA_DIR']);

    it('then it is the SQLite file data/extranet.sqlite under the working directory', () => {
      const expected = join(process.cwd(), 'data', 'extranet.sqlite');
      for (const empty of [undefined, '', '   ']) {
        expect(parseDatabaseUrl(empty)).toEqual({
          dialect: 'sqlite',
          url: `sqlite:${expected}`,
          description: `SQLite file ${expected}`,
        });
      }
    });

    it('then EXTRANET_DATA_DIR moves the file, and an explicit dataDir beats both', () => {
      process.env['EXTRANET_DATA_DIR'] = '/srv/extranet';
      expect(parseDatabaseUrl(undefined).url).toBe('sqlite:/srv/extranet/extranet.sqlite');
      expect(parseDatabaseUrl('', { dataDir: '/opt/x' }).url).toBe('sqlite:/opt/x/extranet.sqlite');
    });
  });

  describe('when the URL names SQLite', () => {
    it('then a relative path is taken from the working directory', () => {
      const config = parseDatabaseUrl('sqlite:var/console.sqlite');
      expect(config.dialect).toBe('sqlite');
      expect(config.url).toBe(`sqlite:${resolve('var/console.sqlite')}`);
    });

    it('then absolute paths work in both spellings', () => {
      expect(parseDatabaseUrl('sqlite:/tmp/a.sqlite').url).toBe('sqlite:/tmp/a.sqlite');
      expect(parseDatabaseUrl('sqlite:///tmp/a.sqlite').url).toBe('sqlite:/tmp/a.sqlite');
    });

    it('then sqlite::memory: is an in-memory database', () => {
      expect(parseDatabaseUrl('sqlite::memory:')).toEqual({
        dialect: 'sqlite',
        url: 'sqlite::memory:',
        description: 'SQLite in memory',
      });
    });
  });

  describe('when the URL names MySQL or MariaDB', () => {
    it('then user, password, host, port and database are kept, the description without password', () => {
      const config = parseDatabaseUrl('mysql://extranet:S3cr3t-pw@db.example:3307/console');
      expect(config).toEqual({
        dialect: 'mysql',
        url: 'mysql://extranet:S3cr3t-pw@db.example:3307/console',
        description: 'MySQL extranet@db.example:3307/console',
      });
    });

    it('then mariadb:// is the same dialect and the port defaults to 3306', () => {
      const config = parseDatabaseUrl('mariadb://root@127.0.0.1/test');
      expect(config.dialect).toBe('mysql');
      expect(config.url).toBe('mysql://root@127.0.0.1:3306/test');
    });

    it('then percent-encoded credentials and IPv6 hosts are understood', () => {
      const config = parseDatabaseUrl('mysql://ops%40hb:p%3Aw%2Fd@[::1]:3306/extranet');
      expect(config.url).toBe('mysql://ops%40hb:p%3Aw%2Fd@[::1]:3306/extranet');
      expect(config.description).toBe('MySQL ops@hb@[::1]:3306/extranet');
    });
  });

  describe('when the URL is malformed', () => {
    const password = 'Pw-4f9QzX';
    const cases: Array<[string, string, RegExp]> = [
      ['no scheme', `root:${password}@127.0.0.1/test`, /must start with mysql:\/\//],
      ['an unsupported scheme', `postgres://root:${password}@127.0.0.1/test`, /"postgres:"/],
      ['a bare sqlite:', 'sqlite:', /no SQLite file path/],
      ['an SQLite host', 'sqlite://server/file.sqlite', /names a host/],
      ['an unknown special SQLite name', 'sqlite::memory', /only :memory:/],
      ['SQLite query parameters', 'sqlite:data/x.sqlite?mode=ro', /query parameters/],
      ['an SQLite directory', 'sqlite:data/', /names a directory/],
      ['an unparsable MySQL URL', `mysql://root:${password}@:3306/test`, /not a valid mysql:\/\//],
      ['an unencoded # in the password', `mysql://root:${password}#1@h/test`, /percent-encode/],
      ['a port out of range', `mysql://root:${password}@h:70000/test`, /not a valid mysql/],
      ['port 0', `mysql://root:${password}@h:0/test`, /port 0; use 1-65535/],
      ['no host', `mysql:///test`, /has no host/],
      ['no database', `mysql://root:${password}@127.0.0.1:3306`, /exactly one database/],
      ['two path segments', `mysql://root:${password}@127.0.0.1/a/b`, /exactly one database/],
      ['no user', 'mysql://127.0.0.1:3306/test', /no user name/],
      ['query parameters', `mysql://root:${password}@h/test?ssl=true`, /query parameters/],
      ['a broken %-escape', `mysql://root:${password}%zz@h/test`, /broken %-escape/],
      ['a bad database name', `mysql://root:${password}@h/te%20st`, /database name/],
    ];

    for (const [problem, url, expected] of cases) {
      it(`then ${problem} is a ConfigurationError that says so and never shows the password`, () => {
        let caught: unknown;
        try {
          parseDatabaseUrl(url);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(ConfigurationError);
        const message = (caught as Error).message;
        expect(message).toMatch(expected);
        expect(message).toMatch(/^DATABASE_URL /);
        expect(message).toContain('e.g. DATABASE_URL=mysql://');
        expect(message).not.toContain(password);
      });
    }

    it('then a URL with a password is shown with *** in its place', () => {
      expect(() => parseDatabaseUrl(`mysql://root:${password}@127.0.0.1:3306`)).toThrowError(
        ConfigurationError,
        /mysql:\/\/root:\*\*\*@127\.0\.0\.1:3306 must name/,
      );
    });
  });
});
