import type { Sequelize, Transaction } from 'sequelize';

/**
 * Drops every table of the connected database, SequelizeMeta included, so an integration spec
 * starts from nothing. Foreign keys are switched off meanwhile so the order does not matter.
 * For tests only: there is no undo.
 */
export async function resetDatabaseForTests(sequelize: Sequelize): Promise<void> {
  const queryInterface = sequelize.getQueryInterface();
  const tables = (
    (await queryInterface.showAllTables()) as Array<string | { tableName: string }>
  ).map((table) => (typeof table === 'string' ? table : table.tableName));
  const dropAll = async (transaction?: Transaction) => {
    for (const table of tables) {
      await sequelize.query(`DROP TABLE IF EXISTS ${queryInterface.quoteIdentifier(table)}`, {
        transaction,
      });
    }
  };

  if (sequelize.getDialect() === 'mysql') {
    // FOREIGN_KEY_CHECKS is per session: a transaction pins one pooled connection for all drops.
    await sequelize.transaction(async (transaction) => {
      await sequelize.query('SET FOREIGN_KEY_CHECKS = 0', { transaction });
      try {
        await dropAll(transaction);
      } finally {
        await sequelize.query('SET FOREIGN_KEY_CHECKS = 1', { transaction });
      }
    });
    return;
  }
  // SQLite ignores PRAGMA foreign_keys inside a transaction; outside one, Sequelize reuses a
  // single connection, so the pragma covers the drops.
  await sequelize.query('PRAGMA foreign_keys = OFF');
  try {
    await dropAll();
  } finally {
    await sequelize.query('PRAGMA foreign_keys = ON');
  }
}
