import type { Sequelize } from 'sequelize';
import type { CommunityOpener } from '../links/community-opener';
import { runPollCycle } from '../links/poll-cycle';
import type { UplinkPoller } from '../links/snmp-uplink-poller';
import type { CollectorJob } from './job-scheduler';

export interface CollectorJobContext {
  sequelize: Sequelize;
  secrets: CommunityOpener;
  poller: UplinkPoller;
  /** POLL_CRON; every minute by default. */
  pollCron?: string;
  pollConcurrency?: number;
  congestionThreshold?: number;
}

export const POLL_UPLINKS_JOB = 'poll-uplinks';
export const DEFAULT_POLL_CRON = '* * * * *';

/** The collector's job table. Later issues add discovery, 95th-percentile roll-ups, pruning. */
export function collectorJobs(context: CollectorJobContext): CollectorJob[] {
  return [
    {
      name: POLL_UPLINKS_JOB,
      cron: context.pollCron ?? DEFAULT_POLL_CRON,
      run: (logger) =>
        runPollCycle({
          sequelize: context.sequelize,
          secrets: context.secrets,
          poller: context.poller,
          concurrency: context.pollConcurrency,
          congestionThreshold: context.congestionThreshold,
          logger,
        }),
    },
  ];
}
