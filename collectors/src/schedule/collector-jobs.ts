import { purgeExpiredAuditEvents, type AuditChainKey } from '@extranet/database';
import type { Sequelize } from 'sequelize';
import type { CommunityOpener } from '../links/community-opener';
import { alertEvaluationJobs } from '../links/alerts/alert-jobs';
import { discoveryJobs } from '../links/discovery/discovery-jobs';
import type { PollCycleReport } from '../links/poll-cycle';
import { trafficHistoryJobs } from '../links/rollups/traffic-history-jobs';
import type { UplinkPoller } from '../links/snmp-uplink-poller';
import type { CollectorJob } from './job-scheduler';
import { pollGroupJobs, type PollGroupRunner } from './poll-group-jobs';

export interface CollectorJobContext {
  sequelize: Sequelize;
  secrets: CommunityOpener;
  poller: UplinkPoller;
  /** The running collector whose poll groups get one job each (absent: no poll jobs). */
  runtime?: PollGroupRunner;
  pollConcurrency?: number;
  congestionThreshold?: number;
  /** When given, the audit trail's retention runs daily in this process. */
  auditRetention?: { retentionDays: number; key: AuditChainKey };
  /** Told about every finished poll cycle (the metrics take their figures from it). */
  onPollCycleFinished?: (report: PollCycleReport) => void;
}

export const PURGE_AUDIT_EVENTS_JOB = 'purge-audit-events';
/** Daily at 03:17 server time: a quiet hour, and not on the hour when other jobs pile up. */
export const AUDIT_RETENTION_CRON = '17 3 * * *';

/**
 * The collector's job table: one poll job per poll group, then each workstream's entries.
 * Jobs marked `exclusive` run only on the collector holding the coordinator lease.
 */
export function collectorJobs(context: CollectorJobContext): CollectorJob[] {
  const jobs: CollectorJob[] = [
    ...pollGroupJobs(context),
    ...alertEvaluationJobs(context),
    ...trafficHistoryJobs(context),
    ...discoveryJobs(context),
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
