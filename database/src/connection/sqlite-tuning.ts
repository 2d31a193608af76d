import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Sequelize } from 'sequelize';
import { DatabaseUnavailableError } from './database-unavailable-error';

/** How long a statement waits for another connection's write lock before SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

interface SqliteConnection {
  configure(option: 'busyTimeout', milliseconds: number): void;
  run(sql: string): void;
}

/**
 * Creates the folder of a SQLite file and checks that the file and folder are writable (WAL
 * needs its -wal and -shm files beside the database), so the failure names the path instead of
 * surfacing later as SQLITE_READONLY in the middle of a write.
 */
export function prepareSqliteFile(storage: string): void {
  const folder = dirname(storage);
  const fix =
    'Choose a writable location with DATABASE_URL=sqlite:/path/to/extranet.sqlite or EXTRANET_DATA_DIR.';
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot create folder ${folder} for SQLite file ${storage} (${codeOf(error)}). ${fix}`,
    );
  }
  const target = existsSync(storage) ? storage : folder;
  try {
    accessSync(target, constants.R_OK | constants.W_OK);
    if (target !== folder) accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new DatabaseUnavailableError(
      `SQLite file ${storage} is not writable: ${codeOf(error)} on ${target}. ${fix}`,
    );
  }
}

/**
 * Sequelize opens one sqlite3 connection per transaction and has no connect hook for SQLite, so
 * per-connection settings are applied by wrapping getConnection. busy_timeout lets a writer wait
 * for another connection's transaction instead of failing at once; synchronous=NORMAL is the
 * documented pairing with WAL (a crash of the process loses nothing; a power cut may lose the
 * last commits, never consistency).
 */
export function tuneSqliteConnections(sequelize: Sequelize): void {
  const manager = sequelize.connectionManager as unknown as {
    getConnection(options?: object): Promise<SqliteConnection>;
  };
  const getConnection = manager.getConnection.bind(manager);
  const tuned = new WeakSet<SqliteConnection>();
  manager.getConnection = async (options?: object) => {
    const connection = await getConnection(options);
    if (!tuned.has(connection)) {
      connection.configure('busyTimeout', SQLITE_BUSY_TIMEOUT_MS);
      connection.run('PRAGMA synchronous = NORMAL');
      tuned.add(connection);
    }
    return connection;
  };
}

/** WAL lets readers (the API) run while the collector writes. It is stored in the file itself. */
export async function enableWriteAheadLog(sequelize: Sequelize): Promise<void> {
  await sequelize.query('PRAGMA journal_mode = WAL');
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'error';
}
