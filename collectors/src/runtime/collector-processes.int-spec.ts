import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep, startLiveNetwork, type LiveNetwork } from '../links/live-network.int-fixture';
import { toDate } from '../links/poll-target-repository';
import { terminate } from '../testing/agent-process';

const INTERVAL_SECONDS = 10;
const COLLECTOR_SCRIPT = join(__dirname, '..', 'main.js');

/**
 * Two real collector processes (`collectors/dist/main.js`) against one database and the
 * simulator: they share the nodes through leases, never poll a node twice, and when one is
 * killed (SIGKILL: no clean release) the other takes its nodes over within two intervals.
 */
describe('two collector processes sharing the nodes (integration)', () => {
  let live: LiveNetwork;
  let workDir: string;
  const collectors = new Map<string, ChildProcess>();
  /** When the second collector joined: from then on, two processes share the nodes. */
  let sharedSince = 0;
  const output: string[] = [];

  const startCollector = (id: string): ChildProcess => {
    const child = spawn(process.execPath, [COLLECTOR_SCRIPT], {
      env: {
        PATH: process.env['PATH'],
        DATABASE_URL: process.env['DATABASE_URL'],
        EXTRANET_SECRET_KEY: live.secretKey,
        EXTRANET_DATA_DIR: workDir,
        COLLECTOR_ID: id,
        COLLECTOR_BUFFER_DIR: join(workDir, `buffer-${id}`),
        COLLECTOR_PARTITIONS: '8',
        COLLECTOR_METRICS_PORT: 'off',
        POLL_CRON: `*/${INTERVAL_SECONDS} * * * * *`,
        POLL_SPREAD: '0.2',
        SNMP_TIMEOUT_MS: '500',
        LOG_LEVEL: 'warn',
        // The other workstreams' jobs (alerts, roll-ups, discovery) are not under test here.
        ALERT_EVALUATION_CRON: '0 0 1 1 *',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(`${id}: ${chunk.toString()}`));
    child.stderr?.on('data', (chunk: Buffer) => output.push(`${id}: ${chunk.toString()}`));
    collectors.set(id, child);
    return child;
  };

  const partitionsOf = async (): Promise<Map<string, number>> => {
    const rows = await live.select<{ holderId: string; held: number }>(
      `SELECT holder_id AS holderId, COUNT(*) AS held FROM collector_leases
        WHERE purpose = 'nodes' AND holder_id IS NOT NULL GROUP BY holder_id`,
    );
    return new Map(rows.map((row) => [row.holderId, Number(row.held)]));
  };

  const waitFor = async (what: string, withinMs: number, check: () => Promise<boolean>) => {
    const deadline = Date.now() + withinMs;
    while (!(await check())) {
      if (Date.now() > deadline) {
        throw new Error(`${what} not within ${withinMs} ms; collectors said:\n${output.join('')}`);
      }
      await sleep(250);
    }
  };

  beforeAll(async () => {
    live = await startLiveNetwork();
    workDir = await mkdtemp(join(tmpdir(), 'collector-processes-'));
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...collectors.values()].map((child) => terminate(child, 5_000)));
    await live?.close();
    await rm(workDir, { recursive: true, force: true });
  }, 30_000);

  it('when two collectors run, then each holds half of the partitions and polls only its nodes', async () => {
    startCollector('collector-a');
    await waitFor('collector-a holding every partition', 20_000, async () => {
      return (await partitionsOf()).get('collector-a') === 8;
    });
    sharedSince = Date.now();
    startCollector('collector-b');
    await waitFor('an even split', 30_000, async () => {
      const held = await partitionsOf();
      return held.get('collector-a') === 4 && held.get('collector-b') === 4;
    });
    await sleep(2 * INTERVAL_SECONDS * 1_000 + 2_000);
    const pollers = await live.select<{ collectorId: string; nodes: number }>(
      `SELECT collector_id AS collectorId, COUNT(*) AS nodes FROM nodes
        WHERE is_polled = :isPolled GROUP BY collector_id`,
      { isPolled: true },
    );
    expect(pollers.map((row) => row.collectorId).sort()).toEqual(['collector-a', 'collector-b']);
  }, 90_000);

  it('when collector-a is killed, then collector-b polls all its nodes within two intervals', async () => {
    const killedAt = Date.now();
    collectors.get('collector-a')?.kill('SIGKILL');
    await waitFor('collector-b polling every node', 2 * INTERVAL_SECONDS * 1_000, async () => {
      const [row] = await live.select<{ behind: number }>(
        `SELECT COUNT(*) AS behind FROM nodes
          WHERE is_polled = :isPolled
            AND (collector_id <> 'collector-b' OR last_polled_at IS NULL OR last_polled_at < :killedAt)`,
        { isPolled: true, killedAt: new Date(killedAt) },
      );
      return Number(row.behind) === 0;
    });
    expect((await partitionsOf()).get('collector-b')).toBe(8);
  }, 60_000);

  // collector-a's own first cycle at start, unspread, may sit closer to its first tick: that
  // is one collector, so the check starts when the second joined.
  it('never polled a node twice: consecutive samples of an interface are a whole interval apart', async () => {
    const samples = await live.select<{ interfaceId: number; sampledAt: string | Date }>(
      `SELECT interface_id AS interfaceId, sampled_at AS sampledAt FROM interface_samples
        WHERE sampled_at > :since ORDER BY interface_id, sampled_at`,
      { since: new Date(sharedSince) },
    );
    expect(samples.length).toBeGreaterThan(0);
    let closest = Number.POSITIVE_INFINITY;
    for (let index = 1; index < samples.length; index += 1) {
      if (samples[index].interfaceId !== samples[index - 1].interfaceId) continue;
      const gap =
        toDate(samples[index].sampledAt).getTime() - toDate(samples[index - 1].sampledAt).getTime();
      closest = Math.min(closest, gap);
    }
    expect(closest).toBeGreaterThan((INTERVAL_SECONDS * 1_000) / 2);
  });
});
