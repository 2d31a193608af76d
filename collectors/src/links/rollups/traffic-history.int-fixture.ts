import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  migrateDatabase,
  openDatabase,
  resetDatabaseForTests,
  ROLLUP_TABLES,
  type Database,
  type RollupResolution,
} from '@extranet/database';
import { QueryTypes } from 'sequelize';
import { insertRows } from '../batched-writes';

/** A migrated, empty database of DATABASE_URL (or a SQLite file) for the history specs. */
export interface HistoryDatabase {
  database: Database;
  insertSamples(samples: readonly RawSampleSpec[]): Promise<void>;
  buckets(resolution: RollupResolution, interfaceId: number): Promise<StoredBucket[]>;
  count(table: string): Promise<number>;
  highestSampleId(): Promise<number>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

export interface RawSampleSpec {
  interfaceId: number;
  sampledAt: string;
  intervalMs: number;
  inBps: number;
  outBps?: number;
}

export interface StoredBucket {
  bucketStart: string;
  coveredMs: number;
  inAvgBps: number;
  inMaxBps: number;
  inP95Bps: number;
  outAvgBps: number;
  outMaxBps: number;
  outP95Bps: number;
}

export async function openHistoryDatabase(): Promise<HistoryDatabase> {
  const tempDir = mkdtempSync(join(tmpdir(), 'traffic-history-it-'));
  const database = await openDatabase({
    url: process.env['DATABASE_URL'] || `sqlite:${join(tempDir, 'history.sqlite')}`,
  });
  await resetDatabaseForTests(database.sequelize);
  await migrateDatabase(database.sequelize);
  const { sequelize } = database;
  return {
    database,
    insertSamples: (samples) =>
      insertRows(
        sequelize,
        'interface_samples',
        samples.map((sample) => ({
          interface_id: sample.interfaceId,
          sampled_at: new Date(sample.sampledAt),
          interval_ms: sample.intervalMs,
          in_bps: sample.inBps,
          out_bps: sample.outBps ?? sample.inBps * 2,
          oper_status: 1,
        })),
        null,
      ),
    buckets: async (resolution, interfaceId) => {
      const rows = await sequelize.query<Record<string, unknown>>(
        `SELECT bucket_start, covered_ms, in_avg_bps, in_max_bps, in_p95_bps, out_avg_bps,
                out_max_bps, out_p95_bps
           FROM ${ROLLUP_TABLES[resolution]} WHERE interface_id = :interfaceId ORDER BY bucket_start`,
        { type: QueryTypes.SELECT, replacements: { interfaceId } },
      );
      return rows.map((row) => ({
        bucketStart: new Date(Number(row['bucket_start']) * 1000).toISOString(),
        coveredMs: Number(row['covered_ms']),
        inAvgBps: Number(row['in_avg_bps']),
        inMaxBps: Number(row['in_max_bps']),
        inP95Bps: Number(row['in_p95_bps']),
        outAvgBps: Number(row['out_avg_bps']),
        outMaxBps: Number(row['out_max_bps']),
        outP95Bps: Number(row['out_p95_bps']),
      }));
    },
    count: async (table) => {
      const [row] = await sequelize.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${table}`, {
        type: QueryTypes.SELECT,
      });
      return Number(row?.n ?? 0);
    },
    highestSampleId: async () => {
      const [row] = await sequelize.query<{ id: unknown }>(
        'SELECT MAX(id) AS id FROM interface_samples',
        { type: QueryTypes.SELECT },
      );
      return Number(row?.id ?? 0);
    },
    clear: async () => {
      await sequelize.query('DELETE FROM interface_samples');
      for (const table of Object.values(ROLLUP_TABLES)) {
        await sequelize.query(`DELETE FROM ${table}`);
      }
      await sequelize.query('UPDATE traffic_rollup_progress SET rolled_through_id = 0');
    },
    close: async () => {
      await resetDatabaseForTests(sequelize);
      await database.close();
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

/** Minutes after a start, as ISO text. */
export function minutesAfter(startIso: string, minutes: number): string {
  return new Date(Date.parse(startIso) + minutes * 60_000).toISOString();
}
