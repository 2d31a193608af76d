import { Role } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { TrafficSchema } from './traffic.schemas';

const FROM = Date.parse('2026-02-01T00:00:00.000Z');
const DAY = 86_400_000;

describe('GET /api/uplinks/:id/traffic (bucketing in SQL, real database)', () => {
  let t: TestConsole;
  /** A province-wide account allowed to do what these specs do. */
  let agent: TestAgent;
  let uplinkId: number;
  let interfaceIds: [number, number];

  beforeAll(async () => {
    t = await testConsole();
    agent = (await signedInAgent(t, { roles: [Role.Manager] })).agent;
    const members = await t.select<{ uplinkId: number; interfaceId: number }>(
      `SELECT m.uplink_id AS uplinkId, m.interface_id AS interfaceId FROM uplink_members m
       JOIN uplinks u ON u.id = m.uplink_id WHERE u.child_unit_code = '420102' ORDER BY m.member_index`,
    );
    uplinkId = Number(members[0]!.uplinkId);
    interfaceIds = [Number(members[0]!.interfaceId), Number(members[1]!.interfaceId)];
    const sample = (interfaceId: number, atMs: number, intervalMs: number, inBps: number) => ({
      interface_id: interfaceId,
      sampled_at: new Date(atMs),
      interval_ms: intervalMs,
      in_bps: inBps,
      out_bps: inBps * 2,
      oper_status: 1,
    });
    const rows = [
      // Member 1: a sample every minute for 30 minutes, rising by 1000 bit/s each time.
      ...Array.from({ length: 30 }, (_, i) =>
        sample(interfaceIds[0], FROM + (i + 1) * 60_000, 60_000, (i + 1) * 1000),
      ),
      // Just outside the window on both ends: must not count.
      sample(interfaceIds[0], FROM - 1000, 60_000, 9_999_999),
      sample(interfaceIds[0], FROM + DAY, 60_000, 9_999_999),
      // Member 2: a normal interval and a long one after missed polls, in the same bucket.
      sample(interfaceIds[1], FROM + 100_000, 60_000, 100),
      sample(interfaceIds[1], FROM + 280_000, 180_000, 500),
    ];
    await t.database.sequelize.getQueryInterface().bulkInsert('interface_samples', rows);
  });

  afterAll(async () => {
    await t.database.sequelize.query('DELETE FROM interface_samples WHERE interface_id IN (:ids)', {
      replacements: { ids: interfaceIds },
    });
  });

  it('when a day is asked for, then 5-minute buckets hold the time-weighted means', async () => {
    const from = new Date(FROM).toISOString();
    const to = new Date(FROM + DAY).toISOString();
    const response = await agent
      .get(`/api/uplinks/${uplinkId}/traffic?from=${from}&to=${to}`)
      .expect(200);
    const traffic = TrafficSchema.parse(response.body);
    expect(traffic.from).toBe(from);
    expect(traffic.to).toBe(to);
    expect(traffic.stepSeconds).toBe(300);
    expect(traffic.series.map((series) => series.memberIndex)).toEqual([1, 2]);

    // Sample n (1..30) lies at n minutes: bucket floor(n / 5).
    const expected = new Map<number, number[]>();
    for (let n = 1; n <= 30; n += 1) {
      const bucket = Math.floor(n / 5);
      expected.set(bucket, [...(expected.get(bucket) ?? []), n * 1000]);
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(traffic.series[0]!.points).toEqual(
      [...expected.entries()].map(([bucket, values]) => [
        FROM + bucket * 300_000,
        Math.round(mean(values)),
        Math.round(mean(values) * 2),
      ]),
    );
    expect(traffic.series[1]!.points).toEqual([[FROM, 400, 800]]);
  });

  it('when a preset is asked for, then the window ends at a step boundary and fits 500 points', async () => {
    for (const [range, seconds, span] of [
      ['1h', 10, 3_600_000],
      ['24h', 300, DAY],
      ['7d', 1800, 7 * DAY],
    ] as const) {
      const traffic = TrafficSchema.parse(
        (await agent.get(`/api/uplinks/${uplinkId}/traffic?range=${range}`).expect(200)).body,
      );
      expect(traffic.stepSeconds).toBe(seconds);
      expect(Date.parse(traffic.to) - Date.parse(traffic.from)).toBe(span);
      expect(Date.parse(traffic.to) % (seconds * 1000)).toBe(0);
    }
  });

  it('when a long custom range is asked for, then at most 500 points come back', async () => {
    const from = new Date(FROM - 399 * DAY).toISOString();
    const to = new Date(FROM + DAY).toISOString();
    const traffic = TrafficSchema.parse(
      (await agent.get(`/api/uplinks/${uplinkId}/traffic?from=${from}&to=${to}`).expect(200)).body,
    );
    expect(traffic.stepSeconds).toBe(86_400);
    // Daily buckets from `from`: the sample 1 s before FROM falls in the day before the others.
    expect(traffic.series[0]!.points.map((point) => point[0])).toEqual([FROM - DAY, FROM]);
    expect(traffic.series[0]!.points[0]![1]).toBe(9_999_999);
  });

  it('when the window is invalid, then 400 names the field at fault', async () => {
    const cases: Array<[string, string]> = [
      ['from=2026-02-02T00:00:00Z&to=2026-02-01T00:00:00Z', 'to'],
      ['from=2024-01-01T00:00:00Z&to=2026-02-01T00:00:00Z', 'from'],
      ['range=1h&from=2026-02-01T00:00:00Z&to=2026-02-02T00:00:00Z', 'range'],
      ['from=2026-02-01T00:00:00Z', 'to'],
      ['range=2h', 'range'],
      ['from=yesterday&to=2026-02-01T00:00:00Z', 'from'],
    ];
    for (const [query, field] of cases) {
      const response = await agent.get(`/api/uplinks/${uplinkId}/traffic?${query}`).expect(400);
      expect(response.body.error.fields.map((f: { path: string }) => f.path))
        .withContext(query)
        .toContain(field);
    }
  });

  it('when the uplink does not exist, then 404', async () => {
    await agent.get('/api/uplinks/99999999/traffic?range=1h').expect(404);
  });
});
