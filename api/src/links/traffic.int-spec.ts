import { Role, ROLLUP_TABLES, bucketStartMs, type RollupResolution } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { TrafficSchema, type Traffic, type TrafficPoint } from './traffic.schemas';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Two hours before the start of the current hour: inside every retention, never in the future. */
const BASE = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
/** A Beijing day a month ago: where the daily roll-up keeps its row. */
const DAY_START = bucketStartMs(BASE - 30 * DAY, DAY);
const iso = (ms: number) => new Date(ms).toISOString();

describe('GET /api/uplinks/:id/traffic (resolutions, real database)', () => {
  let t: TestConsole;
  /** A province-wide account allowed to do what these specs do. */
  let agent: TestAgent;
  let uplinkId: number;
  let interfaceIds: [number, number];

  const traffic = async (query: string): Promise<Traffic> =>
    TrafficSchema.parse(
      (await agent.get(`/api/uplinks/${uplinkId}/traffic?${query}`).expect(200)).body,
    );

  /** A stored bucket of member 1 whose figures are derived from one number. */
  const rollup = (resolution: RollupResolution, startMs: number, base: number) =>
    t.database.sequelize.getQueryInterface().bulkInsert(ROLLUP_TABLES[resolution], [
      {
        interface_id: interfaceIds[0],
        bucket_start: startMs / 1000,
        covered_ms: resolution === '1d' ? 43_200_000 : resolution === '1h' ? HOUR : 300_000,
        in_avg_bps: base,
        in_max_bps: base * 3,
        in_p95_bps: base * 2,
        out_avg_bps: base + 1,
        out_max_bps: base * 3 + 1,
        out_p95_bps: base * 2 + 1,
      },
    ]);

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
    await t.database.sequelize.getQueryInterface().bulkInsert('interface_samples', [
      // Member 1: a sample every minute for 30 minutes, rising by 1000 bit/s each time.
      ...Array.from({ length: 30 }, (_, i) =>
        sample(interfaceIds[0], BASE + (i + 1) * MINUTE, MINUTE, (i + 1) * 1000),
      ),
      // Just outside the window on both ends: must not count.
      sample(interfaceIds[0], BASE - 1000, MINUTE, 9_999_999),
      sample(interfaceIds[0], BASE + DAY, MINUTE, 9_999_999),
      // Member 2: a normal interval and a long one after missed polls, in the same bucket.
      sample(interfaceIds[1], BASE + 100_000, MINUTE, 100),
      sample(interfaceIds[1], BASE + 280_000, 180_000, 500),
    ]);
    await rollup('5m', BASE, 5_000);
    await rollup('1h', BASE, 60_000);
    await rollup('1d', DAY_START, 700_000);
  }, 60_000);

  afterAll(async () => {
    if (!interfaceIds) return;
    const sequelize = t.database.sequelize;
    for (const table of ['interface_samples', ...Object.values(ROLLUP_TABLES)]) {
      await sequelize.query(`DELETE FROM ${table} WHERE interface_id IN (:ids)`, {
        replacements: { ids: interfaceIds },
      });
    }
  });

  it('when an hour is asked for, then raw samples answer, one per minute, with no p95', async () => {
    const answer = await traffic(`from=${iso(BASE)}&to=${iso(BASE + HOUR)}`);
    expect(answer.resolution).toBe('raw');
    expect(answer.stepSeconds).toBe(10);
    expect(answer.series.map((series) => series.memberIndex)).toEqual([1, 2]);
    expect(answer.series[0]!.points.length).toBe(30);
    // One minute measured in a 10-second step: coverage 6.
    expect(answer.series[0]!.points[2]).toEqual([
      BASE + 3 * MINUTE,
      3000,
      6000,
      3000,
      6000,
      null,
      null,
      6,
    ]);
  });

  /** Member 1's raw samples (n at n minutes, n·1000 bit/s) in 5-minute buckets, as points. */
  const rawFiveMinutePoints = (): TrafficPoint[] => {
    const expected = new Map<number, number[]>();
    for (let n = 1; n <= 30; n += 1) {
      const bucket = Math.floor(n / 5);
      expected.set(bucket, [...(expected.get(bucket) ?? []), n * 1000]);
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    return [...expected.entries()].map(([bucket, values]): TrafficPoint => [
      BASE + bucket * 300_000,
      Math.round(mean(values)),
      Math.round(mean(values) * 2),
      Math.max(...values),
      Math.max(...values) * 2,
      null,
      null,
      (values.length * MINUTE) / 300_000,
    ]);
  };

  it('when raw is asked for over a day, then 5-minute steps hold time-weighted means and maxima', async () => {
    const answer = await traffic(`from=${iso(BASE)}&to=${iso(BASE + DAY)}&resolution=raw`);
    expect(answer.resolution).toBe('raw');
    expect(answer.stepSeconds).toBe(300);
    expect(answer.series[0]!.points).toEqual(rawFiveMinutePoints());
    // 100 for one minute and 500 for three: (100 + 1500) / 4; four of five minutes measured.
    expect(answer.series[1]!.points).toEqual([[BASE, 400, 800, 500, 1000, null, null, 0.8]]);
  });

  it('when a day is asked for, then 5-minute roll-ups answer with their p95, and raw the rest', async () => {
    const answer = await traffic(`from=${iso(BASE)}&to=${iso(BASE + DAY)}`);
    expect(answer.resolution).toBe('5m');
    expect(answer.stepSeconds).toBe(300);
    // The stored bucket, then the buckets the roll-up job has not written yet, from raw.
    expect(answer.series[0]!.points).toEqual([
      [BASE, 5_000, 5_001, 15_000, 15_001, 10_000, 10_001, 1],
      ...rawFiveMinutePoints().slice(1),
    ]);
    // Member 2's only bucket lies before the last stored one: not recomputed.
    expect(answer.series[1]!.points).toEqual([]);
  });

  it('when a week is asked for, then hourly roll-ups answer', async () => {
    const answer = await traffic(`from=${iso(BASE - 6 * DAY)}&to=${iso(BASE + DAY)}`);
    expect(answer.resolution).toBe('1h');
    expect(answer.series[0]!.points).toEqual([
      [BASE, 60_000, 60_001, 180_000, 180_001, 120_000, 120_001, 1],
    ]);
  });

  it('when a year is asked for, then daily roll-ups answer, half covered where half was measured', async () => {
    const answer = await traffic('range=1y');
    expect(answer.resolution).toBe('1d');
    expect(answer.stepSeconds).toBe(86_400);
    expect(answer.servableResolutions).toEqual(['1d']);
    const [stored, ...fromRaw] = answer.series[0]!.points;
    expect(stored).toEqual([
      DAY_START,
      700_000,
      700_001,
      2_100_000,
      2_100_001,
      1_400_000,
      1_400_001,
      0.5,
    ]);
    // Today (and maybe yesterday) are not rolled up yet: Beijing days from raw, without p95.
    expect(fromRaw.length).toBeGreaterThan(0);
    for (const point of fromRaw) {
      expect(bucketStartMs(point[0], DAY)).toBe(point[0]);
      expect(point[5]).toBeNull();
    }
  });

  it('when each preset is asked for, then it picks its resolution and ends on a step boundary', async () => {
    for (const [range, resolution, seconds, span] of [
      ['1h', 'raw', 10, HOUR],
      ['24h', '5m', 300, DAY],
      ['7d', '1h', 3600, 7 * DAY],
      ['30d', '1h', 3600, 30 * DAY],
      ['1y', '1d', 86_400, 365 * DAY],
    ] as const) {
      const answer = await traffic(`range=${range}`);
      expect(answer.resolution).withContext(range).toBe(resolution);
      expect(answer.stepSeconds).withContext(range).toBe(seconds);
      expect(Date.parse(answer.to) - Date.parse(answer.from)).toBe(span);
      // Days end at Beijing midnight (16:00 UTC); shorter steps divide eight hours.
      expect((Date.parse(answer.to) + 8 * HOUR) % (seconds * 1000))
        .withContext(range)
        .toBe(0);
    }
  });

  it('when an explicit resolution cannot serve the range, then 400 says why on resolution', async () => {
    for (const [query, reason] of [
      ['range=30d&resolution=5m', /more than 1000 points/],
      ['range=30d&resolution=raw', /kept 7 days \(RETENTION_RAW_DAYS\)/],
    ] as const) {
      const response = await agent.get(`/api/uplinks/${uplinkId}/traffic?${query}`).expect(400);
      expect(response.body.error.fields).toEqual([
        { path: 'resolution', message: jasmine.stringMatching(reason) },
      ]);
    }
  });

  it('when the window is invalid, then 400 names the field at fault', async () => {
    const cases: Array<[string, string]> = [
      ['from=2026-02-02T00:00:00Z&to=2026-02-01T00:00:00Z', 'to'],
      ['from=2024-01-01T00:00:00Z&to=2026-02-01T00:00:00Z', 'from'],
      ['range=1h&from=2026-02-01T00:00:00Z&to=2026-02-02T00:00:00Z', 'range'],
      ['from=2026-02-01T00:00:00Z', 'to'],
      ['range=2h', 'range'],
      ['from=yesterday&to=2026-02-01T00:00:00Z', 'from'],
      ['range=1h&resolution=10s', 'resolution'],
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
