import {
  ROLLUP_BUCKET_MS,
  ROLLUP_RESOLUTIONS,
  ROLLUP_TABLES,
  TRAFFIC_RESOLUTIONS,
  type TrafficResolution,
} from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { insertRows } from '../links/batched-writes';

export const HISTORY_TABLES: Readonly<Record<TrafficResolution, string>> = {
  raw: 'interface_samples',
  ...ROLLUP_TABLES,
};

/** How many rows of each table the bench writes per interface. */
export const BENCH_ROWS_PER_INTERFACE: Readonly<Record<TrafficResolution, number>> = {
  raw: 288, // a day of five-minute polls
  '5m': 288, // a day
  '1h': 240, // ten days
  '1d': 200,
};

/** A small deterministic generator, so two runs write the same rows. */
function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Rates of a 200 Mbit/s … 10 Gbit/s circuit at 5–60 % load: values of realistic magnitude.
 * InnoDB stores BIGINT in 8 bytes whatever the value, so the figures do not depend on them.
 */
function rateOf(random: () => number): number {
  return Math.round((0.05 + random() * 0.55) * 2e8 * (1 + Math.floor(random() * 50)));
}

export async function emptyHistoryTables(sequelize: Sequelize): Promise<void> {
  for (const table of Object.values(HISTORY_TABLES)) {
    await sequelize.query(`TRUNCATE TABLE ${table}`);
  }
  await sequelize.query('UPDATE traffic_rollup_progress SET rolled_through_id = 0');
}

/**
 * Writes representative rows the way production does: one time step at a time across all
 * interfaces (a poll cycle, a roll-up run), so the (interface, time) keys arrive out of key
 * order and pages split as they do in service.
 */
export async function fillHistoryTables(
  sequelize: Sequelize,
  interfaces: number,
  startMs: number,
): Promise<void> {
  const random = pseudoRandom(42);
  const ids = Array.from({ length: interfaces }, (_, i) => i + 1);
  for (let step = 0; step < BENCH_ROWS_PER_INTERFACE.raw; step += 1) {
    const sampledAt = new Date(startMs + step * 300_000 + 17_000);
    await insertRows(
      sequelize,
      HISTORY_TABLES.raw,
      ids.map((id) => ({
        interface_id: id,
        sampled_at: sampledAt,
        interval_ms: 300_000 + Math.round(random() * 400) - 200,
        in_bps: rateOf(random),
        out_bps: rateOf(random),
        oper_status: 1,
      })),
      null,
    );
  }
  for (const resolution of ROLLUP_RESOLUTIONS) {
    for (let step = 0; step < BENCH_ROWS_PER_INTERFACE[resolution]; step += 1) {
      const bucketStart = (startMs + step * ROLLUP_BUCKET_MS[resolution]) / 1000;
      await insertRows(
        sequelize,
        HISTORY_TABLES[resolution],
        ids.map((id) => {
          const average = rateOf(random);
          return {
            interface_id: id,
            bucket_start: bucketStart,
            covered_ms: ROLLUP_BUCKET_MS[resolution] - Math.round(random() * 1000),
            in_avg_bps: average,
            in_max_bps: Math.round(average * 1.6),
            in_p95_bps: Math.round(average * 1.3),
            out_avg_bps: Math.round(average * 0.4),
            out_max_bps: Math.round(average * 0.7),
            out_p95_bps: Math.round(average * 0.55),
          };
        }),
        null,
      );
    }
  }
}

export interface TableSize {
  rows: number;
  dataBytes: number;
  indexBytes: number;
  bytesPerRow: number;
}

/**
 * Sizes from information_schema after ANALYZE TABLE (InnoDB's persistent statistics are only
 * refreshed by it), with the exact row count; `rebuild` runs OPTIMIZE TABLE first (InnoDB
 * recreates the table: pages filled as a bulk load fills them).
 */
export async function measureHistoryTables(
  sequelize: Sequelize,
  options: { rebuild: boolean },
): Promise<Record<TrafficResolution, TableSize>> {
  const sizes = {} as Record<TrafficResolution, TableSize>;
  for (const resolution of TRAFFIC_RESOLUTIONS) {
    const table = HISTORY_TABLES[resolution];
    if (options.rebuild) await sequelize.query(`OPTIMIZE TABLE ${table}`);
    await sequelize.query(`ANALYZE TABLE ${table}`);
    const [size] = await sequelize.query<{ dataBytes: unknown; indexBytes: unknown }>(
      `SELECT data_length AS dataBytes, index_length AS indexBytes FROM information_schema.TABLES
        WHERE table_schema = DATABASE() AND table_name = :table`,
      { type: QueryTypes.SELECT, replacements: { table } },
    );
    const [count] = await sequelize.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${table}`, {
      type: QueryTypes.SELECT,
    });
    const rows = Number(count?.n ?? 0);
    const dataBytes = Number(size?.dataBytes ?? 0);
    const indexBytes = Number(size?.indexBytes ?? 0);
    sizes[resolution] = {
      rows,
      dataBytes,
      indexBytes,
      bytesPerRow: rows > 0 ? (dataBytes + indexBytes) / rows : 0,
    };
  }
  return sizes;
}
