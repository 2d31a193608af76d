import type { QueryInterface, Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';
import { ConfigurationError } from '../config/configuration-error';
import { MIGRATIONS } from './index';

/** Receives one line per applied migration; pino's and console's `info` both fit. */
export interface MigrationLogger {
  info(message: string): void;
}

/**
 * Applies the pending migrations of MIGRATIONS in order and records them in SequelizeMeta
 * (the table sequelize-cli uses, so either tool sees the same history). Returns the names
 * applied by this call: [] when the schema was already current. Silent without a logger.
 */
export async function migrateDatabase(
  sequelize: Sequelize,
  opts: { logger?: MigrationLogger } = {},
): Promise<string[]> {
  const logger = opts.logger;
  const umzug = new Umzug<QueryInterface>({
    // An explicit list, not a glob: compiled and bundled code finds the same migrations.
    migrations: MIGRATIONS.map((migration) => ({
      name: migration.name,
      up: ({ context }) => migration.up(context),
    })),
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize, tableName: 'SequelizeMeta' }),
    logger: logger && {
      info: (event: Record<string, unknown>) => {
        if (event['event'] === 'migrated') {
          logger.info(`migrated ${String(event['name'])} (${String(event['durationSeconds'])} s)`);
        }
      },
      warn: () => undefined,
      error: () => undefined,
      debug: () => undefined,
    },
  });
  const pending = await umzug.pending();
  if (pending.length > 0) await assertUnicodeDatabase(sequelize);
  const applied = await umzug.up();
  return applied.map((migration) => migration.name);
}

/**
 * Unit and village names are Chinese, some outside the BMP: a MySQL database created with a
 * latin1 or utf8mb3 default would mangle them or refuse the insert. The tables take the
 * database default, so it is checked before the first table is created.
 */
async function assertUnicodeDatabase(sequelize: Sequelize): Promise<void> {
  if (sequelize.getDialect() !== 'mysql') return;
  const [rows] = await sequelize.query(
    'SELECT DATABASE() AS name, @@character_set_database AS charset',
  );
  const { name, charset } = (rows as Array<{ name: string; charset: string }>)[0]!;
  if (charset !== 'utf8mb4') {
    throw new ConfigurationError(
      `Database "${name}" uses character set ${charset}, but Chinese names need utf8mb4. Run ` +
        `ALTER DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ` +
        '(or recreate it with CHARACTER SET utf8mb4), then migrate again.',
    );
  }
}
