import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sequelize } from 'sequelize';
import {
  SecretBox,
  isExtranetSeeded,
  migrateDatabase,
  openDatabase,
  seedExtranet,
} from '@extranet/database';
import { readCollectorConfig } from '../collector-config';
import { createLogger } from '../logging/logger';
import { CollectorRuntime } from '../runtime/collector-runtime';
import { SteadyCounterPoller } from './cycle-write-poller';
import { QueryTimer } from './query-timer';

/**
 * The collector's own cost of a full-depth cycle, without SNMP: the runtime (leases, target
 * cache, fenced batches, write queue) polls every node through SteadyCounterPoller and stores
 * everything in MariaDB. Prints, per cycle, the wall time, the phases, the collector's CPU
 * and where it waited on the database.
 *
 *   node collectors/dist/bench/cycle-write-bench.js
 *
 * Env: CYCLE_WRITE_DATABASE_URL (default mysql://root@127.0.0.1:3306/extranet_perf; created
 * and seeded at full depth when empty, kept between runs), CYCLE_WRITE_CYCLES (3).
 * Samples accumulate from run to run; the database is the bench's own.
 */
const DEFAULT_URL = 'mysql://root@127.0.0.1:3306/extranet_perf';

async function main(): Promise<void> {
  const url = process.env['CYCLE_WRITE_DATABASE_URL'] ?? DEFAULT_URL;
  const cycles = Number(process.env['CYCLE_WRITE_CYCLES'] ?? '3');
  if (/^mysql:|^mariadb:/i.test(url)) await createDatabaseIfMissing(url);
  // A key of the bench's own, stable across runs, so the communities sealed at seed still open.
  const secrets = new SecretBox(createHash('sha256').update('cycle-write-bench').digest());
  const database = await openDatabase({ url });
  const bufferDir = await mkdtemp(join(tmpdir(), 'cycle-write-buffer-'));
  try {
    await migrateDatabase(database.sequelize);
    if (!(await isExtranetSeeded(database.sequelize))) {
      const seedStarted = performance.now();
      const seed = await seedExtranet(database.sequelize, { depth: 'full', secretBox: secrets });
      console.log(`seeded ${seed.nodes} nodes in ${seconds(performance.now() - seedStarted)}`);
    }
    const config = readCollectorConfig({
      ...process.env,
      POLL_CRON: '* * * * *',
      POLL_SPREAD: '0',
      COLLECTOR_ID: 'cycle-write-bench',
      COLLECTOR_BUFFER_DIR: bufferDir,
      COLLECTOR_METRICS_PORT: 'off',
    });
    const poller = await SteadyCounterPoller.load(database.sequelize);
    const runtime = new CollectorRuntime({
      sequelize: database.sequelize,
      secrets,
      poller,
      config,
      logger: createLogger('cycle-write-bench', { level: process.env['LOG_LEVEL'] ?? 'error' }),
      version: 'bench',
      hostname: hostname(),
    });
    const queries = new QueryTimer(database.sequelize);
    await runtime.start();
    try {
      for (let index = 0; index <= cycles; index++) {
        queries.take();
        const cpuBefore = process.cpuUsage();
        const startedAt = performance.now();
        const report = await runtime.runGroup(runtime.groups[0], new Date());
        const wallMs = performance.now() - startedAt;
        const cpu = process.cpuUsage(cpuBefore);
        const waits = queries
          .take()
          .slice(0, 6)
          .map((timing) => `${timing.shape} ×${timing.count} ${Math.round(timing.totalMs)} ms`);
        const { load, poll, write } = report.phasesMs;
        console.log(
          `${index === 0 ? 'warm-up' : `cycle ${index}`}: ${seconds(wallMs)} wall, ` +
            `CPU ${seconds((cpu.user + cpu.system) / 1_000)}, phases load/poll/write ` +
            `${load}/${poll}/${write} ms, ${report.nodesPolled} nodes, ` +
            `${report.samplesStored} samples, ${report.uplinksEvaluated} uplinks, ` +
            `${report.stateChanges} state changes, ${report.nodesFailed} failed`,
        );
        console.log(`  waited on: ${waits.join('; ')}`);
      }
    } finally {
      await runtime.stop();
    }
  } finally {
    await database.close();
    await rm(bufferDir, { recursive: true, force: true });
  }
}

async function createDatabaseIfMissing(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  parsed.pathname = '/';
  const admin = new Sequelize(parsed.toString(), { dialect: 'mysql', logging: false });
  try {
    await admin.query(
      `CREATE DATABASE IF NOT EXISTS \`${name.replace(/`/g, '')}\` ` +
        'CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci',
    );
  } finally {
    await admin.close();
  }
}

function seconds(ms: number): string {
  return `${(ms / 1_000).toFixed(2)} s`;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
