import {
  AlertKind,
  AlertRule,
  SecretBox,
  UplinkStateChange,
  migrateDatabase,
  openDatabase,
  resetDatabaseForTests,
  seedExtranet,
  type Database,
} from '@extranet/database';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { QueryTypes } from 'sequelize';
import { sqlDateTime } from '../batched-writes';
import { runAlertEvaluation, type AlertEvaluationReport } from './alert-evaluation';
import { isValidWebhookSignature } from './webhook-signature';

/**
 * The alert engine end to end: state-change rows and readings as the collector writes them →
 * one evaluation run → alerts, history and tracks in the database, webhooks to a loopback
 * receiver. The specs run in order on one seeded database and a clock of their own.
 */
describe('alert evaluation (integration)', () => {
  const SECOND = 1000;
  const T0 = Date.parse('2026-11-01T08:00:00Z');
  const logger = pino({ level: 'silent' });
  const secretBox = new SecretBox(randomBytes(32));
  let database: Database;
  let receiver: Server;
  let received: { headers: IncomingHttpHeaders; body: string }[];
  let receiverStatus: number;
  let uplinkIds: number[];
  let nodeId: number;

  const select = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
    database.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements });
  const evaluate = (atMs: number): Promise<AlertEvaluationReport> =>
    runAlertEvaluation({
      sequelize: database.sequelize,
      secrets: secretBox,
      logger,
      now: () => atMs,
      webhookPolicy: { attempts: 2, baseDelayMs: 5, timeoutMs: 1000 },
    });
  const changeState = async (uplinkId: number, toState: string, atMs: number) => {
    await UplinkStateChange.create({
      uplinkId,
      changedAt: new Date(atMs),
      fromState: null,
      toState,
      reasonCode: toState === 'down' ? 'all_members_down' : 'compliant',
      reasonParams: '{}',
      reasonText: toState,
    });
    await database.sequelize.query(
      'UPDATE uplinks SET state = :toState, state_changed_at = :at WHERE id = :uplinkId',
      { replacements: { toState, uplinkId, at: sqlDateTime(database.sequelize, new Date(atMs)) } },
    );
  };
  const alertsOf = (subjectId: number | string, kind: string) =>
    select<{ id: number; status: string; isFlapping: unknown; severity: string; unitCode: string }>(
      `SELECT id, status, is_flapping AS isFlapping, severity, unit_code AS unitCode FROM alerts
       WHERE subject_id = :subjectId AND kind = :kind ORDER BY id`,
      { subjectId: String(subjectId), kind },
    );
  const eventsOf = async (alertId: number) =>
    (
      await select<{ type: string }>(
        'SELECT type FROM alert_events WHERE alert_id = :alertId ORDER BY id',
        { alertId },
      )
    ).map((event) => event.type);

  beforeAll(async () => {
    database = await openDatabase({ url: process.env['DATABASE_URL'] });
    await resetDatabaseForTests(database.sequelize);
    await migrateDatabase(database.sequelize);
    await seedExtranet(database.sequelize, { depth: 'township', secretBox });
    const rows = await select<{ id: number }>(
      `SELECT id FROM uplinks WHERE child_unit_code LIKE '4213%' ORDER BY child_unit_code LIMIT 3`,
    );
    uplinkIds = rows.map((row) => Number(row.id));
    const [node] = await select<{ id: number }>(`SELECT id FROM nodes WHERE unit_code = '421303'`);
    nodeId = Number(node!.id);

    received = [];
    receiverStatus = 204;
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(receiverStatus).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const port = (receiver.address() as AddressInfo).port;
    await AlertRule.update(
      {
        webhookUrl: `http://127.0.0.1:${port}/alerts`,
        webhookSecretSealed: secretBox.seal('hook-secret'),
      },
      { where: { kind: AlertKind.UplinkDown } },
    );
  }, 120_000);

  afterAll(async () => {
    receiver?.closeAllConnections();
    await new Promise((resolve) => receiver?.close(resolve));
    await database?.close();
  });

  it('when the engine first runs, then it takes the current states as a snapshot and raises nothing', async () => {
    const report = await evaluate(T0);
    expect(report.raised).toBe(0);
    const [state] = await select<{ lastId: unknown }>(
      'SELECT last_state_change_id AS lastId FROM alert_engine_state WHERE id = 1',
    );
    expect(state!.lastId).not.toBeNull();
  });

  it('when an uplink goes down, then the alert waits for the raise delay, then is raised once with its webhook', async () => {
    const uplinkId = uplinkIds[0]!;
    await changeState(uplinkId, 'down', T0 + 10 * SECOND);
    expect((await evaluate(T0 + 40 * SECOND)).raised).toBe(0);
    const report = await evaluate(T0 + 80 * SECOND);
    expect(report.raised).toBe(1);
    expect(report.webhooks).toEqual({ delivered: 1, failed: 0 });
    expect((await evaluate(T0 + 110 * SECOND)).raised).toBe(0);

    const [alert] = await alertsOf(uplinkId, AlertKind.UplinkDown);
    expect(alert).toEqual(
      jasmine.objectContaining({ status: 'open', severity: 'critical', unitCode: '4213' }),
    );
    expect(await eventsOf(alert!.id)).toEqual(['raised', 'webhook_delivered']);

    const [delivery] = received;
    const payload = JSON.parse(delivery!.body) as { event: string; alert: { id: number } };
    expect(payload.event).toBe('raised');
    expect(payload.alert.id).toBe(Number(alert!.id));
    const timestamp = Number(delivery!.headers['x-extranet-timestamp']);
    const signature = String(delivery!.headers['x-extranet-signature']);
    expect(isValidWebhookSignature('hook-secret', timestamp, delivery!.body, signature)).toBeTrue();
  });

  it('when the uplink recovers, then the alert clears only after the clear delay', async () => {
    const uplinkId = uplinkIds[0]!;
    receiverStatus = 500;
    await changeState(uplinkId, 'compliant', T0 + 120 * SECOND);
    expect((await evaluate(T0 + 170 * SECOND)).cleared).toBe(0);
    const report = await evaluate(T0 + 250 * SECOND);
    expect(report.cleared).toBe(1);
    expect(report.webhooks).toEqual({ delivered: 0, failed: 1 });
    const [alert] = await alertsOf(uplinkId, AlertKind.UplinkDown);
    expect(alert!.status).toBe('cleared');
    expect(await eventsOf(alert!.id)).toEqual([
      'raised',
      'webhook_delivered',
      'cleared',
      'webhook_failed',
    ]);
    const tracks = await select('SELECT id FROM alert_condition_tracks WHERE subject_id = :id', {
      id: String(uplinkId),
    });
    expect(tracks.length).toBe(1); // its changes are still inside the flap window
    receiverStatus = 204;
  });

  it('when an uplink flaps, then one alert is raised, marked flapping, and not cleared while it flaps', async () => {
    const uplinkId = uplinkIds[1]!;
    const start = T0 + 600 * SECOND;
    for (let change = 0; change < 6; change++) {
      await changeState(
        uplinkId,
        change % 2 === 0 ? 'down' : 'compliant',
        start + change * 20 * SECOND,
      );
    }
    await evaluate(start + 130 * SECOND);
    const alerts = await alertsOf(uplinkId, AlertKind.UplinkDown);
    expect(alerts.length).toBe(1);
    expect(alerts[0]!.status).toBe('open');
    expect(alerts[0]!.isFlapping).toBeTruthy();
    expect(await eventsOf(alerts[0]!.id)).toContain('flapping_started');
    expect((await evaluate(start + 600 * SECOND)).cleared).toBe(0);
    // Quiet for a whole window (30 min): flapping ends and the alert clears.
    const report = await evaluate(start + 2000 * SECOND);
    expect(report.flappingEnded).toBe(1);
    expect(report.cleared).toBe(1);
  });

  it('when a node is unreachable, then its alert is raised at once and clears when it answers', async () => {
    const at = T0 + 3000 * SECOND;
    await database.sequelize.query(
      `UPDATE nodes SET reachability = 'unreachable', unreachable_since = :since WHERE id = :nodeId`,
      { replacements: { nodeId, since: sqlDateTime(database.sequelize, new Date(at)) } },
    );
    expect((await evaluate(at + 5 * SECOND)).raised).toBe(1);
    await database.sequelize.query(
      `UPDATE nodes SET reachability = 'reachable', unreachable_since = NULL WHERE id = :nodeId`,
      { replacements: { nodeId } },
    );
    await evaluate(at + 10 * SECOND);
    expect((await evaluate(at + 80 * SECOND)).cleared).toBe(1);
    const [alert] = await alertsOf(nodeId, AlertKind.NodeUnreachable);
    expect(alert!.unitCode).toBe('421303');
  });

  it('when utilisation crosses the raise level and falls between the levels, then congestion stays raised until below the clear level', async () => {
    const uplinkId = uplinkIds[2]!;
    const at = T0 + 4000 * SECOND;
    const setUtilisation = (value: number) =>
      database.sequelize.query('UPDATE uplinks SET utilisation = :value WHERE id = :uplinkId', {
        replacements: { value, uplinkId },
      });
    await setUtilisation(0.95);
    await evaluate(at);
    expect((await evaluate(at + 301 * SECOND)).raised).toBe(1);
    await setUtilisation(0.85);
    expect((await evaluate(at + 700 * SECOND)).cleared).toBe(0);
    await setUtilisation(0.5);
    await evaluate(at + 710 * SECOND);
    expect((await evaluate(at + 1020 * SECOND)).cleared).toBe(1);
  });

  it('when a rule is disabled, then its open alerts clear and nothing new is raised', async () => {
    const uplinkId = uplinkIds[2]!;
    const at = T0 + 6000 * SECOND;
    await AlertRule.update({ isEnabled: false }, { where: { kind: AlertKind.UplinkDown } });
    await changeState(uplinkId, 'down', at);
    expect((await evaluate(at + 600 * SECOND)).raised).toBe(0);
    await AlertRule.update({ isEnabled: true }, { where: { kind: AlertKind.UplinkDown } });
  });
});
