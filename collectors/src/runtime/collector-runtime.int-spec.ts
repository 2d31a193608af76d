import type { Database } from '@extranet/database';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { readCollectorConfig, type CollectorConfig } from '../collector-config';
import { sleep, startLiveNetwork, type LiveNetwork } from '../links/live-network.int-fixture';
import { SnmpUplinkPoller } from '../links/snmp-uplink-poller';
import { createLogger } from '../logging/logger';
import { ScenarioKind } from '../simulator/scenarios';
import { CollectorRuntime } from './collector-runtime';
import { openCuttableDatabase, type CuttableDatabase } from './database-outage.int-fixture';

/**
 * A collector runtime (leases, cache, windows, write queue, disk buffer) against the seeded
 * database and the simulator. The specs run in order and build on each other's cycles.
 */
describe('collector runtime (integration)', () => {
  let live: LiveNetwork;
  let bufferDir: string;
  let polledUplinks: number;
  const poller = new SnmpUplinkPoller({ timeoutMs: 300, retries: 0 });
  const logLines: string[] = [];
  const logger = createLogger('runtime-int-spec', {
    level: 'info',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    }),
  });

  const configOf = (id: string, extra: Record<string, string> = {}): CollectorConfig =>
    readCollectorConfig({
      POLL_CRON: '*/5 * * * * *',
      POLL_SPREAD: '0',
      COLLECTOR_ID: id,
      COLLECTOR_BUFFER_DIR: bufferDir,
      COLLECTOR_METRICS_PORT: 'off',
      ...extra,
    });
  const runtimeOf = (database: Database, config: CollectorConfig) =>
    new CollectorRuntime({
      sequelize: database.sequelize,
      secrets: live.secretBox,
      poller,
      config,
      logger,
      version: 'test',
      hostname: 'int-spec',
    });
  /**
   * Waits until the runtime's heartbeats hold every partition again (a spec that moved the
   * leases away must not leave the next one polling an empty set).
   */
  const untilHoldingAll = async (target: CollectorRuntime) => {
    for (let waited = 0; target.gauges().partitionsHeld !== 16; waited += 250) {
      if (waited > 15_000) throw new Error('the runtime did not take its partitions back');
      await sleep(250);
    }
  };
  const count = async (sql: string, replacements: Record<string, unknown> = {}) =>
    Number((await live.select<{ n: number }>(sql, replacements))[0].n);

  beforeAll(async () => {
    live = await startLiveNetwork();
    bufferDir = await mkdtemp(join(tmpdir(), 'collector-buffer-int-'));
    polledUplinks = await count(
      `SELECT COUNT(*) AS n FROM uplinks u JOIN nodes n ON n.unit_code = u.child_unit_code
        WHERE n.is_polled = :isPolled`,
      { isPolled: true },
    );
  }, 180_000);

  afterAll(async () => {
    poller.close();
    await live?.close();
    await rm(bufferDir, { recursive: true, force: true });
  }, 30_000);

  let runtime: CollectorRuntime;
  let ownDatabase: Database;
  let outage: CuttableDatabase;

  it('when a collector starts alone, then it holds every partition and the coordinator lease', async () => {
    outage = await openCuttableDatabase(process.env['DATABASE_URL'] as string);
    ownDatabase = outage.database;
    runtime = runtimeOf(ownDatabase, configOf('collector-a'));
    await runtime.start();
    await untilHoldingAll(runtime);
    expect(runtime.isCoordinator).toBeTrue();
    expect(
      await count(`SELECT COUNT(*) AS n FROM collector_leases WHERE holder_id = 'collector-a'`),
    ).toBe(17);
    const [instance] = await live.select<{ partitionsHeld: number; isCoordinator: number }>(
      `SELECT partitions_held AS partitionsHeld, is_coordinator AS isCoordinator
         FROM collector_instances WHERE id = 'collector-a'`,
    );
    expect(Number(instance.isCoordinator)).toBe(1);
  });

  it('when the first cycle runs, then every uplink gets its first state change and the cycle names its group', async () => {
    const [group] = runtime.groups;
    const report = await runtime.runGroup(group, new Date());
    expect(report.nodesFailed).toBe(0);
    expect(report.stateChanges).toBe(polledUplinks);
    expect(
      await count('SELECT COUNT(*) AS n FROM uplink_state_changes WHERE from_state IS NULL'),
    ).toBe(polledUplinks);
    const [cycle] = await live.select<{ pollGroup: string; intervalSeconds: number }>(
      `SELECT poll_group AS pollGroup, interval_seconds AS intervalSeconds FROM collector_cycles
        ORDER BY id DESC LIMIT 1`,
    );
    expect(cycle).toEqual({ pollGroup: 'cron', intervalSeconds: 5 });
    expect(await count(`SELECT COUNT(*) AS n FROM nodes WHERE collector_id = 'collector-a'`)).toBe(
      report.nodesPolled,
    );
  }, 30_000);

  it('when another collector took the partitions meanwhile, then this one writes none of their results', async () => {
    const [group] = runtime.groups;
    const samplesBefore = await count('SELECT COUNT(*) AS n FROM interface_samples');
    await live.database.sequelize.query(
      `UPDATE collector_leases SET holder_id = 'intruder', epoch = epoch + 1
        WHERE purpose = 'nodes'`,
    );
    try {
      const report = await runtime.runGroup(group, new Date());
      expect(report.fenced).toBe(report.nodesPolled);
      expect(report.samplesStored).toBe(0);
      expect(await count('SELECT COUNT(*) AS n FROM interface_samples')).toBe(samplesBefore);
    } finally {
      await live.database.sequelize.query(
        `UPDATE collector_leases SET holder_id = 'collector-a', epoch = epoch - 1
          WHERE purpose = 'nodes'`,
      );
    }
    // A heartbeat may have seen the intruder meanwhile: wait for one that sees the leases back.
    await sleep(4_000);
    await untilHoldingAll(runtime);
  }, 30_000);

  it('when a node stays silent three cycles, then it is unreachable, its error logged once; one answer ends it', async () => {
    const [silent] = await live.select<{ hostname: string; id: number }>(
      `SELECT n.hostname, n.id FROM nodes n JOIN admin_units a ON a.code = n.unit_code
        WHERE n.is_polled = :isPolled AND a.level = 'township' ORDER BY n.id LIMIT 1`,
      { isPolled: true },
    );
    await live.simulator.applyScenario(silent.hostname, {
      kind: ScenarioKind.Silent,
      memberIndex: null,
    });
    const [group] = runtime.groups;
    logLines.length = 0;
    for (let cycle = 0; cycle < 3; cycle += 1) await runtime.runGroup(group, new Date());
    const [node] = await live.select<{
      reachability: string;
      failures: number;
      since: unknown;
      error: string;
    }>(
      `SELECT reachability, consecutive_failures AS failures, unreachable_since AS since,
              last_poll_error AS error FROM nodes WHERE id = :id`,
      { id: silent.id },
    );
    expect(node.reachability).toBe('unreachable');
    expect(Number(node.failures)).toBe(3);
    expect(node.since).not.toBeNull();
    expect(node.error).toMatch(/timeout/);
    const failureLines = logLines.filter((line) => line.includes('"msg":"node poll failed"'));
    expect(failureLines.length).toBe(1);
    expect(logLines.filter((line) => line.includes('"msg":"node unreachable"')).length).toBe(1);

    await live.simulator.clearScenarios(silent.hostname);
    await runtime.runGroup(group, new Date());
    const [after] = await live.select<{ reachability: string; since: unknown }>(
      'SELECT reachability, unreachable_since AS since FROM nodes WHERE id = :id',
      { id: silent.id },
    );
    expect(after).toEqual({ reachability: 'reachable', since: null });
  }, 60_000);

  it('when the database goes away, then polling goes on into the disk buffer, replayed in order when it returns', async () => {
    const [group] = runtime.groups;
    const samplesBefore = await count('SELECT COUNT(*) AS n FROM interface_samples');
    await outage.cut();
    let buffered = 0;
    try {
      for (let cycle = 0; cycle < 2; cycle += 1) {
        await sleep(1_000);
        const report = await runtime.runGroup(group, new Date());
        expect(report.samplesStored).toBe(0);
        buffered += report.samplesBuffered;
      }
      expect(buffered).toBe(4 * polledUplinks);
      expect(runtime.gauges().bufferedSamples).toBe(buffered);
      expect((await readdir(bufferDir)).length).toBeGreaterThan(0);
    } finally {
      await outage.restore();
    }
    expect(await runtime.sink.flush()).toBeTrue();
    expect(await count('SELECT COUNT(*) AS n FROM interface_samples')).toBe(
      samplesBefore + buffered,
    );
    expect(await readdir(bufferDir)).toEqual([]);
    // In order: each interface's counter state is the one of its latest sample.
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM interface_counter_states c
          WHERE c.read_at < (SELECT MAX(s.sampled_at) FROM interface_samples s
                              WHERE s.interface_id = c.interface_id)`,
      ),
    ).toBe(0);
  }, 60_000);

  it('when the buffer bound is passed, then the excess is dropped, counted and reported', async () => {
    await runtime.stop();
    const tiny = { ...configOf('collector-a'), bufferMaxBytes: 200 };
    runtime = runtimeOf(ownDatabase, tiny);
    await runtime.start();
    await untilHoldingAll(runtime);
    const [group] = runtime.groups;
    await runtime.runGroup(group, new Date());
    await outage.cut();
    let report;
    try {
      await sleep(1_000);
      report = await runtime.runGroup(group, new Date());
    } finally {
      await outage.restore();
    }
    expect(report!.samplesDropped).toBe(2 * polledUplinks);
    expect(runtime.sink.droppedSamples).toBe(2 * polledUplinks);
    expect(logLines.some((line) => line.includes('disk buffer full'))).toBeTrue();
  }, 60_000);

  it('when a collector restarts, then it resumes from the stored counters without a spike', async () => {
    await runtime.stop();
    runtime = runtimeOf(ownDatabase, configOf('collector-b'));
    await runtime.start();
    await untilHoldingAll(runtime);
    await sleep(1_000);
    logLines.length = 0;
    const report = await runtime.runGroup(runtime.groups[0], new Date());
    expect(report.samplesStored).toBe(2 * polledUplinks);
    // The congestion windows start from the stored samples of the last 15 minutes.
    const loaded = logLines
      .map((line) => JSON.parse(line))
      .find((entry) => entry.msg === 'poll targets loaded');
    expect(loaded.warmedSamples).toBeGreaterThanOrEqual(2 * polledUplinks);
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM interface_samples s JOIN interfaces i ON i.id = s.interface_id
          WHERE s.in_bps < 0 OR s.out_bps < 0
             OR s.in_bps > i.speed_mbps * 1050000 OR s.out_bps > i.speed_mbps * 1050000`,
      ),
    ).toBe(0);
    await runtime.stop();
    await ownDatabase.close();
  }, 60_000);

  it('when discovery finishes a walk, then the next cycle polls what it found, not the targets in memory', async () => {
    runtime = runtimeOf(live.database, configOf('collector-c'));
    await runtime.start();
    await untilHoldingAll(runtime);
    await runtime.runGroup(runtime.groups[0], new Date());
    // As if a walk re-matched a port: the stored name of one member interface changed.
    const [member] = await live.select<{ interfaceId: number; nodeId: number }>(
      `SELECT i.id AS interfaceId, i.node_id AS nodeId FROM uplink_members m
         JOIN interfaces i ON i.id = m.interface_id JOIN nodes n ON n.id = i.node_id
        WHERE n.is_polled = :isPolled ORDER BY m.id LIMIT 1`,
      { isPolled: true },
    );
    await live.database.sequelize.query(
      `UPDATE interfaces SET if_name = 'Renamed0/0/9' WHERE id = :interfaceId`,
      { replacements: member },
    );
    await live.database.sequelize.query(
      `UPDATE nodes SET discovery_finished_at = :now WHERE id = :nodeId`,
      { replacements: { ...member, now: new Date() } },
    );
    await runtime.runGroup(runtime.groups[0], new Date());
    const [state] = await live.select<{ reason: string | null }>(
      `SELECT last_skip_reason AS reason FROM interface_counter_states
        WHERE interface_id = :interfaceId`,
      member,
    );
    expect(state.reason).toBe('interface_renumbered');
    await runtime.stop();
  }, 60_000);
});
