import type { Sequelize, Transaction } from 'sequelize';

/** Rows per INSERT: ~300 KB of SQL, far below MariaDB's 16 MB max_allowed_packet. */
export const INSERT_CHUNK_ROWS = 1_000;

/**
 * Inserts plain rows (column names as in the table) with multi-row INSERTs. It goes through the
 * QueryInterface rather than Model.bulkCreate: building a model instance per row would double
 * the seed's time at full depth, and models are bound to the last connection that defined them
 * while this must write to the `sequelize` it is given.
 */
export async function insertInChunks(
  sequelize: Sequelize,
  table: string,
  rows: ReadonlyArray<Record<string, unknown>>,
  transaction: Transaction,
): Promise<void> {
  const queryInterface = sequelize.getQueryInterface();
  for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
    await queryInterface.bulkInsert(table, rows.slice(start, start + INSERT_CHUNK_ROWS), {
      transaction,
    });
  }
}
