import { Sequelize } from 'sequelize';

export const DEFAULT_STORAGE_BENCH_URL = 'mysql://root@127.0.0.1:3306/extranet_storage_bench';

/**
 * The storage bench empties the history tables of its database, so it only accepts MariaDB
 * databases meant for it: `extranet_history` (this workstream's) or a name containing
 * `storage_bench`. Never the console's, CI's `test`, or another bench's. SQLite is refused:
 * the budget is stated for MariaDB, where a provincial deployment keeps a year of history.
 */
export function storageBenchDatabaseName(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new RangeError('BENCH_STORAGE_DATABASE_URL must be mysql://… or mariadb://… (MariaDB)');
  }
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (name !== 'extranet_history' && !/^[A-Za-z0-9_]*storage_bench[A-Za-z0-9_]*$/.test(name)) {
    throw new RangeError(
      `the storage bench empties the history tables of its database, so it must be ` +
        `extranet_history or contain "storage_bench" (e.g. ${DEFAULT_STORAGE_BENCH_URL}), not "${name}"`,
    );
  }
  return name;
}

/** Creates the database (utf8mb4, as the console requires) when it is missing. */
export async function createStorageBenchDatabase(url: string): Promise<void> {
  const name = storageBenchDatabaseName(url);
  const server = new URL(url);
  server.pathname = '/';
  const admin = new Sequelize(server.toString(), { dialect: 'mysql', logging: false });
  try {
    await admin.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await admin.close();
  }
}
