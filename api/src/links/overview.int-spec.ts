import { CollectorCycle, Role } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { CollectorStatusSchema, OverviewSchema } from './overview.schemas';

describe('GET /api/overview and /api/collector/status (real database)', () => {
  let t: TestConsole;
  /** A province-wide account allowed to do what these specs do. */
  let agent: TestAgent;

  beforeAll(async () => {
    t = await testConsole();
    agent = (await signedInAgent(t, { roles: [Role.Manager] })).agent;
  });

  it('when read, then level and city totals equal grouped SQL counts', async () => {
    const overview = OverviewSchema.parse((await agent.get('/api/overview').expect(200)).body);
    const levelRows = await t.select<{ level: string; n: unknown }>(
      `SELECT c.level AS level, COUNT(*) AS n FROM uplinks u
       JOIN admin_units c ON c.code = u.child_unit_code GROUP BY c.level`,
    );
    expect(
      overview.levels.map((level): [string, number] => [level.level, level.total]).sort(),
    ).toEqual(levelRows.map((row) => [row.level, Number(row.n)] as [string, number]).sort());
    expect(overview.levels[0]!.level).toBe('city');
    const wuhan = overview.cities.find((city) => city.code === '4201')!;
    expect(wuhan.total).toBe(
      await t.count(
        `SELECT COUNT(*) AS n FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code
         WHERE c.city_code = '4201'`,
      ),
    );
    const compliant = await t.count(
      `SELECT COUNT(*) AS n FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code
       WHERE c.city_code = '4201' AND u.state = 'compliant'`,
    );
    expect(wuhan.byState.compliant).toBe(compliant);
    expect(wuhan.compliantRatio).toBeCloseTo(compliant / wuhan.total, 10);
  });

  it('when a collector cycle is recorded, then status and lastPollAt report it', async () => {
    const before = (await agent.get('/api/collector/status').expect(200)).body;
    expect(before).toEqual({ lastCycle: null });
    const startedAt = new Date('2026-03-01T08:00:00.000Z');
    const finishedAt = new Date('2026-03-01T08:00:41.500Z');
    const cycle = await CollectorCycle.create({
      collectorId: 'it-spec',
      startedAt,
      finishedAt,
      durationMs: 41_500,
      nodesPolled: 1633,
      nodesFailed: 2,
      samplesStored: 3262,
      uplinksEvaluated: 1633,
    });
    try {
      const status = CollectorStatusSchema.parse(
        (await agent.get('/api/collector/status').expect(200)).body,
      );
      expect(status.lastCycle).toEqual({
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: 41_500,
        nodesPolled: 1633,
        nodesFailed: 2,
        samplesStored: 3262,
      });
      const overview = (await agent.get('/api/overview').expect(200)).body;
      expect(overview.lastPollAt).toBe(finishedAt.toISOString());
    } finally {
      await cycle.destroy();
    }
  });
});
