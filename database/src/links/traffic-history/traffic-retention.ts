import { ConfigurationError } from '../../config/configuration-error';
import { TRAFFIC_RESOLUTIONS, type TrafficResolution } from './traffic-resolutions';

/** Days each resolution is kept. */
export type TrafficRetention = Readonly<Record<TrafficResolution, number>>;

/**
 * Defaults sized by the storage budget in README (a year at full depth): raw samples for a week
 * (re-rolling late samples, the congestion window, the 1 h chart); five-minute roll-ups for 35
 * days, so a calendar month's 95th percentile of five-minute averages (the billing convention)
 * can still be computed; hours for a quarter; days for five years.
 */
export const DEFAULT_TRAFFIC_RETENTION: TrafficRetention = {
  raw: 7,
  '5m': 35,
  '1h': 100,
  '1d': 1830,
};

export const TRAFFIC_RETENTION_VARIABLES: Readonly<Record<TrafficResolution, string>> = {
  raw: 'RETENTION_RAW_DAYS',
  '5m': 'RETENTION_5M_DAYS',
  '1h': 'RETENTION_1H_DAYS',
  '1d': 'RETENTION_1D_DAYS',
};

/** A roll-up is computed from the resolution before it, which must still hold the bucket. */
const MIN_RETENTION_DAYS = 2;
const MAX_RETENTION_DAYS = 36_600;
const DAY_MS = 86_400_000;

/**
 * Reads RETENTION_RAW_DAYS, RETENTION_5M_DAYS, RETENTION_1H_DAYS and RETENTION_1D_DAYS. Each is
 * a whole number of days, at least 2 (the next roll-up reads the bucket back), and no finer
 * resolution may be kept longer than a coarser one (the chart falls back from fine to coarse).
 */
export function readTrafficRetention(
  env: Readonly<Record<string, string | undefined>>,
): TrafficRetention {
  const retention = { ...DEFAULT_TRAFFIC_RETENTION };
  for (const resolution of TRAFFIC_RESOLUTIONS) {
    const variable = TRAFFIC_RETENTION_VARIABLES[resolution];
    const text = env[variable]?.trim();
    if (text === undefined || text === '') continue;
    if (!/^\d+$/.test(text)) {
      throw new ConfigurationError(
        `${variable}="${text}" is not a whole number of days; e.g. ${variable}=${DEFAULT_TRAFFIC_RETENTION[resolution]}`,
      );
    }
    const days = Number(text);
    if (days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
      throw new ConfigurationError(
        `${variable}=${days} is out of range: keep ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS} days (the next roll-up reads the last day back)`,
      );
    }
    retention[resolution] = days;
  }
  for (let i = 1; i < TRAFFIC_RESOLUTIONS.length; i += 1) {
    const finer = TRAFFIC_RESOLUTIONS[i - 1]!;
    const coarser = TRAFFIC_RESOLUTIONS[i]!;
    if (retention[finer] > retention[coarser]) {
      throw new ConfigurationError(
        `${TRAFFIC_RETENTION_VARIABLES[finer]}=${retention[finer]} keeps ${finer} longer than ` +
          `${TRAFFIC_RETENTION_VARIABLES[coarser]}=${retention[coarser]} keeps ${coarser}; ` +
          `raise ${TRAFFIC_RETENTION_VARIABLES[coarser]} to at least ${retention[finer]}`,
      );
    }
  }
  return retention;
}

/** Oldest instant (epoch ms) a resolution still holds at `nowMs`: older rows are pruned. */
export function retentionCutoffMs(
  retention: TrafficRetention,
  resolution: TrafficResolution,
  nowMs: number,
): number {
  return nowMs - retention[resolution] * DAY_MS;
}
