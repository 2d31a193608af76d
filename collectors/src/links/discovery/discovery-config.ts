import { ConfigurationError } from '@extranet/database';
import type { WalkLimits } from './node-walk';

export interface DiscoveryConfig extends WalkLimits {
  /** When every polled node is walked again (node-cron; DISCOVERY_CRON). */
  dailyCron: string;
  /** Nodes walked at once (DISCOVERY_CONCURRENCY). */
  concurrency: number;
  /** Per-request timeout and retries, as the poller's (SNMP_TIMEOUT_MS, SNMP_RETRIES). */
  timeoutMs: number;
  retries: number;
}

export const DEFAULT_DISCOVERY_CONFIG: DiscoveryConfig = {
  // 02:41: after the audit purge window, away from the hour when other jobs pile up.
  dailyCron: '41 2 * * *',
  concurrency: 16,
  maxInterfaces: 4_096,
  walkTimeoutMs: 60_000,
  timeoutMs: 2_000,
  retries: 1,
};

/** Reads the discovery settings from the environment; a bad value stops the collector. */
export function readDiscoveryConfig(env: NodeJS.ProcessEnv): DiscoveryConfig {
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ConfigurationError(`${name}=${raw} must be a whole number from ${min} to ${max}`);
    }
    return value;
  };
  return {
    dailyCron: env.DISCOVERY_CRON?.trim() || DEFAULT_DISCOVERY_CONFIG.dailyCron,
    concurrency: integer('DISCOVERY_CONCURRENCY', DEFAULT_DISCOVERY_CONFIG.concurrency, 1, 256),
    maxInterfaces: integer(
      'DISCOVERY_MAX_INTERFACES',
      DEFAULT_DISCOVERY_CONFIG.maxInterfaces,
      16,
      1_000_000,
    ),
    walkTimeoutMs: integer(
      'DISCOVERY_WALK_TIMEOUT_MS',
      DEFAULT_DISCOVERY_CONFIG.walkTimeoutMs,
      1_000,
      3_600_000,
    ),
    timeoutMs: integer('SNMP_TIMEOUT_MS', DEFAULT_DISCOVERY_CONFIG.timeoutMs, 100, 60_000),
    retries: integer('SNMP_RETRIES', DEFAULT_DISCOVERY_CONFIG.retries, 0, 10),
  };
}
