import {
  isExtranetSeeded,
  migrateDatabase,
  openDatabase,
  seedExtranet,
  type Database,
  type SecretBox,
} from '@extranet/database';
import type { Logger } from 'pino';
import { QueryTypes } from 'sequelize';
import type { LauncherConfig } from './launcher-config';

/**
 * Opens, migrates and (when empty) seeds the database, logging each step and its duration.
 * An already seeded database is seeded again only for depth 'full', which adds villages to a
 * township-depth database and otherwise creates nothing.
 */
export async function prepareDatabase(
  config: LauncherConfig,
  secretBox: SecretBox,
  logger: Logger,
): Promise<{ database: Database; uplinkCount: number }> {
  const database = await openDatabase({ url: config.databaseUrl });
  try {
    const applied = await migrateDatabase(database.sequelize, {
      logger: { info: (message) => logger.info(message) },
    });
    logger.info(
      applied.length > 0
        ? `database schema migrated (${applied.join(', ')})`
        : 'database schema is up to date',
    );
    const isSeeded = await isExtranetSeeded(database.sequelize);
    if (!isSeeded || config.depth === 'full') {
      logger.info(`seeding the extranet at ${config.depth} depth…`);
      const startedAt = performance.now();
      const report = await seedExtranet(database.sequelize, {
        depth: config.depth,
        secretBox,
        simulatorPort: config.simulatorPort,
      });
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      logger.info(
        { ...report, seconds: Number(seconds) },
        report.created
          ? `seeded ${report.units} units, ${report.nodes} nodes, ${report.uplinks} uplinks and ${report.members} circuits in ${seconds} s`
          : `extranet already seeded at ${config.depth} depth (checked in ${seconds} s)`,
      );
    } else {
      logger.info('extranet already seeded; not seeding again');
    }
    const [row] = await database.sequelize.query<{ total: unknown }>(
      'SELECT COUNT(*) AS total FROM uplinks',
      { type: QueryTypes.SELECT },
    );
    return { database, uplinkCount: Number(row?.total ?? 0) };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
