import { purgeExpiredAuditEvents, type AuditChainKey } from '@extranet/database';
import type { Sequelize } from 'sequelize';
import type { CommunityOpener } from '../links/community-opener';
import { runPollCycle, type PollCycleReport } from '../links/poll-cycle';
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
  /** When given, the audit trail's retention runs daily in this process. */
  auditRetention?: { retentionDays: number; key: AuditChainKey };
  /** Told about every finished poll cycle (the metrics take their figures from it). */
  onPollCycleFinished?: (report: PollCycleReport) => void;
}

export const POLL_UPLINKS_JOB = 'poll-uplinks';
export const DEFAULT_POLL_CRON = '* * * * *';
export const PURGE_AUDIT_EVENTS_JOB = 'purge-audit-events';
/** Daily at 03:17 server time: a quiet hour, and not on the hour when other jobs pile up. */
export const AUDIT_RETENTION_CRON = '17 3 * * *';

/** The collector's job table. Later issues add discovery, 95th-percentile roll-ups, pruning. */
export function collectorJobs(context: CollectorJobContext): CollectorJob[] {
  const jobs: CollectorJob[] = [
    {
      name: POLL_UPLINKS_JOB,
      cron: context.pollCron ?? DEFAULT_POLL_CRON,
      run: async (logger) => {
        const report = await runPollCycle({
          sequelize: context.sequelize,
          secrets: context.secrets,
          poller: context.poller,
          concurrency: context.pollConcurrency,
          congestionThreshold: context.congestionThreshold,
          logger,
        });
        context.onPollCycleFinished?.(report);
        return report;
      },
    },
  ];
  const retention = context.auditRetention;
  if (retention) {
    jobs.push({
      name: PURGE_AUDIT_EVENTS_JOB,
      cron: AUDIT_RETENTION_CRON,
      run: async (logger) => {
        const report = await purgeExpiredAuditEvents(context.sequelize, retention);
        logger.info(report, `audit retention: ${report.purged} events purged`);
      },
    });
  }
  return jobs;
}
