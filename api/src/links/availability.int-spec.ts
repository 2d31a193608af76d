import { Role, UplinkStateChange } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { AvailabilityPageSchema, UplinkAvailabilitySchema } from './availability.schemas';
import { StateHistorySchema } from './state-history.schemas';

/**
 * State history and monthly availability from `uplink_state_changes` rows as the collector
 * writes them. October 2026 (China Standard Time) is 2026-09-30T16:00Z … 2026-10-31T16:00Z.
 */
describe('state history and availability (over HTTP, real database)', () => {
  const HOUR = 3600_000;
  const OCTOBER = Date.parse('2026-09-30T16:00:00Z');
  let t: TestConsole;
  let operator: TestAgent;
  let suizhouManager: TestAgent;
  /** 曾都区 (421303) → 随州市 and one township below it. */
  let countyUplinkId: number;
  let townshipUplinkId: number;
  let wuhanUplinkId: number;

  const change = (
    uplinkId: number,
    at: number,
    fromState: string | null,
    toState: string,
    reasonCode = 'compliant',
  ) =>
    UplinkStateChange.create({
      uplinkId,
      changedAt: new Date(at),
      fromState,
      toState,
      reasonCode,
      reasonParams:
        reasonCode === 'member_down'
          ? '{"members":[{"memberIndex":2,"carrier":"中国联通"}]}'
          : '{}',
      reasonText: toState,
    });

  beforeAll(async () => {
    t = await testConsole();
    await t.database.sequelize.query('DELETE FROM uplink_state_changes');
    operator = (await signedInAgent(t, { roles: [Role.NetworkOperator] })).agent;
    suizhouManager = (await signedInAgent(t, { roles: [Role.Manager], scopeUnitCode: '4213' }))
      .agent;
    const idOf = async (code: string) =>
      Number(
        (
          await t.select<{ id: number }>('SELECT id FROM uplinks WHERE child_unit_code = :code', {
            code,
          })
        )[0]!.id,
      );
    countyUplinkId = await idOf('421303');
    const [township] = await t.select<{ code: string }>(
      `SELECT child_unit_code AS code FROM uplinks WHERE child_unit_code LIKE '421303%' AND child_unit_code <> '421303' ORDER BY child_unit_code LIMIT 1`,
    );
    townshipUplinkId = await idOf(township!.code);
    wuhanUplinkId = await idOf('4201');
    // County: compliant all month but down 10 h on the 10th, member 2 down 5 h after.
    await change(countyUplinkId, OCTOBER - 24 * HOUR, null, 'compliant');
    await change(countyUplinkId, OCTOBER + 9 * 24 * HOUR, 'compliant', 'down', 'all_members_down');
    await change(
      countyUplinkId,
      OCTOBER + 9 * 24 * HOUR + 10 * HOUR,
      'down',
      'redundancy_lost',
      'member_down',
    );
    await change(
      countyUplinkId,
      OCTOBER + 9 * 24 * HOUR + 15 * HOUR,
      'redundancy_lost',
      'compliant',
    );
    // Township: first evaluated half-way through the month, never down.
    await change(townshipUplinkId, OCTOBER + 15 * 24 * HOUR, null, 'compliant');
    // Wuhan: down the whole month (outside 随州市's scope).
    await change(wuhanUplinkId, OCTOBER - HOUR, null, 'down', 'node_unreachable');
  }, 120_000);

  it('when an uplink’s history is asked for a window, then the changes come newest first with the timeline', async () => {
    const from = new Date(OCTOBER + 9 * 24 * HOUR - HOUR).toISOString();
    const to = new Date(OCTOBER + 10 * 24 * HOUR).toISOString();
    const response = await operator
      .get(`/api/uplinks/${countyUplinkId}/state-history?from=${from}&to=${to}&pageSize=2`)
      .expect(200);
    const history = StateHistorySchema.parse(response.body);
    expect(history.total).toBe(3);
    expect(history.items.map((item) => item.toState)).toEqual(['compliant', 'redundancy_lost']);
    expect(history.items[1]!.reasonParams).toEqual({
      members: [{ memberIndex: 2, carrier: '中国联通' }],
    });
    expect(history.segments.map((segment) => segment.state)).toEqual([
      'compliant',
      'down',
      'redundancy_lost',
      'compliant',
    ]);
    expect(history.segments[0]!.start).toBe(from);
  });

  it('when the window is inverted or too long, or the uplink outside the scope, then 400 or 404', async () => {
    await operator
      .get(
        `/api/uplinks/${countyUplinkId}/state-history?from=2026-10-02T00:00:00Z&to=2026-10-01T00:00:00Z`,
      )
      .expect(400);
    await operator
      .get(
        `/api/uplinks/${countyUplinkId}/state-history?from=2026-01-01T00:00:00Z&to=2026-10-01T00:00:00Z`,
      )
      .expect(400);
    await suizhouManager.get(`/api/uplinks/${wuhanUplinkId}/state-history`).expect(404);
  });

  it('when counties are listed for October, then each pools the uplinks of its subtree', async () => {
    const page = AvailabilityPageSchema.parse(
      (
        await operator
          .get('/api/availability?month=2026-10&level=county&city=4213&q=曾都')
          .expect(200)
      ).body,
    );
    expect(page.from).toBe('2026-09-30T16:00:00.000Z');
    const zengdu = page.items.find((item) => item.unit.code === '421303')!;
    const monthSeconds = 31 * 24 * 3600;
    expect(zengdu.ownUplinkId).toBe(countyUplinkId);
    expect(zengdu.downSeconds).toBe(10 * 3600);
    // County known all month, township half of it; every other uplink below has no history.
    const known = monthSeconds + 16 * 24 * 3600;
    expect(zengdu.knownSeconds).toBe(known);
    expect(zengdu.availability).toBeCloseTo((known - 10 * 3600) / known, 10);
  });

  it('when an account scoped to 随州市 lists cities, then 武汉市 is not there', async () => {
    const page = AvailabilityPageSchema.parse(
      (await suizhouManager.get('/api/availability?month=2026-10&level=city').expect(200)).body,
    );
    expect(page.items.map((item) => item.unit.code)).toEqual(['4213']);
    const province = AvailabilityPageSchema.parse(
      (
        await operator
          .get('/api/availability?month=2026-10&level=city&sort=availability&order=asc')
          .expect(200)
      ).body,
    );
    expect(province.items[0]!.unit.code).toBe('4201');
    expect(province.items[0]!.availability).toBe(0);
    // Cities with no known time sort last, whatever the order.
    expect(province.items.at(-1)!.availability).toBeNull();
  });

  it('when a month has not begun or is malformed, then 400', async () => {
    await operator.get('/api/availability?month=2099-01').expect(400);
    await operator.get('/api/availability?month=2026-13').expect(400);
  });

  it('when an uplink’s months are asked, then they come newest first', async () => {
    const body = UplinkAvailabilitySchema.parse(
      (await operator.get(`/api/uplinks/${countyUplinkId}/availability?months=24`).expect(200))
        .body,
    );
    const october = body.items.find((item) => item.month === '2026-10');
    if (october) expect(october.downSeconds).toBe(10 * 3600);
    expect(body.items.length).toBe(24);
    expect(body.items[0]!.month > body.items[1]!.month).toBeTrue();
  });
});
