import { DEFAULT_TRAFFIC_RETENTION, type RollupResolution } from '@extranet/database';
import { summariseFiveMinuteBuckets, summariseRawSamples } from './rollup-math';
import {
  minutesAfter,
  openHistoryDatabase,
  type HistoryDatabase,
  type RawSampleSpec,
  type StoredBucket,
} from './traffic-history.int-fixture';
import { rollUpTraffic } from './traffic-rollup';

const HOUR = '2026-03-01T10:00:00.000Z';
const NOW = Date.parse('2026-03-02T12:00:00Z');
const IFACE = 101;

/**
 * Samples of one interface at minutes 1..60 after 10:00, each rate n·1000 bit/s, except that the
 * polls at minutes 31 and 32 were missed: the sample at 33 covers three minutes.
 */
function hourOfSamples(): RawSampleSpec[] {
  return Array.from({ length: 60 }, (_, i) => i + 1)
    .filter((n) => n !== 31 && n !== 32)
    .map((n) => ({
      interfaceId: IFACE,
      sampledAt: minutesAfter(HOUR, n),
      intervalMs: n === 33 ? 180_000 : 60_000,
      inBps: n * 1000,
    }));
}

/** What the buckets must hold, computed independently from the samples in the spec. */
function expectedBuckets(samples: readonly RawSampleSpec[], bucketMinutes: number): StoredBucket[] {
  const groups = new Map<number, RawSampleSpec[]>();
  for (const sample of samples) {
    const start =
      Math.floor(Date.parse(sample.sampledAt) / (bucketMinutes * 60_000)) * bucketMinutes * 60_000;
    groups.set(start, [...(groups.get(start) ?? []), sample]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, group]) => ({
      bucketStart: new Date(start).toISOString(),
      ...summariseRawSamples(
        group.map((sample) => ({
          intervalMs: sample.intervalMs,
          inBps: sample.inBps,
          outBps: sample.outBps ?? sample.inBps * 2,
        })),
      )!,
    }));
}

describe('traffic roll-ups on the database of DATABASE_URL (or a SQLite file)', () => {
  let history: HistoryDatabase;
  const retention = DEFAULT_TRAFFIC_RETENTION;
  const roll = (resolution: RollupResolution, options: { nowMs?: number; idChunk?: number } = {}) =>
    rollUpTraffic(history.database.sequelize, {
      resolution,
      retention,
      nowMs: options.nowMs ?? NOW,
      idChunk: options.idChunk,
      settleMs: 0,
    });
  const rollAll = async (options: { nowMs?: number; idChunk?: number } = {}) => {
    for (const resolution of ['5m', '1h', '1d'] as const) await roll(resolution, options);
  };

  beforeAll(async () => {
    history = await openHistoryDatabase();
  });

  afterAll(async () => {
    await history?.close();
  });

  beforeEach(() => history.clear());

  it('when an hour of uneven samples is rolled, then each resolution holds exact figures', async () => {
    const samples = hourOfSamples();
    await history.insertSamples(samples);
    await rollAll();

    const fiveMinutes = await history.buckets('5m', IFACE);
    expect(fiveMinutes).toEqual(expectedBuckets(samples, 5));
    // Checked by hand: minutes 30, 33 (three minutes long) and 34.
    expect(fiveMinutes.find((bucket) => bucket.bucketStart === '2026-03-01T10:30:00.000Z')).toEqual(
      {
        bucketStart: '2026-03-01T10:30:00.000Z',
        coveredMs: 300_000,
        inAvgBps: 32_600,
        inMaxBps: 34_000,
        inP95Bps: 34_000,
        outAvgBps: 65_200,
        outMaxBps: 68_000,
        outP95Bps: 68_000,
      },
    );
    expect(await history.buckets('1h', IFACE)).toEqual(expectedBuckets(samples, 60));

    const days = await history.buckets('1d', IFACE);
    const day = summariseFiveMinuteBuckets(fiveMinutes)!;
    expect(days).toEqual([{ bucketStart: '2026-02-28T16:00:00.000Z', ...day }]);
    // The day's mean is the time-weighted mean of every raw sample.
    const totalMs = samples.reduce((sum, sample) => sum + sample.intervalMs, 0);
    const weighted = samples.reduce((sum, sample) => sum + sample.inBps * sample.intervalMs, 0);
    expect(days[0]!.inAvgBps).toBe(Math.round(weighted / totalMs));
    expect(days[0]!.coveredMs).toBe(totalMs);
  });

  it('when a backlog is caught up in small id chunks, then the result equals one big run', async () => {
    const samples = hourOfSamples();
    await history.insertSamples(samples);
    const report = await roll('5m', { idChunk: 7 });
    await roll('1h', { idChunk: 7 });
    await roll('1d', { idChunk: 7 });
    expect(report.throughId).toBe(await history.highestSampleId());
    expect(await history.buckets('5m', IFACE)).toEqual(expectedBuckets(samples, 5));
    expect(await history.buckets('1h', IFACE)).toEqual(expectedBuckets(samples, 60));
    expect((await history.buckets('1d', IFACE)).length).toBe(1);
  });

  it('when a run finds nothing new, then it writes nothing and changes nothing', async () => {
    await history.insertSamples(hourOfSamples());
    await rollAll();
    const before = await history.buckets('5m', IFACE);
    const again = await roll('5m');
    expect(again.bucketsWritten).toBe(0);
    expect(await history.buckets('5m', IFACE)).toEqual(before);
  });

  it('when samples arrive late for rolled buckets, then those buckets are rolled again', async () => {
    const samples = hourOfSamples();
    const late = samples.filter((sample) => sample.sampledAt <= minutesAfter(HOUR, 12));
    const onTime = samples.filter((sample) => !late.includes(sample));
    await history.insertSamples(onTime);
    await rollAll();
    expect((await history.buckets('5m', IFACE))[0]!.bucketStart).toBe('2026-03-01T10:10:00.000Z');

    // The disk buffer flushes the first twelve minutes after a database outage.
    await history.insertSamples(late);
    const report = await roll('5m');
    await roll('1h');
    await roll('1d');
    expect(report.bucketsWritten).toBe(3);
    expect(await history.buckets('5m', IFACE)).toEqual(expectedBuckets(samples, 5));
    expect(await history.buckets('1h', IFACE)).toEqual(expectedBuckets(samples, 60));
    expect((await history.buckets('1d', IFACE))[0]!.coveredMs).toBe(
      samples.reduce((sum, sample) => sum + sample.intervalMs, 0),
    );
  });

  it('when a late sample falls where raw retention already ended, then its bucket is left alone', async () => {
    const samples = hourOfSamples();
    const [first, ...rest] = samples;
    await history.insertSamples(rest);
    await roll('5m');
    const before = await history.buckets('5m', IFACE);

    await history.insertSamples([first!]);
    const eightDaysLater = NOW + 8 * 86_400_000;
    const report = await roll('5m', { nowMs: eightDaysLater });
    expect(report.skippedBeyondSource).toBe(1);
    expect(report.bucketsWritten).toBe(0);
    expect(await history.buckets('5m', IFACE)).toEqual(before);
  });

  it('when the day roll-up runs before the five-minute one, then it waits for it', async () => {
    await history.insertSamples(hourOfSamples());
    const early = await roll('1d');
    expect(early.bucketsWritten).toBe(0);
    await roll('5m');
    const day = await roll('1d');
    expect(day.bucketsWritten).toBe(1);
  });

  it('when many interfaces share buckets, then each gets its own row', async () => {
    const interfaces = Array.from({ length: 30 }, (_, i) => 1_000 + i);
    await history.insertSamples(
      interfaces.flatMap((interfaceId) =>
        [5, 10].map((minute) => ({
          interfaceId,
          sampledAt: minutesAfter(HOUR, minute),
          intervalMs: 300_000,
          inBps: interfaceId,
        })),
      ),
    );
    await rollAll();
    expect(await history.count('traffic_rollups_5m')).toBe(60);
    expect(await history.count('traffic_rollups_1h')).toBe(30);
    expect((await history.buckets('1h', 1_017))[0]!.inAvgBps).toBe(1_017);
  });

  // SQLite has one writer at a time, committing in id order: the race exists on MariaDB only.
  const onMariaDb = /^mysql:/.test(process.env['DATABASE_URL'] ?? '');
  if (!onMariaDb) return;

  it('when a poll transaction commits a lower id during the settling wait, then it is not lost', async () => {
    const sequelize = history.database.sequelize;
    const transaction = await sequelize.transaction();
    let committed = false;
    try {
      // A poll transaction takes an id and has not committed yet…
      await sequelize.query(
        `INSERT INTO interface_samples (interface_id, sampled_at, interval_ms, in_bps, out_bps)
         VALUES (${IFACE}, '2026-03-01 10:01:00.000', 60000, 1000, 2000)`,
        { transaction },
      );
      // …while another commits a higher one.
      await history.insertSamples([
        { interfaceId: IFACE, sampledAt: minutesAfter(HOUR, 2), intervalMs: 60_000, inBps: 3000 },
      ]);
      await rollUpTraffic(sequelize, {
        resolution: '5m',
        retention,
        nowMs: NOW,
        settleMs: 1,
        settle: async () => {
          await transaction.commit();
          committed = true;
        },
      });
    } finally {
      if (!committed) await transaction.commit();
    }
    expect((await history.buckets('5m', IFACE))[0]).toEqual(
      jasmine.objectContaining({ coveredMs: 120_000, inAvgBps: 2000 }),
    );
  });
});
