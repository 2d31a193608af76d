import { DiscoveryReason } from '@extranet/database';
import type { Sequelize } from 'sequelize';
import type { CommunityOpener } from '../community-opener';
import type { CollectorJob } from '../../schedule/job-scheduler';
import { readDiscoveryConfig, type DiscoveryConfig } from './discovery-config';
import { requestDiscovery } from './discovery-queue';
import { runRequestedDiscoveries } from './discovery-runner';

export const DISCOVER_REQUESTED_NODES_JOB = 'discover-requested-nodes';
export const REQUEST_DAILY_DISCOVERY_JOB = 'request-daily-discovery';
/** Every 10 s: a node added in the console is walked within ~10 s (the promise is 30 s). */
export const DISCOVERY_QUEUE_CRON = '*/10 * * * * *';

/**
 * The discovery jobs: a short queue pass (nodes added, "discover now", renumbered ports) and
 * the daily request of every polled node. Both are exclusive: in a cluster one collector walks.
 */
export function discoveryJobs(
  context: { sequelize: Sequelize; secrets: CommunityOpener },
  config: DiscoveryConfig = readDiscoveryConfig(process.env),
): CollectorJob[] {
  return [
    {
      name: DISCOVER_REQUESTED_NODES_JOB,
      cron: DISCOVERY_QUEUE_CRON,
      exclusive: true,
      run: (logger) =>
        runRequestedDiscoveries({
          sequelize: context.sequelize,
          secrets: context.secrets,
          limits: config,
          snmp: { timeoutMs: config.timeoutMs, retries: config.retries },
          concurrency: config.concurrency,
          logger,
        }),
    },
    {
      name: REQUEST_DAILY_DISCOVERY_JOB,
      cron: config.dailyCron,
      exclusive: true,
      run: async (logger) => {
        const requested = await requestDiscovery(
          context.sequelize,
          DiscoveryReason.Daily,
          new Date(),
          'all-polled',
        );
        logger.info({ requested }, `daily discovery requested for ${requested} nodes`);
        return { requested };
      },
    },
  ];
}
