import {
  ConfigurationError,
  DatabaseUnavailableError,
  SecretBox,
  loadAuditChainKey,
  openDatabase,
} from '@extranet/database';
import { hostname } from 'node:os';
import { readCollectorConfig } from './collector-config';
import { stopOnceOnSignalOrOrphaned } from './process-lifecycle';
import { SnmpUplinkPoller } from './links/snmp-uplink-poller';
import { createLogger } from './logging/logger';
import { CollectorMetrics } from './metrics/collector-metrics';
import { InstrumentedUplinkPoller } from './metrics/instrumented-uplink-poller';
import { startMetricsServer } from './metrics/metrics-server';
import { CollectorRuntime } from './runtime/collector-runtime';
import { collectorJobs } from './schedule/collector-jobs';
import { startSchedule } from './schedule/job-scheduler';
import { pollJobName } from './schedule/poll-group-jobs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

/**
 * The collector process: opens the database, takes its share of the nodes (leases), starts
 * the job table, polls every group once at once (the console should not wait a minute for its
 * first state), and stops cleanly on SIGTERM/SIGINT, handing its nodes back.
 */
async function main(): Promise<void> {
  const logger = createLogger('collector');
  const config = readCollectorConfig(process.env);
  const secrets = SecretBox.fromEnvironment();
  const database = await openDatabase();
  const metrics = new CollectorMetrics();
  const poller = new InstrumentedUplinkPoller(
    new SnmpUplinkPoller({ timeoutMs: config.snmpTimeoutMs, retries: config.snmpRetries }),
    metrics,
  );
  const runtime = new CollectorRuntime({
    sequelize: database.sequelize,
    secrets,
    poller,
    config,
    logger,
    version,
    hostname: hostname(),
    onCycle: (report) => metrics.recordCycle(report),
    onSkippedTick: (group) => metrics.recordSkippedTick(group),
  });
  await runtime.start();
  metrics.readRuntimeFrom(() => runtime.gauges());
  const jobs = collectorJobs({
    sequelize: database.sequelize,
    secrets,
    poller,
    runtime,
    pollConcurrency: config.pollConcurrency,
    congestionThreshold: config.congestionThreshold,
    auditRetention: { retentionDays: config.auditRetentionDays, key: loadAuditChainKey() },
  });
  const schedule = startSchedule(jobs, logger, { isCoordinator: () => runtime.isCoordinator });
  const metricsServer = config.metrics
    ? await startMetricsServer(metrics.registry, config.metrics)
    : null;
  logger.info(
    { database: database.config.description, ...config },
    `collector ${config.collectorId}: polling groups ` +
      config.pollGroups.map((group) => `${group.name} (${group.cron})`).join(', '),
  );
  process.send?.({ type: 'ready' });

  stopOnceOnSignalOrOrphaned('collector', logger, async () => {
    await metricsServer?.close();
    runtime.stopPolling(); // a spread cycle would otherwise hold the stop for up to 30 s
    await schedule.stop();
    await runtime.stop();
    poller.close();
    await database.close();
  });

  // The first cycle of each group polls at once, unspread: the console gets its states now.
  await Promise.all(runtime.groups.map((group) => schedule.runNow(pollJobName(group))));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof DatabaseUnavailableError) {
    console.error(`collector: ${error.message}`);
  } else {
    console.error('collector: failed to start', error);
  }
  process.exit(1);
});
