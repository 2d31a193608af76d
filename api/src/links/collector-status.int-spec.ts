import { CollectorInstance, Role } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { CollectorsStatusSchema } from './collector-status.schemas';

describe('/api/collectors (over HTTP, real database)', () => {
  let t: TestConsole;
  let operator: TestAgent;

  beforeAll(async () => {
    t = await testConsole();
    operator = (await signedInAgent(t, { roles: [Role.NetworkOperator] })).agent;
    await t.database.sequelize.query('DELETE FROM collector_instances');
    const group = (durationMs: number, overrunMs: number) =>
      JSON.stringify([
        {
          name: '60s',
          intervalSeconds: 60,
          nodes: 800,
          skippedTicks: 0,
          lastCycle: {
            startedAt: new Date().toISOString(),
            durationMs,
            overrunMs,
            nodesPolled: 800,
            nodesFailed: 3,
            samplesStored: 1600,
            buffered: false,
          },
        },
      ]);
    const base = {
      pid: 4242,
      version: '0.1.0',
      startedAt: new Date(Date.now() - 3600_000),
      bufferedSamples: 0,
      droppedSamples: 0,
    };
    await CollectorInstance.create({
      ...base,
      id: 'collector-live',
      hostname: 'noc-1',
      heartbeatAt: new Date(),
      nodesAssigned: 800,
      pollGroups: group(1200, 0),
      isCoordinator: true,
      partitionsHeld: 8,
    });
    await CollectorInstance.create({
      ...base,
      id: 'collector-silent',
      hostname: 'noc-2',
      heartbeatAt: new Date(Date.now() - 600_000),
      nodesAssigned: 834,
      pollGroups: group(75_000, 15_000),
      isCoordinator: false,
      partitionsHeld: 8,
    });
  });

  it('when listed, then a silent collector is stale and an overrun cycle is flagged', async () => {
    const status = CollectorsStatusSchema.parse(
      (await operator.get('/api/collectors').expect(200)).body,
    );
    const live = status.collectors.find((collector) => collector.id === 'collector-live')!;
    const silent = status.collectors.find((collector) => collector.id === 'collector-silent')!;
    expect(status.staleAfterSeconds).toBe(180);
    expect(live.isStale).toBeFalse();
    expect(live.isCoordinator).toBeTrue();
    expect(live.pollGroups[0]!.lastCycle!.isOverrun).toBeFalse();
    expect(silent.isStale).toBeTrue();
    expect(silent.heartbeatAgeSeconds).toBeGreaterThanOrEqual(600);
    expect(silent.pollGroups[0]!.lastCycle!.isOverrun).toBeTrue();
  });
});
