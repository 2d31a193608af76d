import { ConfigurationError } from '@extranet/database';
import { validate } from 'node-cron';
import type { Sequelize } from 'sequelize';
import { trafficHistoryJobs } from './traffic-history-jobs';

describe('trafficHistoryJobs', () => {
  const sequelize = {} as Sequelize;

  it('when built, then every roll-up and the pruning run exclusively on valid schedules', () => {
    const jobs = trafficHistoryJobs({ sequelize, env: {} });
    expect(jobs.map((job) => job.name)).toEqual([
      'roll-up-traffic-5m',
      'roll-up-traffic-1h',
      'roll-up-traffic-1d',
      'prune-traffic-history',
    ]);
    for (const job of jobs) {
      expect(job.exclusive).withContext(job.name).toBeTrue();
      expect(validate(job.cron)).withContext(job.cron).toBeTrue();
    }
  });

  it('when a retention variable is wrong, then building the table fails with its name', () => {
    expect(() => trafficHistoryJobs({ sequelize, env: { RETENTION_5M_DAYS: '0' } })).toThrowError(
      ConfigurationError,
      /RETENTION_5M_DAYS=0/,
    );
  });
});
