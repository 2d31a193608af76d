import { ConnectionError, Sequelize, type Options } from 'sequelize';
import { defineLinksModels } from '../links/models';
import { explainConnectionFailure } from './connection-failure';
import { resolveDatabaseUrl, type DatabaseConfig, type DatabaseTarget } from './database-url';
import { enableWriteAheadLog, prepareSqliteFile, tuneSqliteConnections } from './sqlite-tuning';

export interface Database {
  sequelize: Sequelize;
  config: DatabaseConfig;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** DATABASE_URL syntax; when absent, the DATABASE_URL environment variable is read. */
  url?: string;
  /** true logs every SQL statement to the console; a function receives them instead. */
  logging?: boolean | ((sql: string) => void);
  /** Folder of the default SQLite file (see parseDatabaseUrl). */
  dataDir?: string;
}

const MYSQL_CONNECT_TIMEOUT_MS = 10_000;

/**
 * Connects to the configured database, defines every model on it and checks the connection
 * (authenticate), so a wrong URL fails here with a DatabaseUnavailableError, not at first query.
 * Everything is stored and read in UTC.
 */
export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  const { config, target } = resolveDatabaseUrl(opts.url ?? process.env['DATABASE_URL'], {
    dataDir: opts.dataDir,
  });
  if (target.dialect === 'sqlite' && !target.isInMemory) prepareSqliteFile(target.storage);

  const sequelize = createSequelize(target, loggingOption(opts.logging));
  if (target.dialect === 'sqlite') tuneSqliteConnections(sequelize);
  try {
    await sequelize.authenticate();
    if (target.dialect === 'sqlite' && !target.isInMemory) await enableWriteAheadLog(sequelize);
  } catch (error) {
    // sqlite3 never calls back close() on a file it failed to open: closing would hang forever.
    const isUnopenedSqlite = target.dialect === 'sqlite' && error instanceof ConnectionError;
    if (!isUnopenedSqlite) await sequelize.close().catch(() => undefined);
    throw explainConnectionFailure(error, target);
  }
  defineLinksModels(sequelize);
  return { sequelize, config, close: () => sequelize.close() };
}

function createSequelize(target: DatabaseTarget, logging: Options['logging']): Sequelize {
  if (target.dialect === 'sqlite') {
    return new Sequelize({ dialect: 'sqlite', storage: target.storage, logging });
  }
  return new Sequelize({
    dialect: 'mysql',
    host: target.host,
    port: target.port,
    database: target.database,
    username: target.username,
    password: target.password,
    // Sessions run in UTC so DATETIME columns hold UTC whatever the server's zone is.
    timezone: '+00:00',
    dialectOptions: {
      // BIGINT counters and rates come back as numbers while exact, as strings beyond 2^53.
      supportBigNumbers: true,
      bigNumberStrings: false,
      dateStrings: false,
      connectTimeout: MYSQL_CONNECT_TIMEOUT_MS,
    },
    logging,
  });
}

function loggingOption(logging: OpenDatabaseOptions['logging']): Options['logging'] {
  if (typeof logging === 'function') return (sql: string) => logging(sql);
  return logging ? (sql: string) => console.log(sql) : false;
}
