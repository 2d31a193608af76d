import { ConfigurationError, readAuditRetentionDays } from '@extranet/database';
import { isIP } from 'node:net';
import { validate } from 'node-cron';
import { DEFAULT_POLL_CONCURRENCY } from './links/poll-cycle';
import { DEFAULT_SNMP_POLLER_OPTIONS } from './links/snmp-uplink-poller';
import type { MetricsListen } from './metrics/metrics-server';
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
  /** COLLECTOR_METRICS_HOST / _PORT: where GET /metrics is served; null when switched off. */
  metrics: MetricsListen | null;
}

export const DEFAULT_METRICS_LISTEN: MetricsListen = { host: '127.0.0.1', port: 16180 };

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
    metrics: readMetricsListen(env),
  };
}

function readMetricsListen(env: Env): MetricsListen | null {
  const rawPort = env['COLLECTOR_METRICS_PORT']?.trim().toLowerCase();
  if (rawPort === 'off' || rawPort === '0') {
    return null;
  }
  const host = env['COLLECTOR_METRICS_HOST']?.trim() || DEFAULT_METRICS_LISTEN.host;
  if (isIP(host) === 0 && host !== 'localhost') {
    throw new ConfigurationError(
      `COLLECTOR_METRICS_HOST="${host}" must be an IP address; ` +
        `e.g. COLLECTOR_METRICS_HOST=${DEFAULT_METRICS_LISTEN.host} (loopback only)`,
    );
  }
  const port = numberOf(env, 'COLLECTOR_METRICS_PORT', DEFAULT_METRICS_LISTEN.port, 1, 65_535);
  return { host, port };
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
