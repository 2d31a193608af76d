import { ConfigurationError, readAuditRetentionDays } from '@extranet/database';
import { validate } from 'node-cron';
import { DEFAULT_POLL_CONCURRENCY } from './links/poll-cycle';
import { DEFAULT_SNMP_POLLER_OPTIONS } from './links/snmp-uplink-poller';
import { DEFAULT_CONGESTION_THRESHOLD } from './links/tier-evaluation';
import { DEFAULT_POLL_CRON } from './schedule/collector-jobs';

export interface CollectorConfig {
  pollCron: string;
  pollConcurrency: number;
  snmpTimeoutMs: number;
  snmpRetries: number;
  congestionThreshold: number;
  /** AUDIT_RETENTION_DAYS: audit events older than this are purged daily (never below 180). */
  auditRetentionDays: number;
}

type Env = Record<string, string | undefined>;

/** The collector's settings from its environment; a bad value stops start-up with a fix. */
export function readCollectorConfig(env: Env): CollectorConfig {
  const pollCron = env['POLL_CRON']?.trim() || DEFAULT_POLL_CRON;
  if (!validate(pollCron)) {
    throw new ConfigurationError(
      `POLL_CRON="${pollCron}" is not a cron expression; e.g. POLL_CRON="* * * * *" (every minute)`,
    );
  }
  return {
    pollCron,
    pollConcurrency: numberOf(env, 'POLL_CONCURRENCY', DEFAULT_POLL_CONCURRENCY, 1, 5_000),
    snmpTimeoutMs: numberOf(
      env,
      'SNMP_TIMEOUT_MS',
      DEFAULT_SNMP_POLLER_OPTIONS.timeoutMs,
      50,
      60_000,
    ),
    snmpRetries: numberOf(env, 'SNMP_RETRIES', DEFAULT_SNMP_POLLER_OPTIONS.retries, 0, 5),
    congestionThreshold: numberOf(
      env,
      'CONGESTION_THRESHOLD',
      DEFAULT_CONGESTION_THRESHOLD,
      0.1,
      1,
      false,
    ),
    auditRetentionDays: readAuditRetentionDays(env),
  };
}

function numberOf(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  isInteger = true,
): number {
  const raw = env[name]?.trim();
  if (!raw) {
    return fallback;
  }
  const parsed = Number(raw);
  if (
    !Number.isFinite(parsed) ||
    parsed < min ||
    parsed > max ||
    (isInteger && !Number.isInteger(parsed))
  ) {
    throw new ConfigurationError(
      `${name}="${raw}" must be ${isInteger ? 'an integer' : 'a number'} from ${min} to ${max}; ` +
        `e.g. ${name}=${fallback}`,
    );
  }
  return parsed;
}
