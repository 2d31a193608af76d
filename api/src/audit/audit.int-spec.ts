import {
  AUDIT_DELETE_TRIGGER,
  AUDIT_UPDATE_TRIGGER,
  createAuditTriggers,
  Role,
} from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { AuditEventPageSchema, AuditVerificationSchema } from './audit.schemas';
import { CSV_BOM } from './audit-csv';

describe('/api/audit (over HTTP, real database)', () => {
  let t: TestConsole;
  let auditor: TestAgent;
  let sysadmin: TestAgent;
  let sysadminName: string;
  const marker = `spec.audit_${Date.now()}`;

  beforeAll(async () => {
    t = await testConsole();
    auditor = (await signedInAgent(t, { roles: [Role.AuditAdmin] })).agent;
    const admin = await signedInAgent(t, { roles: [Role.SystemAdmin] });
    sysadmin = admin.agent;
    sysadminName = admin.account.username;
  });

  /** What a DBA could do: change rows with the triggers dropped, then put them back. */
  async function behindTheTriggers(statement: string, replacements = {}): Promise<void> {
    const sequelize = t.database.sequelize;
    await sequelize.query(`DROP TRIGGER IF EXISTS ${AUDIT_UPDATE_TRIGGER}`);
    await sequelize.query(`DROP TRIGGER IF EXISTS ${AUDIT_DELETE_TRIGGER}`);
    try {
      await sequelize.query(statement, { replacements });
    } finally {
      await createAuditTriggers(sequelize.getQueryInterface());
    }
  }

  async function recordSpecEvents(): Promise<void> {
    for (const [index, username] of ['=cmd|"/C calc"!A0', '审计员甲', '+SUM(1)'].entries()) {
      await t.auditTrail.record({
        action: marker,
        objectType: 'spec',
        objectId: String(index),
        after: { note: `第${index}条, "quoted"`, password: 'never' },
        result: index === 1 ? 'failure' : 'success',
        actor: { accountId: null, username },
        sourceAddress: '10.42.0.9',
        userAgent: 'spec',
        requestId: `spec-${index}`,
      });
    }
  }

  it('when the audit admin lists with filters, then matching events come newest first', async () => {
    await recordSpecEvents();
    const all = AuditEventPageSchema.parse(
      (await auditor.get('/api/audit/events').query({ action: marker }).expect(200)).body,
    );
    expect(all.total).toBe(3);
    expect(all.items.map((event) => event.objectId)).toEqual(['2', '1', '0']);
    expect(all.items[2]!.after).toEqual({ note: '第0条, "quoted"' });
    expect(all.items[0]!.hashAlg).toBe('hmac-sm3');

    const failures = await auditor
      .get('/api/audit/events')
      .query({ action: 'spec.*', result: 'failure', username: '审计员甲' })
      .expect(200);
    expect(failures.body.items.map((event: { objectId: string }) => event.objectId)).toEqual(['1']);

    const later = await auditor
      .get('/api/audit/events')
      .query({ action: marker, from: new Date(Date.now() + 60_000).toISOString() })
      .expect(200);
    expect(later.body.total).toBe(0);
  });

  it('when the query is malformed, then 400 names the field', async () => {
    const fieldsOf = async (query: Record<string, string>) =>
      (await auditor.get('/api/audit/events').query(query).expect(400)).body.error.fields.map(
        (field: { path: string }) => field.path,
      );
    expect(await fieldsOf({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual([
      'from',
    ]);
    expect((await fieldsOf({ result: 'maybe', pageSize: '5000' })).sort()).toEqual([
      'pageSize',
      'result',
    ]);
    expect(await fieldsOf({ sort: 'id' })).toEqual(['sort']);
  });

  it('when the system admin asks, then 403, and the denial is itself on the record', async () => {
    await sysadmin.get('/api/audit/events').expect(403);
    await sysadmin.get('/api/audit/verify').expect(403);
    const denied = await auditor
      .get('/api/audit/events')
      .query({ username: sysadminName, result: 'denied' })
      .expect(200);
    expect(denied.body.items.map((event: { action: string }) => event.action)).toEqual([
      'http.GET /api/audit/verify',
      'http.GET /api/audit/events',
    ]);
  });

  it('when nobody may change the trail over the API, then no write route exists under /api/audit', () => {
    const writes = t.routes.filter(
      (route) => route.path.startsWith('/audit') && route.method !== 'get',
    );
    expect(writes).toEqual([]);
  });

  it('when exported as CSV, then Excel gets a BOM, defused formulas and Chinese intact', async () => {
    const response = await auditor
      .get('/api/audit/events.csv')
      .query({ action: marker })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="audit-events-/);
    const text = response.body as string;
    expect(text.startsWith(CSV_BOM)).toBeTrue();
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines.length).toBe(4);
    expect(lines[0]).toMatch(/^编号,时间\(UTC\),/);
    expect(lines[1]).toContain(",'+SUM(1),");
    expect(lines[2]).toContain(',审计员甲,');
    expect(lines[3]).toContain(`,"'=cmd|""/C calc""!A0",`);
    expect(lines[3]).toContain('"{""note"":""第0条, \\""quoted\\""""}"');
    expect(text).not.toContain('never');

    const exports = await auditor
      .get('/api/audit/events')
      .query({ action: 'audit.export' })
      .expect(200);
    expect(exports.body.items[0].after).toEqual({ action: marker });
  });

  it('when verified, then ok; when a row is edited in the database, then that id is reported', async () => {
    const before = AuditVerificationSchema.parse(
      (await auditor.get('/api/audit/verify').expect(200)).body,
    );
    expect(before).toEqual({ ok: true, checked: jasmine.any(Number) });

    const [target] = await t.select<{ id: number; username: string }>(
      'SELECT id, username FROM audit_events WHERE action = :marker ORDER BY id LIMIT 1',
      { marker },
    );
    await behindTheTriggers('UPDATE audit_events SET username = :name WHERE id = :id', {
      name: 'mallory',
      id: target!.id,
    });
    try {
      const broken = (await auditor.get('/api/audit/verify').expect(200)).body;
      expect(broken).toEqual({
        ok: false,
        checked: Number(target!.id) - 1,
        firstBrokenId: Number(target!.id),
        reason: 'hash_mismatch',
      });
    } finally {
      await behindTheTriggers('UPDATE audit_events SET username = :name WHERE id = :id', {
        name: target!.username,
        id: target!.id,
      });
    }
    expect((await auditor.get('/api/audit/verify').expect(200)).body.ok).toBeTrue();
  });

  it('when the audit record cannot be written, then writes answer 500 and change nothing', async () => {
    const [state] = await t.select<{ mac: string }>(
      'SELECT head_mac AS mac FROM audit_chain_state WHERE id = 1',
    );
    const [policy] = await t.select<{ id: number; name: string }>(
      'SELECT id, name FROM tier_policies ORDER BY id LIMIT 1',
    );
    // A head not signed by the key: every append now refuses (as after a key mix-up).
    await t.database.sequelize.query(
      "UPDATE audit_chain_state SET head_mac = 'hmac-sm3:0' WHERE id = 1",
    );
    try {
      await sysadmin.patch(`/api/tier-policies/${policy!.id}`).send({ name: '双99G' }).expect(500);
      // An unmarked write (no route): the 404 it would get becomes a 500.
      await sysadmin.post('/api/no-such-route').send({}).expect(500);
    } finally {
      await t.database.sequelize.query(
        'UPDATE audit_chain_state SET head_mac = :mac WHERE id = 1',
        {
          replacements: { mac: state!.mac },
        },
      );
    }
    expect(
      (
        await t.select<{ name: string }>('SELECT name FROM tier_policies WHERE id = :id', policy!)
      )[0]!.name,
    ).toBe(policy!.name);
    await sysadmin.post('/api/no-such-route').send({}).expect(404);
  });
});
