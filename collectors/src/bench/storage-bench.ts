import { migrateDatabase, openDatabase, readTrafficRetention } from '@extranet/database';
import { QueryTypes } from 'sequelize';
import {
  createStorageBenchDatabase,
  DEFAULT_STORAGE_BENCH_URL,
  storageBenchDatabaseName,
} from './storage-database';
import {
  STORAGE_BUDGET_BYTES,
  formatDailyRollupTiming,
  formatRollupTiming,
  formatStorageReport,
} from './storage-report';
import { timeDailyRollup, timeRollupsAtFullDepth } from './storage-rollup-timing';
import { emptyHistoryTables, fillHistoryTables, measureHistoryTables } from './storage-tables';
import { provinceFootprintBytes } from './storage-budget';

/**
 * `npm run bench:storage`: writes representative traffic history into MariaDB, measures bytes
 * per row of each resolution from information_schema, and prints bytes per interface-year for
 * the configured retention (RETENTION_*_DAYS, defaults otherwise) and the total at full depth.
 * Env: BENCH_STORAGE_DATABASE_URL (default mysql://root@127.0.0.1:3306/extranet_storage_bench),
 * BENCH_STORAGE_INTERFACES (default 1000). Then it times the roll-ups over an hour of the
 * whole province's samples. Exit 1 when the budget is exceeded.
 */
async function main(): Promise<void> {
  const url = process.env['BENCH_STORAGE_DATABASE_URL'] || DEFAULT_STORAGE_BENCH_URL;
  const interfaces = Number(process.env['BENCH_STORAGE_INTERFACES'] || 1000);
  if (!Number.isInteger(interfaces) || interfaces < 100 || interfaces > 20_000) {
    throw new RangeError('BENCH_STORAGE_INTERFACES must be a whole number from 100 to 20000');
  }
  const retention = readTrafficRetention(process.env);
  const name = storageBenchDatabaseName(url);
  await createStorageBenchDatabase(url);
  const database = await openDatabase({ url });
  try {
    const { sequelize } = database;
    await migrateDatabase(sequelize);
    await emptyHistoryTables(sequelize);
    const startedAt = performance.now();
    await fillHistoryTables(sequelize, interfaces, Date.parse('2026-01-01T00:00:00Z'));
    const fillSeconds = (performance.now() - startedAt) / 1000;
    const asWritten = await measureHistoryTables(sequelize, { rebuild: false });
    const rebuilt = await measureHistoryTables(sequelize, { rebuild: true });
    const [version] = await sequelize.query<{ v: string }>('SELECT VERSION() AS v', {
      type: QueryTypes.SELECT,
    });
    console.log(
      formatStorageReport({
        server: `MariaDB/MySQL ${version?.v ?? '?'}`,
        database: name,
        interfaces,
        retention,
        asWritten,
        rebuilt,
      }),
    );
    console.log(`(rows written in ${fillSeconds.toFixed(1)} s)`);
    await emptyHistoryTables(sequelize);
    console.log(
      formatRollupTiming(
        await timeRollupsAtFullDepth(sequelize, Date.parse('2026-01-01T00:00:00Z')),
      ),
    );
    await emptyHistoryTables(sequelize);
    console.log(
      formatDailyRollupTiming(
        await timeDailyRollup(sequelize, Date.parse('2026-01-01T16:00:00Z'), 5_000),
      ),
    );
    await emptyHistoryTables(sequelize);
    console.log('(history tables emptied again)');
    const perRow = Object.fromEntries(
      Object.entries(asWritten).map(([resolution, size]) => [resolution, size.bytesPerRow]),
    ) as Parameters<typeof provinceFootprintBytes>[0];
    if (provinceFootprintBytes(perRow, retention, 365) > STORAGE_BUDGET_BYTES) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:storage: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
