import { migrateDatabase, openDatabase, type Database } from '@extranet/database';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectionRefusedError, QueryTypes } from 'sequelize';
import type { CycleRow, ResultBatch } from '../links/poll-results-writer';
import { DiskBuffer } from './disk-buffer';
import { ResultSink } from './result-sink';

describe('ResultSink', () => {
  let database: Database;
  let directory: string;

  const cycleBatch = (second: number): ResultBatch => {
    const cycle: CycleRow = {
      collector_id: 'sink-spec',
      started_at: new Date(Date.UTC(2026, 10, 23, 8, 0, second)),
      finished_at: new Date(Date.UTC(2026, 10, 23, 8, 0, second, 500)),
      duration_ms: 500,
      nodes_polled: 0,
      nodes_failed: 0,
      samples_stored: 0,
      uplinks_evaluated: 0,
      poll_group: '60s',
      interval_seconds: 60,
      overrun_ms: 0,
      buffered: true,
      skipped_ticks: 0,
    };
    return { collectorId: 'sink-spec', assessments: [], fence: null, cycle };
  };

  /** Makes transactions fail as a refused connection does; counts the attempts. */
  const goAway = () => {
    const patched = database.sequelize as unknown as { transaction: unknown };
    const original = patched.transaction;
    const state = { attempts: 0 };
    patched.transaction = () => {
      state.attempts += 1;
      const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      return Promise.reject(new ConnectionRefusedError(refused));
    };
    return { state, comeBack: () => (patched.transaction = original) };
  };

  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await migrateDatabase(database.sequelize);
    directory = await mkdtemp(join(tmpdir(), 'result-sink-'));
  });

  afterEach(async () => {
    await database.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('when the database is away, then batches wait on disk without knocking, and arrive in order when it is back', async () => {
    const buffer = new DiskBuffer(directory, 1_000_000);
    await buffer.open();
    const sink = new ResultSink(database.sequelize, buffer);
    const away = goAway();
    expect((await sink.write(cycleBatch(1))).kind).toBe('buffered');
    expect((await sink.write(cycleBatch(2))).kind).toBe('buffered');
    expect(away.state.attempts).toBe(1);
    expect(sink.isDatabaseAway).toBeTrue();
    expect(sink.hasBuffered).toBeTrue();
    expect(await sink.flush()).toBeFalse();
    away.comeBack();
    expect(await sink.flush()).toBeTrue();
    expect((await sink.write(cycleBatch(3))).kind).toBe('written');
    const rows = await database.sequelize.query<{ startedAt: string }>(
      'SELECT started_at AS startedAt FROM collector_cycles ORDER BY id',
      { type: QueryTypes.SELECT },
    );
    expect(rows.map((row) => new Date(row.startedAt).getUTCSeconds())).toEqual([1, 2, 3]);
    expect(sink.hasBuffered).toBeFalse();
  });

  it('when the database refuses a batch as wrong, then it is dropped and counted, not buffered to fail again', async () => {
    const buffer = new DiskBuffer(directory, 1_000_000);
    await buffer.open();
    const sink = new ResultSink(database.sequelize, buffer);
    await database.sequelize.query('DROP TABLE collector_cycles');
    const outcome = await sink.write(cycleBatch(1));
    expect(outcome.kind).toBe('dropped');
    expect(sink.hasBuffered).toBeFalse();
    expect(sink.isDatabaseAway).toBeFalse();
  });

  it('when there is no disk buffer (a one-off cycle), then the failure reaches the caller', async () => {
    const sink = new ResultSink(database.sequelize);
    goAway();
    await expectAsync(sink.write(cycleBatch(1))).toBeRejectedWithError(ConnectionRefusedError);
  });
});
