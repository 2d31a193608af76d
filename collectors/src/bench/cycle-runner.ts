import { hostname } from 'node:os';
import { QueryTypes, type Sequelize } from 'sequelize';
import { SecretBox, openDatabase } from '@extranet/database';
import { readCollectorConfig } from '../collector-config';
import { sqlDateTime } from '../links/batched-writes';
import { SnmpUplinkPoller } from '../links/snmp-uplink-poller';
import { createLogger } from '../logging/logger';
import { CollectorMetrics } from '../metrics/collector-metrics';
import { InstrumentedUplinkPoller } from '../metrics/instrumented-uplink-poller';
import { CollectorRuntime } from '../runtime/collector-runtime';
import { rowsWrittenByCycle, type CycleMeasurement, type CycleRun } from './cycle-figures';
import { processesCpuMs } from './process-cpu';
import { QueryTimer } from './query-timer';
import { SnmpRequestCounter } from './snmp-request-counter';

/** What the bench asks of one runner process (sent over IPC). */
export interface CycleRunRequest {
  label: string;
  databaseUrl: string;
  secretKey: string;
  measuredCycles: number;
  /** The agents' processes, to tell what answering the cycle cost them. */
  agentPids: number[];
  /** The database server's process when it is local, else null. */
  databasePid: number | null;
  /** The collector's disk buffer: a temp dir the bench made and removes. */
  bufferDir: string;
}

export type CycleRunnerReply =
  { type: 'done'; run: CycleRun } | { type: 'failed'; message: string };

/**
 * The collector's settings for a measured run: its own environment (POLL_CONCURRENCY,
 * SNMP_TIMEOUT_MS, SNMP_RETRIES, CONGESTION_THRESHOLD…) with every level in one poll group
 * (POLL_CRON overrides the per-level intervals), no spread over the interval (all nodes at
 * once, as a full cycle), its own id and its disk buffer in a temp dir.
 */
export function benchCollectorEnvironment(
  env: Record<string, string | undefined>,
  label: string,
  bufferDir: string,
): Record<string, string | undefined> {
  return {
    ...env,
    POLL_CRON: '* * * * *',
    POLL_SPREAD: '0',
    COLLECTOR_ID: `bench-${label.replace(/[^A-Za-z0-9]+/g, '-')}`,
    COLLECTOR_BUFFER_DIR: bufferDir,
    COLLECTOR_METRICS_PORT: 'off',
  };
}

/**
 * The collector under measurement, in a process of its own so that its CPU time and peak RSS
 * are the collector's alone (not the bench's seeding, agents or peer). It runs the way the
 * collector process does: a CollectorRuntime (leases, target cache, write queue) whose
 * runGroup is the job table's poll job; one warm-up cycle (it also loads the targets), then
 * the measured ones back to back.
 */
async function runCycles(request: CycleRunRequest): Promise<CycleRun> {
  const config = readCollectorConfig(
    benchCollectorEnvironment(process.env, request.label, request.bufferDir),
  );
  const database = await openDatabase({ url: request.databaseUrl });
  // Built as the collector's main builds it: the metrics' per-poll timing is part of the cost.
  const metrics = new CollectorMetrics();
  const poller = new InstrumentedUplinkPoller(
    new SnmpUplinkPoller({ timeoutMs: config.snmpTimeoutMs, retries: config.snmpRetries }),
    metrics,
  );
  const runtime = new CollectorRuntime({
    sequelize: database.sequelize,
    secrets: new SecretBox(Buffer.from(request.secretKey, 'base64')),
    poller,
    config,
    // The collector warns once per failing node; in a bench table that is noise.
    logger: createLogger('bench-collector', { level: process.env['LOG_LEVEL'] ?? 'error' }),
    version: 'bench',
    hostname: hostname(),
    onCycle: (report) => metrics.recordCycle(report),
  });
  const databasePids = request.databasePid === null ? [] : [request.databasePid];
  const counter = new SnmpRequestCounter();
  const queries = new QueryTimer(database.sequelize);
  const measureOne = async (): Promise<CycleMeasurement> => {
    counter.take();
    queries.take();
    const agentsBefore = await processesCpuMs(request.agentPids);
    const databaseBefore = await processesCpuMs(databasePids);
    const cpuBefore = process.cpuUsage();
    const startedAt = performance.now();
    const report = await runtime.runGroup(runtime.groups[0], new Date());
    const wallMs = performance.now() - startedAt;
    const cpu = process.cpuUsage(cpuBefore);
    const agentsCpuMs = (await processesCpuMs(request.agentPids)) - agentsBefore;
    const databaseCpuMs = (await processesCpuMs(databasePids)) - databaseBefore;
    const snmp = counter.take();
    const statements = queries.take();
    const counterStates = await countCounterStatesReadSince(database.sequelize, report.startedAt);
    return {
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1_000,
      agentsCpuMs,
      databaseCpuMs: request.databasePid === null ? null : databaseCpuMs,
      requests: snmp.requests,
      varbinds: snmp.varbinds,
      rowsWritten: rowsWrittenByCycle({ ...report, counterStates }),
      samplesStored: report.samplesStored,
      nodesPolled: report.nodesPolled,
      nodesFailed: report.nodesFailed,
      phasesMs: report.phasesMs,
      statements,
    };
  };
  try {
    await runtime.start();
    const warmUp = await measureOne();
    const cycles: CycleMeasurement[] = [];
    for (let index = 0; index < request.measuredCycles; index++) {
      cycles.push(await measureOne());
    }
    // maxRSS is in kilobytes: the peak of this process, warm-up included.
    return {
      label: request.label,
      warmUp,
      cycles,
      peakRssMb: process.resourceUsage().maxRSS / 1_024,
    };
  } finally {
    counter.stop();
    await runtime.stop();
    poller.close();
    await database.close();
  }
}

async function countCounterStatesReadSince(sequelize: Sequelize, since: Date): Promise<number> {
  const [row] = await sequelize.query<{ count: number | string }>(
    'SELECT COUNT(*) AS count FROM interface_counter_states WHERE read_at >= :since',
    // A bare Date would lose its milliseconds on MariaDB; the writer's own literal keeps them.
    { type: QueryTypes.SELECT, replacements: { since: sqlDateTime(sequelize, since) } },
  );
  return Number(row.count);
}

if (require.main === module) {
  process.once('message', (request: CycleRunRequest) => {
    runCycles(request).then(
      (run) =>
        process.send?.({ type: 'done', run } satisfies CycleRunnerReply, () => process.exit(0)),
      (error: unknown) =>
        process.send?.(
          {
            type: 'failed',
            message: (error as Error).stack ?? String(error),
          } satisfies CycleRunnerReply,
          () => process.exit(1),
        ),
    );
  });
  // The bench going away (Ctrl-C, crash) must not leave a collector polling.
  process.once('disconnect', () => process.exit(1));
}
