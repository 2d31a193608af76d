import { readTrafficRetention, type TrafficRetention } from '@extranet/database';
import type { Sequelize } from 'sequelize';
import type { CollectorJob } from '../../schedule/job-scheduler';
import { pruneTrafficHistory } from './traffic-pruning';
import { rollUpTraffic } from './traffic-rollup';

export const ROLL_UP_5M_JOB = 'roll-up-traffic-5m';
export const ROLL_UP_1H_JOB = 'roll-up-traffic-1h';
export const ROLL_UP_1D_JOB = 'roll-up-traffic-1d';
export const PRUNE_TRAFFIC_HISTORY_JOB = 'prune-traffic-history';

/**
 * When each job runs. Five-minute buckets a minute after each five (the bucket's polls have been
 * written; a cycle at full depth takes seconds). Hours at :07. Days at 00:35 Beijing time, which
 * is 16:35 on a UTC clock: both are listed so the day is rolled soon after it ends whether the
 * server runs on UTC or on Asia/Shanghai; the other run re-rolls the current, partial day,
 * which is correct, only dearer. Pruning daily at 04:43, away from the audit purge at 03:17.
 */
export const TRAFFIC_HISTORY_CRONS = {
  [ROLL_UP_5M_JOB]: '1-59/5 * * * *',
  [ROLL_UP_1H_JOB]: '7 * * * *',
  [ROLL_UP_1D_JOB]: '35 0,16 * * *',
  [PRUNE_TRAFFIC_HISTORY_JOB]: '43 4 * * *',
} as const;

export interface TrafficHistoryJobContext {
  sequelize: Sequelize;
  /** RETENTION_*_DAYS are read from here (process.env by default) when the table is built. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Roll-up and retention jobs. All exclusive: exactly one collector of a cluster runs them, so
 * two never roll the same buckets or prune the same rows at once. Retention is read (and a bad
 * value refused) when the job table is built, so a wrong setting stops the collector at start.
 */
export function trafficHistoryJobs(context: TrafficHistoryJobContext): CollectorJob[] {
  const retention: TrafficRetention = readTrafficRetention(context.env ?? process.env);
  const { sequelize } = context;
  const rollUp = (name: keyof typeof TRAFFIC_HISTORY_CRONS, resolution: '5m' | '1h' | '1d') => ({
    name,
    cron: TRAFFIC_HISTORY_CRONS[name],
    exclusive: true,
    run: (logger: Parameters<CollectorJob['run']>[0]) =>
      rollUpTraffic(sequelize, { resolution, retention, logger }),
  });
  return [
    rollUp(ROLL_UP_5M_JOB, '5m'),
    rollUp(ROLL_UP_1H_JOB, '1h'),
    rollUp(ROLL_UP_1D_JOB, '1d'),
    {
      name: PRUNE_TRAFFIC_HISTORY_JOB,
      cron: TRAFFIC_HISTORY_CRONS[PRUNE_TRAFFIC_HISTORY_JOB],
      exclusive: true,
      run: (logger) => pruneTrafficHistory(sequelize, { retention, logger }),
    },
  ];
}
