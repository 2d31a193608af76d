import { ROLLUP_TABLES, type TrafficRetention } from '@extranet/database';
import { openHistoryDatabase, type HistoryDatabase } from './traffic-history.int-fixture';
import { pruneTrafficHistory } from './traffic-pruning';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const RETENTION: TrafficRetention = { raw: 2, '5m': 10, '1h': 30, '1d': 100 };

describe('traffic history pruning on the database of DATABASE_URL (or a SQLite file)', () => {
  let history: HistoryDatabase;

  beforeAll(async () => {
    history = await openHistoryDatabase();
  });

  afterAll(async () => {
    await history?.close();
  });

  beforeEach(() => history.clear());

  /** One row per interface (1..25) and age in days, in every table. */
  async function fillEveryTable(ages: readonly number[]): Promise<void> {
    const interfaces = Array.from({ length: 25 }, (_, i) => i + 1);
    await history.insertSamples(
      interfaces.flatMap((interfaceId) =>
        ages.map((age) => ({
          interfaceId,
          sampledAt: new Date(NOW - age * DAY + 1_000).toISOString(),
          intervalMs: 60_000,
          inBps: 1,
        })),
      ),
    );
    const sequelize = history.database.sequelize;
    for (const table of Object.values(ROLLUP_TABLES)) {
      await sequelize.getQueryInterface().bulkInsert(
        table,
        interfaces.flatMap((interfaceId) =>
          ages.map((age) => ({
            interface_id: interfaceId,
            bucket_start: Math.floor((NOW - age * DAY) / 1000),
            covered_ms: 1,
            in_avg_bps: 1,
            in_max_bps: 1,
            in_p95_bps: 1,
            out_avg_bps: 1,
            out_max_bps: 1,
            out_p95_bps: 1,
          })),
        ),
      );
    }
  }

  it('when history is older than each retention, then exactly that is deleted, in small statements', async () => {
    await fillEveryTable([1, 5, 20, 60, 200]);
    const report = await pruneTrafficHistory(history.database.sequelize, {
      retention: RETENTION,
      nowMs: NOW,
      interfacesPerStatement: 4,
    });
    // Kept: raw 1 day old; 5m 1 and 5; 1h up to 20; 1d up to 60 (each of 25 interfaces).
    expect(report).toEqual({ raw: 100, '5m': 75, '1h': 50, '1d': 25 });
    expect(await history.count('interface_samples')).toBe(25);
    expect(await history.count(ROLLUP_TABLES['5m'])).toBe(50);
    expect(await history.count(ROLLUP_TABLES['1h'])).toBe(75);
    expect(await history.count(ROLLUP_TABLES['1d'])).toBe(100);
  });

  it('when pruning runs again, then nothing more goes', async () => {
    await fillEveryTable([1, 5]);
    const options = { retention: RETENTION, nowMs: NOW };
    await pruneTrafficHistory(history.database.sequelize, options);
    expect(await pruneTrafficHistory(history.database.sequelize, options)).toEqual({
      raw: 0,
      '5m': 0,
      '1h': 0,
      '1d': 0,
    });
  });

  it('when the tables are empty, then pruning is a no-op', async () => {
    expect(
      await pruneTrafficHistory(history.database.sequelize, { retention: RETENTION, nowMs: NOW }),
    ).toEqual({ raw: 0, '5m': 0, '1h': 0, '1d': 0 });
  });
});
