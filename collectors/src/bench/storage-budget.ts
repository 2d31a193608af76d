import {
  ROLLUP_BUCKET_MS,
  TRAFFIC_RESOLUTIONS,
  type TrafficResolution,
  type TrafficRetention,
} from '@extranet/database';

const DAY_MS = 86_400_000;

/** A class of member interfaces polled at the same interval (the runtime's poll groups). */
export interface InterfaceClass {
  name: string;
  interfaces: number;
  pollIntervalSeconds: number;
}

/**
 * Member interfaces at full depth: two circuits per uplink. Township level and above (17 city
 * units, 101 counties, 1,475 townships, 40 provincial departments) are polled every minute;
 * the 27,057 villages every five minutes (the runtime's default per-level intervals).
 */
export const FULL_DEPTH_INTERFACES: readonly InterfaceClass[] = [
  {
    name: 'township and above, 1 min',
    interfaces: 2 * (17 + 101 + 1_475 + 40),
    pollIntervalSeconds: 60,
  },
  { name: 'villages, 5 min', interfaces: 2 * 27_057, pollIntervalSeconds: 300 },
];

/** Rows one interface adds per day at a resolution. */
export function rowsPerDay(resolution: TrafficResolution, pollIntervalSeconds: number): number {
  return resolution === 'raw'
    ? 86_400 / pollIntervalSeconds
    : DAY_MS / ROLLUP_BUCKET_MS[resolution];
}

/**
 * Rows one interface holds at a resolution after `days` of operation: what retention keeps,
 * or everything so far while the system is younger than the retention.
 */
export function rowsHeld(
  resolution: TrafficResolution,
  pollIntervalSeconds: number,
  retention: TrafficRetention,
  days: number,
): number {
  return rowsPerDay(resolution, pollIntervalSeconds) * Math.min(days, retention[resolution]);
}

export type BytesPerRow = Record<TrafficResolution, number>;

export interface InterfaceFootprint {
  rows: Record<TrafficResolution, number>;
  bytes: Record<TrafficResolution, number>;
  totalBytes: number;
}

/** What one interface occupies after `days` of operation (data + indexes). */
export function interfaceFootprint(
  bytesPerRow: BytesPerRow,
  retention: TrafficRetention,
  pollIntervalSeconds: number,
  days: number,
): InterfaceFootprint {
  const rows = {} as Record<TrafficResolution, number>;
  const bytes = {} as Record<TrafficResolution, number>;
  for (const resolution of TRAFFIC_RESOLUTIONS) {
    rows[resolution] = rowsHeld(resolution, pollIntervalSeconds, retention, days);
    bytes[resolution] = rows[resolution] * bytesPerRow[resolution];
  }
  const totalBytes = TRAFFIC_RESOLUTIONS.reduce((sum, resolution) => sum + bytes[resolution], 0);
  return { rows, bytes, totalBytes };
}

/** Total history of every member interface of the province after `days`. */
export function provinceFootprintBytes(
  bytesPerRow: BytesPerRow,
  retention: TrafficRetention,
  days: number,
  classes: readonly InterfaceClass[] = FULL_DEPTH_INTERFACES,
): number {
  return classes.reduce(
    (sum, group) =>
      sum +
      group.interfaces *
        interfaceFootprint(bytesPerRow, retention, group.pollIntervalSeconds, days).totalBytes,
    0,
  );
}
