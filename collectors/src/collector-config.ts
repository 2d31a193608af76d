import { ConfigurationError, readAuditRetentionDays, resolveDataDir } from '@extranet/database';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { validate } from 'node-cron';
import { DEFAULT_CONGESTION_WINDOW_MINUTES } from './links/congestion-window';
import { DEFAULT_UNREACHABLE_AFTER } from './links/node-reachability';
import { DEFAULT_POLL_CONCURRENCY } from './links/poll-cycle';
import { DEFAULT_SNMP_POLLER_OPTIONS } from './links/snmp-uplink-poller';
import type { MetricsListen } from './metrics/metrics-server';
import { DEFAULT_CONGESTION_THRESHOLD } from './links/tier-evaluation';
import { parsePollIntervals, pollGroupsOf, type PollGroup } from './schedule/poll-groups';
import { DEFAULT_POLL_SPREAD } from './schedule/poll-spread';

export interface CollectorConfig {
  /** POLL_CRON: an override of every poll interval (demos, e2e); null when not set. */
  pollCron: string | null;
  /** One group per distinct interval of POLL_INTERVALS, or the single POLL_CRON group. */
  pollGroups: PollGroup[];
  /** POLL_SPREAD: share of the interval the polls of a group are spread over. */
  pollSpread: number;
  /** POLL_UNREACHABLE_AFTER: failed polls in a row that make a node unreachable. */
  unreachableAfter: number;
  congestionWindowMinutes: number;
  /** COLLECTOR_ID: unique per running collector process. */
  collectorId: string;
  /** COLLECTOR_PARTITIONS: the nodes are shared in this many partitions (node id mod P). */
  partitions: number;
  /** COLLECTOR_LEASE_SECONDS: a collector silent for this long loses its partitions. */
  leaseSeconds: number;
  bufferDir: string;
  bufferMaxBytes: number;
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

export const DEFAULT_COLLECTOR_PARTITIONS = 16;
export const DEFAULT_BUFFER_MAX_MB = 512;

/** The collector's settings from its environment; a bad value stops start-up with a fix. */
export function readCollectorConfig(env: Env): CollectorConfig {
  const pollCron = env['POLL_CRON']?.trim() || null;
  if (pollCron !== null && !validate(pollCron)) {
    throw new ConfigurationError(
      `POLL_CRON="${pollCron}" is not a cron expression; e.g. POLL_CRON="*/10 * * * * *" ` +
        '(every 10 s), or unset it to poll by POLL_INTERVALS',
    );
  }
  const pollGroups = pollGroupsOf(parsePollIntervals(env['POLL_INTERVALS']), pollCron ?? undefined);
  const shortestInterval = Math.min(...pollGroups.map((group) => group.intervalSeconds));
  return {
    pollCron,
    pollGroups,
    pollSpread: numberOf(env, 'POLL_SPREAD', DEFAULT_POLL_SPREAD, 0, 0.9, false),
    unreachableAfter: numberOf(env, 'POLL_UNREACHABLE_AFTER', DEFAULT_UNREACHABLE_AFTER, 1, 100),
    congestionWindowMinutes: numberOf(
      env,
      'CONGESTION_WINDOW_MINUTES',
      DEFAULT_CONGESTION_WINDOW_MINUTES,
      1,
      1_440,
    ),
    collectorId: collectorIdOf(env),
    partitions: numberOf(env, 'COLLECTOR_PARTITIONS', DEFAULT_COLLECTOR_PARTITIONS, 1, 1_024),
    // Half the shortest interval (5–30 s): a stopped collector's nodes are polled again by
    // the others within lease + a third of it (the heartbeat) + one interval < 2 intervals.
    leaseSeconds: numberOf(
      env,
      'COLLECTOR_LEASE_SECONDS',
      Math.max(5, Math.min(30, Math.floor(shortestInterval / 2))),
      3,
      3_600,
    ),
    bufferDir:
      env['COLLECTOR_BUFFER_DIR']?.trim() ||
      join(resolveDataDir(env['EXTRANET_DATA_DIR']), 'collector-buffer'),
    bufferMaxBytes:
      numberOf(env, 'COLLECTOR_BUFFER_MAX_MB', DEFAULT_BUFFER_MAX_MB, 1, 1_048_576) * 1024 * 1024,
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

function collectorIdOf(env: Env): string {
  const id = env['COLLECTOR_ID']?.trim() || `${hostname()}-${process.pid}`;
  if (id.length > 64 || !/^[\w.@:-]+$/.test(id)) {
    throw new ConfigurationError(
      `COLLECTOR_ID="${id}" must be 1–64 letters, digits or ._@:- ; e.g. COLLECTOR_ID=collector-a`,
    );
  }
  return id;
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
