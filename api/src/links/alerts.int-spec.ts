import { Alert, AlertEvent, AlertKind, AlertRule, Role } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { AlertCountsSchema, AlertDetailSchema, AlertPageSchema } from './alerts.schemas';
import { AlertRuleListSchema } from './alerts.rules-schemas';

/** Alerts as the engine leaves them, read, acknowledged and tuned over HTTP. */
describe('/api/alerts and /api/alert-rules (over HTTP, real database)', () => {
  let t: TestConsole;
  let operator: TestAgent;
  let suizhouOperator: TestAgent;
  let manager: TestAgent;
  let admin: TestAgent;
  let suizhouAlertId: number;
  let wuhanAlertId: number;
  let collectorAlertId: number;

  const raise = async (fields: Partial<Record<string, unknown>>): Promise<number> => {
    const rule = await AlertRule.findOne({ where: { kind: fields['kind'] } });
    const alert = await Alert.create({
      ruleId: rule!.id,
      severity: rule!.severity,
      status: 'open',
      isFlapping: false,
      conditionSince: new Date(Date.now() - 120_000),
      raisedAt: new Date(Date.now() - 60_000),
      details: '{}',
      ...fields,
    });
    await AlertEvent.create({ alertId: alert.id, occurredAt: new Date(), type: 'raised' });
    return Number(alert.id);
  };

  beforeAll(async () => {
    t = await testConsole();
    await t.database.sequelize.query('DELETE FROM alert_events');
    await t.database.sequelize.query('DELETE FROM alerts');
    operator = (await signedInAgent(t, { roles: [Role.NetworkOperator] })).agent;
    suizhouOperator = (
      await signedInAgent(t, { roles: [Role.NetworkOperator], scopeUnitCode: '4213' })
    ).agent;
    manager = (await signedInAgent(t, { roles: [Role.Manager] })).agent;
    admin = (await signedInAgent(t, { roles: [Role.SystemAdmin] })).agent;
    suizhouAlertId = await raise({
      kind: AlertKind.UplinkDown,
      subjectType: 'uplink',
      subjectId: '1',
      unitCode: '421303',
      summary: '曾都区→随州市 上联中断',
    });
    wuhanAlertId = await raise({
      kind: AlertKind.RedundancyLost,
      subjectType: 'uplink',
      subjectId: '2',
      unitCode: '4201',
      summary: '武汉市→湖北省 上联冗余丢失',
    });
    collectorAlertId = await raise({
      kind: AlertKind.CollectorStale,
      subjectType: 'collector',
      subjectId: 'collector-a',
      unitCode: null,
      summary: '采集器心跳超时：collector-a',
    });
  }, 120_000);

  it('when a province-wide operator lists open alerts, then all three come, critical first by severity', async () => {
    const page = AlertPageSchema.parse(
      (await operator.get('/api/alerts?sort=severity&order=asc').expect(200)).body,
    );
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.severity)).toEqual(['critical', 'major', 'major']);
    expect(page.items[0]!.id).toBe(suizhouAlertId);
    expect(page.items[0]!.unit).toEqual({ code: '421303', name: '曾都区', level: 'county' });
  });

  it('when an account scoped to 随州市 lists alerts or counts, then it sees only 随州市’s', async () => {
    const page = AlertPageSchema.parse((await suizhouOperator.get('/api/alerts').expect(200)).body);
    expect(page.items.map((item) => item.id)).toEqual([suizhouAlertId]);
    const counts = AlertCountsSchema.parse(
      (await suizhouOperator.get('/api/alerts/counts').expect(200)).body,
    );
    expect(counts.open).toBe(1);
    expect(counts.bySeverity.critical).toBe(1);
    await suizhouOperator.get(`/api/alerts/${wuhanAlertId}`).expect(404);
    await suizhouOperator
      .post(`/api/alerts/${wuhanAlertId}/acknowledge`)
      .send({ comment: '越权' })
      .expect(404);
  });

  it('when filtered by severity, kind, city or text, then only matching alerts come', async () => {
    const ids = async (query: string) =>
      AlertPageSchema.parse(
        (await operator.get(`/api/alerts?${query}`).expect(200)).body,
      ).items.map((item) => item.id);
    expect((await ids('severity=major')).sort()).toEqual([wuhanAlertId, collectorAlertId].sort());
    expect(await ids('kind=uplink_down')).toEqual([suizhouAlertId]);
    expect(await ids('city=4213')).toEqual([suizhouAlertId]);
    expect(await ids(`q=${encodeURIComponent('武汉')}`)).toEqual([wuhanAlertId]);
    await operator.get('/api/alerts?severity=fatal').expect(400);
  });

  it('when an operator acknowledges with a comment, then the alert, its history and the audit trail record it', async () => {
    await operator
      .post(`/api/alerts/${suizhouAlertId}/acknowledge`)
      .send({ comment: ' ' })
      .expect(400);
    const response = await operator
      .post(`/api/alerts/${suizhouAlertId}/acknowledge`)
      .send({ comment: '已通知电信抢修' })
      .expect(200);
    const detail = AlertDetailSchema.parse(response.body);
    expect(detail.acknowledgement?.comment).toBe('已通知电信抢修');
    expect(detail.events.map((event) => event.type)).toEqual(['raised', 'acknowledged']);
    await operator
      .post(`/api/alerts/${suizhouAlertId}/acknowledge`)
      .send({ comment: '再次' })
      .expect(409);
    expect(
      await t.count(
        `SELECT COUNT(*) AS n FROM audit_events WHERE action = 'alerts.acknowledge' AND object_id = :id`,
        { id: String(suizhouAlertId) },
      ),
    ).toBe(1);
    const counts = AlertCountsSchema.parse(
      (await operator.get('/api/alerts/counts').expect(200)).body,
    );
    expect(counts.unacknowledged).toBe(2);
  });

  it('when the acknowledgement is taken back, then it is gone and recorded; a second time is 409', async () => {
    const response = await operator
      .post(`/api/alerts/${suizhouAlertId}/unacknowledge`)
      .send({ comment: '转交' })
      .expect(200);
    const detail = AlertDetailSchema.parse(response.body);
    expect(detail.acknowledgement).toBeNull();
    expect(detail.events.map((event) => event.type)).toEqual([
      'raised',
      'acknowledged',
      'unacknowledged',
    ]);
    await operator.post(`/api/alerts/${suizhouAlertId}/unacknowledge`).send({}).expect(409);
    expect(
      await t.count(`SELECT COUNT(*) AS n FROM audit_events WHERE action = 'alerts.unacknowledge'`),
    ).toBe(1);
  });

  it('when a manager tries to acknowledge, then it is forbidden', async () => {
    await manager
      .post(`/api/alerts/${wuhanAlertId}/acknowledge`)
      .send({ comment: 'x' })
      .expect(403);
  });

  it('when the system admin tunes a rule with a webhook secret, then it is sealed, hidden and audited', async () => {
    const rules = AlertRuleListSchema.parse(
      (await admin.get('/api/alert-rules').expect(200)).body,
    ).items;
    expect(rules.map((rule) => rule.kind).sort()).toEqual(Object.values(AlertKind).sort());
    const congested = rules.find((rule) => rule.kind === AlertKind.Congested)!;
    const response = await admin
      .patch(`/api/alert-rules/${congested.id}`)
      .send({
        raiseThreshold: 0.95,
        clearThreshold: 0.85,
        webhookUrl: 'https://noc.example.gov.cn/hooks/alerts',
        webhookSecret: 'a-secret-of-sixteen+',
      })
      .expect(200);
    expect(response.body).toEqual(
      jasmine.objectContaining({ raiseThreshold: 0.95, hasWebhookSecret: true }),
    );
    expect(JSON.stringify(response.body)).not.toContain('a-secret-of-sixteen+');
    const [stored] = await t.select<{ sealed: string }>(
      'SELECT webhook_secret_sealed AS sealed FROM alert_rules WHERE id = :id',
      { id: congested.id },
    );
    expect(t.secretBox.open(stored!.sealed)).toBe('a-secret-of-sixteen+');
    const [audit] = await t.select<{ after: string }>(
      `SELECT after_json AS after FROM audit_events WHERE action = 'alert_rules.update' ORDER BY id DESC`,
    );
    expect(audit!.after).toContain('"webhookSecretChanged":true');
    expect(audit!.after).not.toContain('a-secret-of-sixteen+');
  });

  it('when a rule edit breaks its rules, then 400 names the field and nothing changes', async () => {
    const rules = AlertRuleListSchema.parse(
      (await admin.get('/api/alert-rules').expect(200)).body,
    ).items;
    const congested = rules.find((rule) => rule.kind === AlertKind.Congested)!;
    const down = rules.find((rule) => rule.kind === AlertKind.UplinkDown)!;
    const inverted = await admin
      .patch(`/api/alert-rules/${congested.id}`)
      .send({ clearThreshold: 0.99 })
      .expect(400);
    expect(inverted.body.error.fields[0].path).toBe('clearThreshold');
    await admin.patch(`/api/alert-rules/${down.id}`).send({ raiseThreshold: 0.5 }).expect(400);
    await admin
      .patch(`/api/alert-rules/${down.id}`)
      .send({ webhookUrl: 'file:///etc/passwd' })
      .expect(400);
    await operator.patch(`/api/alert-rules/${down.id}`).send({ severity: 'minor' }).expect(403);
    await admin.patch('/api/alert-rules/9999').send({ severity: 'minor' }).expect(404);
  });
});
