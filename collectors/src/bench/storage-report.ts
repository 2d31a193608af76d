import {
  TRAFFIC_RESOLUTIONS,
  TRAFFIC_RETENTION_VARIABLES,
  type TrafficResolution,
  type TrafficRetention,
} from '@extranet/database';
import {
  FULL_DEPTH_INTERFACES,
  interfaceFootprint,
  provinceFootprintBytes,
  type BytesPerRow,
} from './storage-budget';
import type { DailyRollupTiming, RollupTiming } from './storage-rollup-timing';
import type { TableSize } from './storage-tables';

/**
 * The stated budget for traffic history at full depth, data and indexes: a year of operation
 * with the default retention must fit, with room for the tables' growth between OPTIMIZEs.
 */
export const STORAGE_BUDGET_BYTES = 100 * 2 ** 30;

const GIB = 2 ** 30;
const MIB = 2 ** 20;
const YEAR_DAYS = 365;

export interface StorageBenchFigures {
  server: string;
  database: string;
  interfaces: number;
  retention: TrafficRetention;
  asWritten: Record<TrafficResolution, TableSize>;
  rebuilt: Record<TrafficResolution, TableSize>;
}

const perRow = (sizes: Record<TrafficResolution, TableSize>): BytesPerRow =>
  Object.fromEntries(
    TRAFFIC_RESOLUTIONS.map((resolution) => [resolution, sizes[resolution].bytesPerRow]),
  ) as BytesPerRow;

const pad = (text: string | number, width: number) => String(text).padStart(width);

/** The bench's printout: bytes per row, per interface-year and for the whole province. */
export function formatStorageReport(figures: StorageBenchFigures): string {
  const written = perRow(figures.asWritten);
  const rebuilt = perRow(figures.rebuilt);
  const lines = [
    `storage bench: ${figures.server}, database ${figures.database}, ` +
      `${figures.interfaces.toLocaleString('en')} interfaces`,
    '',
    'resolution  rows        bytes/row as written  bytes/row after OPTIMIZE',
    ...TRAFFIC_RESOLUTIONS.map(
      (resolution) =>
        `${resolution.padEnd(10)}  ${pad(figures.asWritten[resolution].rows.toLocaleString('en'), 10)}` +
        `  ${pad(written[resolution].toFixed(1), 20)}  ${pad(rebuilt[resolution].toFixed(1), 24)}`,
    ),
    '',
    `retention: ${TRAFFIC_RESOLUTIONS.map(
      (resolution) => `${TRAFFIC_RETENTION_VARIABLES[resolution]}=${figures.retention[resolution]}`,
    ).join(' ')}`,
  ];
  for (const group of FULL_DEPTH_INTERFACES) {
    const year = interfaceFootprint(
      written,
      figures.retention,
      group.pollIntervalSeconds,
      YEAR_DAYS,
    );
    lines.push(
      `per interface-year (${group.name}, as written): ` +
        TRAFFIC_RESOLUTIONS.map(
          (resolution) => `${resolution} ${(year.bytes[resolution] / MIB).toFixed(2)} MiB`,
        ).join(', ') +
        `; total ${(year.totalBytes / MIB).toFixed(2)} MiB`,
    );
  }
  const interfaces = FULL_DEPTH_INTERFACES.reduce((sum, group) => sum + group.interfaces, 0);
  const yearWritten = provinceFootprintBytes(written, figures.retention, YEAR_DAYS);
  const yearRebuilt = provinceFootprintBytes(rebuilt, figures.retention, YEAR_DAYS);
  const steady = provinceFootprintBytes(
    written,
    figures.retention,
    Math.max(...TRAFFIC_RESOLUTIONS.map((resolution) => figures.retention[resolution])),
  );
  lines.push(
    `full depth (${interfaces.toLocaleString('en')} member interfaces), one year: ` +
      `${(yearWritten / GIB).toFixed(1)} GiB as written, ${(yearRebuilt / GIB).toFixed(1)} GiB after OPTIMIZE`,
    `full depth, steady state (every retention full): ${(steady / GIB).toFixed(1)} GiB as written`,
    `budget: ${(STORAGE_BUDGET_BYTES / GIB).toFixed(0)} GiB for a year at full depth: ` +
      (yearWritten <= STORAGE_BUDGET_BYTES ? 'fits' : 'EXCEEDED'),
  );
  return lines.join('\n');
}

/** The roll-up cost lines: an hour of the whole province rolled at once. */
export function formatRollupTiming(timing: RollupTiming): string {
  return [
    `roll-up cost at full depth, one hour of raw samples (${timing.rawRows.toLocaleString('en')} rows):`,
    ...(['5m', '1h', '1d'] as const).map(
      (resolution) =>
        `  ${resolution}: ${timing.seconds[resolution].toFixed(1)} s, ` +
        `${timing.buckets[resolution].toLocaleString('en')} buckets written`,
    ),
    `  a run with nothing new: ${(timing.idleFiveMinuteSeconds * 1000).toFixed(0)} ms`,
  ].join('\n');
}

/** The daily roll-up line, scaled to the province. */
export function formatDailyRollupTiming(timing: DailyRollupTiming): string {
  const interfaces = FULL_DEPTH_INTERFACES.reduce((sum, group) => sum + group.interfaces, 0);
  const scaled = (timing.seconds * interfaces) / timing.interfaces;
  return (
    `daily roll-up of a whole day: ${timing.seconds.toFixed(1)} s for ` +
    `${timing.interfaces.toLocaleString('en')} interfaces ` +
    `(${timing.fiveMinuteRows.toLocaleString('en')} five-minute rows); ` +
    `≈ ${scaled.toFixed(0)} s for ${interfaces.toLocaleString('en')}`
  );
}
