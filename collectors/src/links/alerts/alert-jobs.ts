import type { Sequelize } from 'sequelize';
import type { CommunityOpener } from '../community-opener';
import type { CollectorJob } from '../../schedule/job-scheduler';
import { runAlertEvaluation } from './alert-evaluation';

export const EVALUATE_ALERTS_JOB = 'evaluate-alerts';
/**
 * Twice a minute, at :20 and :50: between the default one-minute polls, so a cycle's state
 * changes are seen within half a minute, and off the :00 second when the polls start.
 */
export const DEFAULT_ALERT_EVALUATION_CRON = '20,50 * * * * *';

export interface AlertJobContext {
  sequelize: Sequelize;
  secrets: CommunityOpener;
  /** ALERT_EVALUATION_CRON, read by the collector's config when set. */
  alertEvaluationCron?: string;
}

/** The alert engine's entry in the collector's job table: exclusive, so one collector runs it. */
export function alertEvaluationJobs(context: AlertJobContext): CollectorJob[] {
  return [
    {
      name: EVALUATE_ALERTS_JOB,
      cron:
        context.alertEvaluationCron ??
        process.env['ALERT_EVALUATION_CRON'] ??
        DEFAULT_ALERT_EVALUATION_CRON,
      exclusive: true,
      run: async (logger) => {
        const report = await runAlertEvaluation({
          sequelize: context.sequelize,
          secrets: context.secrets,
          logger,
        });
        const moved =
          report.raised + report.cleared + report.flappingStarted + report.flappingEnded;
        if (moved > 0 || report.webhooks.failed > 0) logger.info(report, 'alerts evaluated');
        else logger.debug(report, 'alerts evaluated');
        return report;
      },
    },
  ];
}
