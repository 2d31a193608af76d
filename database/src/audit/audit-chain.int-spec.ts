import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryTypes, Transaction } from 'sequelize';
import { openDatabase, type Database } from '../connection/open-database';
import { migrateDatabase } from '../migrations/migrator';
import { resetDatabaseForTests } from '../migrations/reset-database';
import { appendAuditEvent } from './audit-appender';
import { AuditChainKey } from './audit-chain-key';
import { AuditChainStateError } from './audit-chain-state';
import {
  clearAuditTrailForTests,
  draft,
  refusal,
  withoutAuditTriggers,
} from './audit-tampering.int-fixture';
import { verifyAuditChain } from './audit-verifier';

describe('the audit chain on the database of DATABASE_URL (or a SQLite file)', () => {
  let database: Database;
  let tempDir: string;
  const key = new AuditChainKey(randomBytes(32));

  beforeAll(async () => {
    tempDir = mkdtempSync(join(tmpdir(), 'audit-chain-it-'));
    database = await openDatabase({
      url: process.env['DATABASE_URL'] || `sqlite:${join(tempDir, 'audit.sqlite')}`,
    });
    await resetDatabaseForTests(database.sequelize);
    await migrateDatabase(database.sequelize);
  });

  afterAll(async () => {
    await resetDatabaseForTests(database.sequelize);
    await database.close();
    rmSync(tempDir, { recursive: true, force: true });
  });

  beforeEach(() => clearAuditTrailForTests(database.sequelize));

  const ids = async () =>
    (
      await database.sequelize.query<{ id: unknown }>('SELECT id FROM audit_events ORDER BY id', {
        type: QueryTypes.SELECT,
      })
    ).map((row) => Number(row.id));

  const appendMany = (n: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        appendAuditEvent(database.sequelize, key, draft({ objectId: String(i) })),
      ),
    );

  it('when many events are appended at once, then ids are contiguous and the chain verifies', async () => {
    await appendMany(60);
    expect(await ids()).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(await verifyAuditChain(database.sequelize, key, { pageSize: 7 })).toEqual({
      ok: true,
      checked: 60,
    });
  });

  it('when an event is stored, then milliseconds survive and secrets do not', async () => {
    const occurredAt = new Date('2026-05-06T07:08:09.123Z');
    const stored = await appendAuditEvent(database.sequelize, key, draft({ occurredAt }));
    const [row] = await database.sequelize.query<{ after: string; at: unknown }>(
      'SELECT after_json AS after, occurred_at AS at FROM audit_events WHERE id = :id',
      { type: QueryTypes.SELECT, replacements: { id: stored.id } },
    );
    expect(stored.occurredAt).toBe('2026-05-06T07:08:09.123Z');
    expect(row!.after).toBe('{"hostname":"HB-4213-R02"}');
    expect(stored.hashAlg).toBe('hmac-sm3');
  });

  it('when the application tries UPDATE or DELETE, then the database refuses', async () => {
    await appendMany(2);
    expect(
      await refusal(
        database.sequelize.query("UPDATE audit_events SET result = 'failure' WHERE id = 1"),
      ),
    ).toMatch(/append-only: UPDATE refused/);
    expect(
      await refusal(database.sequelize.query('DELETE FROM audit_events WHERE id = 2')),
    ).toMatch(/append-only: DELETE refused outside the retention job/);
    expect(await ids()).toEqual([1, 2]);
  });

  it('when a row is edited behind the triggers, then verify reports that id as hash_mismatch', async () => {
    await appendMany(20);
    await withoutAuditTriggers(database.sequelize, () =>
      database.sequelize.query("UPDATE audit_events SET username = 'mallory' WHERE id = 13"),
    );
    expect(await verifyAuditChain(database.sequelize, key, { pageSize: 5 })).toEqual({
      ok: false,
      checked: 12,
      firstBrokenId: 13,
      reason: 'hash_mismatch',
    });
  });

  it('when a row is deleted behind the triggers, then verify reports it missing', async () => {
    await appendMany(20);
    await withoutAuditTriggers(database.sequelize, () =>
      database.sequelize.query('DELETE FROM audit_events WHERE id = 8'),
    );
    expect(await verifyAuditChain(database.sequelize, key)).toEqual(
      jasmine.objectContaining({ ok: false, firstBrokenId: 8, reason: 'missing_rows' }),
    );
  });

  it('when the newest rows and the head are rolled back together, then verify notices', async () => {
    await appendMany(5);
    const [fourth] = await database.sequelize.query<{ hash: string }>(
      'SELECT hash FROM audit_events WHERE id = 4',
      { type: QueryTypes.SELECT },
    );
    await withoutAuditTriggers(database.sequelize, async () => {
      await database.sequelize.query('DELETE FROM audit_events WHERE id = 5');
      await database.sequelize.query(
        'UPDATE audit_chain_state SET head_event_id = 4, head_hash = :hash',
        { replacements: { hash: fourth!.hash } },
      );
    });
    expect(await verifyAuditChain(database.sequelize, key)).toEqual(
      jasmine.objectContaining({ ok: false, reason: 'chain_break' }),
    );
    await expectAsync(appendAuditEvent(database.sequelize, key, draft())).toBeRejectedWithError(
      AuditChainStateError,
      /head is not signed by the current audit key/,
    );
  });

  it('when the audit insert fails inside a transaction, then the caller’s write rolls back too', async () => {
    await appendMany(1);
    const wrongKey = new AuditChainKey(randomBytes(32));
    const countCycles = async () =>
      Number(
        (
          await database.sequelize.query<{ n: unknown }>(
            "SELECT COUNT(*) AS n FROM collector_cycles WHERE collector_id = 'audit-spec'",
            { type: QueryTypes.SELECT },
          )
        )[0]!.n,
      );
    await expectAsync(
      database.sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, async (transaction) => {
        await database.sequelize.query(
          `INSERT INTO collector_cycles (collector_id, started_at, finished_at, duration_ms,
               nodes_polled, nodes_failed, samples_stored, uplinks_evaluated)
             VALUES ('audit-spec', '2026-01-01 00:00:00', '2026-01-01 00:00:01', 1, 0, 0, 0, 0)`,
          { transaction },
        );
        expect(await countCycles()).toBe(0); // not visible outside before commit
        await appendAuditEvent(database.sequelize, wrongKey, draft(), { transaction });
      }),
    ).toBeRejectedWithError(AuditChainStateError);
    expect(await countCycles()).toBe(0);
    expect(await ids()).toEqual([1]);
  });
});
