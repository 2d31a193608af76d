import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryTypes } from 'sequelize';
import { ConfigurationError } from '../config/configuration-error';
import { openDatabase, type Database } from '../connection/open-database';
import { migrateDatabase } from '../migrations/migrator';
import { resetDatabaseForTests } from '../migrations/reset-database';
import { appendAuditEvent } from './audit-appender';
import { AuditChainKey } from './audit-chain-key';
import { AuditChainStateError, readChainState } from './audit-chain-state';
import { AUDIT_PURGE_ACTION, purgeExpiredAuditEvents } from './audit-retention';
import {
  clearAuditTrailForTests,
  draft,
  refusal,
  withoutAuditTriggers,
} from './audit-tampering.int-fixture';
import { verifyAuditChain } from './audit-verifier';

const DAY_MS = 86_400_000;

describe('audit retention on the database of DATABASE_URL (or a SQLite file)', () => {
  let database: Database;
  let tempDir: string;
  const key = new AuditChainKey(randomBytes(32));
  const now = new Date('2026-11-20T04:00:00.000Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

  beforeAll(async () => {
    tempDir = mkdtempSync(join(tmpdir(), 'audit-retention-it-'));
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

  /** Events in id order at the given ages (days before `now`), oldest first. */
  async function appendAged(ages: number[]): Promise<void> {
    for (const [index, age] of ages.entries()) {
      await appendAuditEvent(
        database.sequelize,
        key,
        draft({ occurredAt: daysAgo(age), objectId: String(index) }),
      );
    }
  }

  const remaining = async () =>
    database.sequelize.query<{ id: unknown; action: string }>(
      'SELECT id, action FROM audit_events ORDER BY id',
      { type: QueryTypes.SELECT },
    );

  it('when rows are older than the period, then only those go, oldest first, in batches', async () => {
    await appendAged([400, 300, 250, 200, 180.01, 179.99, 179, 10, 0]);
    const report = await purgeExpiredAuditEvents(database.sequelize, {
      retentionDays: 180,
      key,
      now,
      batchSize: 2,
    });
    expect(report).toEqual({ purged: 5, cutoff: daysAgo(180).toISOString(), anchorEventId: 5 });
    const rows = await remaining();
    expect(rows.slice(0, 4).map((row) => Number(row.id))).toEqual([6, 7, 8, 9]);
    // One record per batch (2 + 2 + 1), each in the batch's own transaction.
    expect(rows.slice(4).map((row) => row.action)).toEqual([
      AUDIT_PURGE_ACTION,
      AUDIT_PURGE_ACTION,
      AUDIT_PURGE_ACTION,
    ]);
    expect((await readChainState(database.sequelize))!.anchor.eventId).toBe(5);
    expect(await verifyAuditChain(database.sequelize, key)).toEqual({ ok: true, checked: 7 });
  });

  it('when the purge record is read, then it says what was purged', async () => {
    await appendAged([365, 364]);
    await purgeExpiredAuditEvents(database.sequelize, { retentionDays: 180, key, now });
    const [record] = await database.sequelize.query<{ after: string; objectId: string }>(
      'SELECT after_json AS after, object_id AS objectId FROM audit_events WHERE action = :action',
      { type: QueryTypes.SELECT, replacements: { action: AUDIT_PURGE_ACTION } },
    );
    expect(record!.objectId).toBe('1-2');
    expect(JSON.parse(record!.after)).toEqual(
      jasmine.objectContaining({ purgedEvents: 2, firstId: 1, lastId: 2, retentionDays: 180 }),
    );
  });

  it('when a newer row sits between old ones, then the purge stops there', async () => {
    await appendAged([300, 10, 300]);
    const report = await purgeExpiredAuditEvents(database.sequelize, {
      retentionDays: 180,
      key,
      now,
    });
    expect(report.purged).toBe(1);
    expect((await remaining()).map((row) => Number(row.id)).slice(0, 2)).toEqual([2, 3]);
  });

  it('when the period is below 180 days, then nothing is purged and it is refused', async () => {
    await appendAged([179.9, 100]);
    await expectAsync(
      purgeExpiredAuditEvents(database.sequelize, { retentionDays: 90, key, now }),
    ).toBeRejectedWithError(ConfigurationError, /minimum is 180/);
    expect(
      (await purgeExpiredAuditEvents(database.sequelize, { retentionDays: 180, key, now })).purged,
    ).toBe(0);
    expect((await remaining()).length).toBe(2);
  });

  it('when an old row was already removed, then the purge refuses and keeps the evidence', async () => {
    await appendAged([300, 300, 300, 5]);
    await withoutAuditTriggers(database.sequelize, () =>
      database.sequelize.query('DELETE FROM audit_events WHERE id = 2'),
    );
    await expectAsync(
      purgeExpiredAuditEvents(database.sequelize, { retentionDays: 180, key, now }),
    ).toBeRejectedWithError(AuditChainStateError, /kept as evidence/);
    expect((await remaining()).map((row) => Number(row.id))).toEqual([1, 3, 4]);
    expect(await verifyAuditChain(database.sequelize, key)).toEqual(
      jasmine.objectContaining({ firstBrokenId: 2, reason: 'missing_rows' }),
    );
  });

  it('when the anchor is moved forward by hand, then verification reports it', async () => {
    await appendAged([300, 300, 5]);
    await purgeExpiredAuditEvents(database.sequelize, { retentionDays: 180, key, now });
    const [third] = await database.sequelize.query<{ hash: string }>(
      'SELECT hash FROM audit_events WHERE id = 3',
      { type: QueryTypes.SELECT },
    );
    await withoutAuditTriggers(database.sequelize, async () => {
      await database.sequelize.query('DELETE FROM audit_events WHERE id = 3');
      await database.sequelize.query(
        'UPDATE audit_chain_state SET anchor_event_id = 3, anchor_hash = :hash',
        { replacements: { hash: third!.hash } },
      );
    });
    expect(await verifyAuditChain(database.sequelize, key)).toEqual(
      jasmine.objectContaining({ ok: false, firstBrokenId: 4, reason: 'chain_break' }),
    );
  });

  it('when retention is not running, then a DELETE is still refused afterwards', async () => {
    await appendAged([300, 5]);
    await purgeExpiredAuditEvents(database.sequelize, { retentionDays: 180, key, now });
    expect(await refusal(database.sequelize.query('DELETE FROM audit_events'))).toMatch(
      /DELETE refused/,
    );
  });
});
