import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError } from '../config/configuration-error';
import { resolveDataDir } from '../config/data-dir';

/** What a DATABASE_URL resolves to. `url` may carry a password: log `description` instead. */
export interface DatabaseConfig {
  dialect: 'mysql' | 'sqlite';
  /** Normalised URL: `sqlite:<absolute path>`, `sqlite::memory:` or `mysql://user:pass@host:port/db`. */
  url: string;
  /** Safe to log: never contains the password. */
  description: string;
}

/** The connection parameters behind a DatabaseConfig, for openDatabase only. */
export type DatabaseTarget =
  | { dialect: 'sqlite'; storage: string; isInMemory: boolean }
  | {
      dialect: 'mysql';
      host: string;
      port: number;
      database: string;
      username: string;
      password: string | undefined;
    };

export const SQLITE_MEMORY = ':memory:';
const DEFAULT_SQLITE_FILE = 'extranet.sqlite';
const DEFAULT_MYSQL_PORT = 3306;
const MYSQL_SCHEMES = new Set(['mysql:', 'mariadb:']);
const DATABASE_NAME = /^[A-Za-z0-9_$-]{1,64}$/;
const EXAMPLES =
  'e.g. DATABASE_URL=mysql://extranet:secret@127.0.0.1:3306/extranet, ' +
  'sqlite:data/extranet.sqlite or sqlite::memory:';

/**
 * Reads DATABASE_URL. Empty means the embedded default, `<dataDir>/extranet.sqlite`.
 * Relative SQLite paths are taken from the working directory. `mariadb://` is accepted as an
 * alias of `mysql://` (same driver). Errors name the problem and an example, never the password.
 */
export function parseDatabaseUrl(
  url: string | undefined,
  opts: { dataDir?: string } = {},
): DatabaseConfig {
  return resolveDatabaseUrl(url, opts).config;
}

export function resolveDatabaseUrl(
  url: string | undefined,
  opts: { dataDir?: string } = {},
): { config: DatabaseConfig; target: DatabaseTarget } {
  const raw = (url ?? '').trim();
  if (raw === '') return sqliteFile(join(resolveDataDir(opts.dataDir), DEFAULT_SQLITE_FILE));
  if (/^sqlite:/i.test(raw)) return parseSqlite(raw.slice('sqlite:'.length));
  // Only a scheme followed by // is shown back: in user:password@host the "scheme" is secret.
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(raw)?.[1]?.toLowerCase();
  if (scheme === undefined) throw invalid('must start with mysql://, mariadb:// or sqlite:');
  if (MYSQL_SCHEMES.has(`${scheme}:`)) return parseMysql(raw);
  throw invalid(`uses the unsupported scheme "${scheme}:" (supported: mysql, mariadb, sqlite)`);
}

function parseSqlite(rest: string): { config: DatabaseConfig; target: DatabaseTarget } {
  if (rest === SQLITE_MEMORY) {
    return {
      config: {
        dialect: 'sqlite',
        url: `sqlite:${SQLITE_MEMORY}`,
        description: 'SQLite in memory',
      },
      target: { dialect: 'sqlite', storage: SQLITE_MEMORY, isInMemory: true },
    };
  }
  // sqlite:///abs/file is the URL spelling of sqlite:/abs/file; sqlite://x has a host: refuse it.
  const path = rest.startsWith('///') ? rest.slice(2) : rest;
  if (path === '') throw invalid('has no SQLite file path after "sqlite:"');
  if (path.startsWith('//')) {
    throw invalid('names a host for SQLite; use sqlite:/absolute/path or sqlite:relative/path');
  }
  if (path.startsWith(':')) throw invalid('has an unknown SQLite special name (only :memory:)');
  if (path.includes('?')) throw invalid('has query parameters, which SQLite URLs do not take');
  if (path.endsWith('/') || path.endsWith('\\')) {
    throw invalid('names a directory; add the file name, e.g. sqlite:data/extranet.sqlite');
  }
  return sqliteFile(isAbsolute(path) ? path : resolve(process.cwd(), path));
}

function sqliteFile(storage: string): { config: DatabaseConfig; target: DatabaseTarget } {
  return {
    config: { dialect: 'sqlite', url: `sqlite:${storage}`, description: `SQLite file ${storage}` },
    target: { dialect: 'sqlite', storage, isInMemory: false },
  };
}

function parseMysql(raw: string): { config: DatabaseConfig; target: DatabaseTarget } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The parser's own error repeats the input, password included: say what to check instead.
    throw invalid(
      'is not a valid mysql:// URL (check host and port, and percent-encode @ : / # ? % in the ' +
        'user name and password)',
    );
  }
  const shown = redact(url);
  if (url.hostname === '') throw invalid(`${shown} has no host`);
  if (url.search !== '' || url.hash !== '') {
    throw invalid(`${shown} has query parameters or a fragment, which are not supported`);
  }
  const port = url.port === '' ? DEFAULT_MYSQL_PORT : Number(url.port);
  if (port < 1 || port > 65535) throw invalid(`${shown} has port ${port}; use 1-65535`);
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (segments.length !== 1) {
    throw invalid(`${shown} must name exactly one database after the port, as in …:3306/extranet`);
  }
  const [username, password, database] = decode([url.username, url.password, segments[0]!], shown);
  if (username === '') throw invalid(`${shown} has no user name before the host`);
  if (!DATABASE_NAME.test(database)) {
    throw invalid(`${shown} has a database name with characters other than A-Z a-z 0-9 _ $ -`);
  }
  // WHATWG URL keeps IPv6 literals in brackets; the driver wants the bare address.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const hostPort = `${url.hostname}:${port}`;
  const credentials = `${encodeURIComponent(username)}${password ? `:${encodeURIComponent(password)}` : ''}`;
  return {
    config: {
      dialect: 'mysql',
      url: `mysql://${credentials}@${hostPort}/${database}`,
      description: `MySQL ${username}@${hostPort}/${database}`,
    },
    target: { dialect: 'mysql', host, port, database, username, password: password || undefined },
  };
}

function decode(parts: string[], shown: string): [string, string, string] {
  try {
    const [username = '', password = '', database = ''] = parts.map((part) =>
      decodeURIComponent(part),
    );
    return [username, password, database];
  } catch {
    throw invalid(`${shown} has a broken %-escape in the user name, password or database name`);
  }
}

/** The URL as it may be shown to a person: the password replaced by ***. */
function redact(url: URL): string {
  const credentials = url.username === '' ? '' : `${url.username}${url.password ? ':***' : ''}@`;
  return `${url.protocol}//${credentials}${url.host}${url.pathname}`;
}

function invalid(problem: string): ConfigurationError {
  return new ConfigurationError(`DATABASE_URL ${problem}; ${EXAMPLES}`);
}
