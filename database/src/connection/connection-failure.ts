import {
  AccessDeniedError,
  ConnectionError,
  ConnectionRefusedError,
  HostNotFoundError,
  HostNotReachableError,
} from 'sequelize';
import type { DatabaseTarget } from './database-url';
import { DatabaseUnavailableError } from './database-unavailable-error';

type MysqlTarget = Extract<DatabaseTarget, { dialect: 'mysql' }>;
type SqliteTarget = Extract<DatabaseTarget, { dialect: 'sqlite' }>;

/**
 * Turns a driver error met while connecting into one line a person can act on: which server or
 * file, what went wrong, what to do. Driver messages are reduced to their error code so that no
 * stack or SQL reaches the operator.
 */
export function explainConnectionFailure(
  error: unknown,
  target: DatabaseTarget,
): DatabaseUnavailableError {
  return target.dialect === 'mysql'
    ? explainMysqlFailure(error, target)
    : explainSqliteFailure(error, target);
}

function explainMysqlFailure(error: unknown, target: MysqlTarget): DatabaseUnavailableError {
  const server = `MySQL/MariaDB at ${target.host}:${target.port}`;
  const code = driverCode(error);
  if (error instanceof ConnectionRefusedError || code === 'ECONNREFUSED') {
    return new DatabaseUnavailableError(
      `Cannot connect to ${server}: connection refused. Start MariaDB there, or set DATABASE_URL ` +
        'to a running server (unset it to use the embedded SQLite database).',
    );
  }
  if (error instanceof HostNotFoundError || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new DatabaseUnavailableError(
      `Cannot connect to ${server}: host "${target.host}" is not known. Fix the host in DATABASE_URL.`,
    );
  }
  if (error instanceof HostNotReachableError || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
    return new DatabaseUnavailableError(
      `Cannot connect to ${server}: no answer (${code ?? 'unreachable'}). Check that the server ` +
        'is up and that the host and port in DATABASE_URL are right.',
    );
  }
  if (error instanceof AccessDeniedError || code?.startsWith('ER_ACCESS_DENIED')) {
    return new DatabaseUnavailableError(
      `${server} refused user "${target.username}" (access denied). Check the user name and ` +
        'password in DATABASE_URL, and that the user may connect from this host.',
    );
  }
  if (code === 'ER_BAD_DB_ERROR') {
    return new DatabaseUnavailableError(
      `Database "${target.database}" does not exist on ${server}. Create it with ` +
        `CREATE DATABASE \`${target.database}\` CHARACTER SET utf8mb4, or fix the name in DATABASE_URL.`,
    );
  }
  if (code === 'ER_DBACCESS_DENIED_ERROR') {
    return new DatabaseUnavailableError(
      `User "${target.username}" may not use database "${target.database}" on ${server}. ` +
        `Grant it: GRANT ALL ON \`${target.database}\`.* TO '${target.username}'.`,
    );
  }
  return new DatabaseUnavailableError(
    `Cannot connect to ${server} (${code ?? errorName(error)}). Check DATABASE_URL and the server log.`,
  );
}

function explainSqliteFailure(error: unknown, target: SqliteTarget): DatabaseUnavailableError {
  const code = driverCode(error) ?? errorName(error);
  return new DatabaseUnavailableError(
    `Cannot open SQLite file ${target.storage} (${code}). Make sure its folder is writable by ` +
      'this user, or set DATABASE_URL=sqlite:/writable/path/extranet.sqlite (or EXTRANET_DATA_DIR).',
  );
}

/** The driver's error code (ECONNREFUSED, ER_BAD_DB_ERROR, SQLITE_CANTOPEN…), if any. */
function driverCode(error: unknown): string | undefined {
  const candidates = [error, error instanceof ConnectionError ? error.parent : undefined];
  for (const candidate of candidates) {
    const code = (candidate as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return undefined;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
