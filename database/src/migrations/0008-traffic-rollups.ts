import { DataTypes, type QueryInterface } from 'sequelize';
import { ROLLUP_RESOLUTIONS, ROLLUP_TABLES } from '../links/traffic-history/traffic-resolutions';

/**
 * Traffic history at four resolutions.
 *
 * `interface_samples` gains an ever-growing `id`: roll-ups follow new raw rows by id, not by
 * sampled_at, because the collector's disk buffer writes old samples late (after a database
 * outage) and those must re-roll their buckets. MariaDB keeps the table clustered on
 * (interface_id, sampled_at), which the charts read, and adds a unique key on id. SQLite cannot
 * add an AUTOINCREMENT column, and its implicit rowid may be reused or renumbered by VACUUM, so
 * the table is rebuilt there with an explicit one and the pair as a unique key.
 *
 * Roll-up rows are keyed (bucket_start, interface_id) with no surrogate id, bucket_start in epoch
 * seconds (4 bytes): a year at full depth is hundreds of millions of rows, so every byte counts
 * (README, storage budget). Time first, because a roll-up run writes one bucket for every
 * interface at once: keyed by interface first, each of those inserts lands mid-page and InnoDB
 * leaves pages half full (measured: ~185 bytes per row instead of ~100). Readers name the
 * buckets they want (bucket_start IN (…)), so a chart still reads a few hundred index entries.
 * Pruning deletes whole leading key ranges. No foreign key, like interface_samples: history of
 * a removed interface ages out with retention instead of costing a check on every insert.
 */
export async function up(queryInterface: QueryInterface): Promise<void> {
  const sequelize = queryInterface.sequelize;
  if (sequelize.getDialect() === 'sqlite') {
    await rebuildSqliteSamplesWithId(queryInterface);
  } else {
    await sequelize.query(
      'ALTER TABLE interface_samples ADD COLUMN id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, ' +
        'ADD UNIQUE KEY interface_samples_id (id)',
    );
  }

  // UNSIGNED where it exists (MariaDB); SQLite has one integer type and warns about the word.
  const onSqlite = sequelize.getDialect() === 'sqlite';
  const unsignedInt = onSqlite ? DataTypes.INTEGER : DataTypes.INTEGER.UNSIGNED;
  const bps = { type: onSqlite ? DataTypes.BIGINT : DataTypes.BIGINT.UNSIGNED, allowNull: false };
  for (const resolution of ROLLUP_RESOLUTIONS) {
    await queryInterface.createTable(ROLLUP_TABLES[resolution], {
      bucket_start: { type: unsignedInt, primaryKey: true },
      interface_id: { type: DataTypes.INTEGER, primaryKey: true },
      covered_ms: { type: unsignedInt, allowNull: false },
      in_avg_bps: bps,
      in_max_bps: bps,
      in_p95_bps: bps,
      out_avg_bps: bps,
      out_max_bps: bps,
      out_p95_bps: bps,
    });
  }

  await queryInterface.createTable('traffic_rollup_progress', {
    resolution: { type: DataTypes.STRING(8), primaryKey: true },
    rolled_through_id: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
    rolled_at: { type: DataTypes.DATE(3), allowNull: true },
  });
  // Starting from id 0: existing samples are rolled up by the first runs (catch-up).
  await queryInterface.bulkInsert(
    'traffic_rollup_progress',
    ROLLUP_RESOLUTIONS.map((resolution) => ({ resolution, rolled_through_id: 0 })),
  );
}

async function rebuildSqliteSamplesWithId(queryInterface: QueryInterface): Promise<void> {
  const sequelize = queryInterface.sequelize;
  await sequelize.query(
    `CREATE TABLE interface_samples_with_id (
       id INTEGER PRIMARY KEY AUTOINCREMENT,
       interface_id INTEGER NOT NULL,
       sampled_at DATETIME NOT NULL,
       interval_ms INTEGER NOT NULL,
       in_bps BIGINT NOT NULL,
       out_bps BIGINT NOT NULL,
       oper_status TINYINT,
       UNIQUE (interface_id, sampled_at))`,
  );
  await sequelize.query(
    `INSERT INTO interface_samples_with_id
       (interface_id, sampled_at, interval_ms, in_bps, out_bps, oper_status)
     SELECT interface_id, sampled_at, interval_ms, in_bps, out_bps, oper_status
       FROM interface_samples ORDER BY sampled_at, interface_id`,
  );
  await sequelize.query('DROP TABLE interface_samples');
  await sequelize.query('ALTER TABLE interface_samples_with_id RENAME TO interface_samples');
}
