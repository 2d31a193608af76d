import { AuditChainKey, ConfigurationError } from '@extranet/database';
import { randomBytes } from 'node:crypto';
import { validate } from 'node-cron';
import type { Sequelize } from 'sequelize';
import { readCollectorConfig } from '../collector-config';
import type { CommunityOpener } from '../links/community-opener';
import type { UplinkPoller } from '../links/snmp-uplink-poller';
import { PURGE_AUDIT_EVENTS_JOB, collectorJobs } from './collector-jobs';

describe('the collector job table and audit retention', () => {
  const context = {
    sequelize: {} as Sequelize,
    secrets: {} as CommunityOpener,
    poller: {} as UplinkPoller,
  };

  it('when audit retention is configured, then a daily purge job joins the table', () => {
    const jobs = collectorJobs({
      ...context,
      auditRetention: { retentionDays: 365, key: new AuditChainKey(randomBytes(32)) },
    });
    const purge = jobs.find((job) => job.name === PURGE_AUDIT_EVENTS_JOB)!;
    expect(validate(purge.cron)).toBeTrue();
    expect(purge.cron.split(' ').slice(2)).toEqual(['*', '*', '*']);
    expect(collectorJobs(context).map((job) => job.name)).not.toContain(PURGE_AUDIT_EVENTS_JOB);
  });

  it('when AUDIT_RETENTION_DAYS is below 180, then the collector refuses to start', () => {
    expect(readCollectorConfig({}).auditRetentionDays).toBe(180);
    expect(readCollectorConfig({ AUDIT_RETENTION_DAYS: '400' }).auditRetentionDays).toBe(400);
    expect(() => readCollectorConfig({ AUDIT_RETENTION_DAYS: '90' })).toThrowError(
      ConfigurationError,
      /at least 180 days/,
    );
  });
});
