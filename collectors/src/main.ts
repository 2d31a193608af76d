import {
  ConfigurationError,
  DatabaseUnavailableError,
  SecretBox,
  loadAuditChainKey,
  openDatabase,
} from '@extranet/database';
import { readCollectorConfig } from './collector-config';
import { stopOnceOnSignalOrOrphaned } from './process-lifecycle';
import { SnmpUplinkPoller } from './links/snmp-uplink-poller';
import { createLogger } from './logging/logger';
import { CollectorMetrics } from './metrics/collector-metrics';
import { InstrumentedUplinkPoller } from './metrics/instrumented-uplink-poller';
import { startMetricsServer } from './metrics/metrics-server';
import { POLL_UPLINKS_JOB, collectorJobs } from './schedule/collector-jobs';
import { startSchedule } from './schedule/job-scheduler';

/**
 * The collector process: opens the database, starts the job table, polls once at once (the
 * console should not wait a minute for its first state), and stops cleanly on SIGTERM/SIGINT.
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
  const schedule = startSchedule(
    collectorJobs({
      sequelize: database.sequelize,
      secrets,
      poller,
      pollCron: config.pollCron,
      pollConcurrency: config.pollConcurrency,
      congestionThreshold: config.congestionThreshold,
      auditRetention: { retentionDays: config.auditRetentionDays, key: loadAuditChainKey() },
      onPollCycleFinished: (report) => metrics.recordCycle(report),
    }),
    logger,
  );
  const metricsServer = config.metrics
    ? await startMetricsServer(metrics.registry, config.metrics)
    : null;
  logger.info(
    { database: database.config.description, ...config },
    `collector: polling every "${config.pollCron}"`,
  );
  process.send?.({ type: 'ready' });

  stopOnceOnSignalOrOrphaned('collector', logger, async () => {
    await metricsServer?.close();
    await schedule.stop();
    poller.close();
    await database.close();
  });

  await schedule.runNow(POLL_UPLINKS_JOB);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof DatabaseUnavailableError) {
    console.error(`collector: ${error.message}`);
  } else {
    console.error('collector: failed to start', error);
  }
  process.exit(1);
});
