import {
  DEFAULT_TRAFFIC_RETENTION,
  ROLLUP_RESOLUTIONS,
  type RollupResolution,
} from '@extranet/database';
import type { Sequelize } from 'sequelize';
import { insertRows } from '../links/batched-writes';
import { rollUpTraffic } from '../links/rollups/traffic-rollup';
import { FULL_DEPTH_INTERFACES } from './storage-budget';

export interface RollupTiming {
  rawRows: number;
  seconds: Record<RollupResolution, number>;
  buckets: Record<RollupResolution, number>;
  /** A second 5-minute run with nothing new: what every run costs at least. */
  idleFiveMinuteSeconds: number;
}

export interface DailyRollupTiming {
  interfaces: number;
  fiveMinuteRows: number;
  seconds: number;
}

/**
 * Roll-up cost at full depth: an hour of raw samples for every member interface of the
 * province (1-minute and 5-minute poll classes, written a poll at a time as the collector
 * does), then each roll-up run once over it, as after an hour of downtime of the jobs.
 */
export async function timeRollupsAtFullDepth(
  sequelize: Sequelize,
  hourStartMs: number,
): Promise<RollupTiming> {
  let rawRows = 0;
  let firstId = 1;
  for (const group of FULL_DEPTH_INTERFACES) {
    const ids = Array.from({ length: group.interfaces }, (_, i) => firstId + i);
    firstId += group.interfaces;
    for (let at = group.pollIntervalSeconds; at <= 3600; at += group.pollIntervalSeconds) {
      const sampledAt = new Date(hourStartMs + at * 1000 - 13_000);
      await insertRows(
        sequelize,
        'interface_samples',
        ids.map((id) => ({
          interface_id: id,
          sampled_at: sampledAt,
          interval_ms: group.pollIntervalSeconds * 1000,
          in_bps: (id * 7919 + at) % 2_000_000_000,
          out_bps: (id * 104_729 + at) % 2_000_000_000,
          oper_status: 1,
        })),
        null,
      );
      rawRows += ids.length;
    }
  }
  const seconds = {} as Record<RollupResolution, number>;
  const buckets = {} as Record<RollupResolution, number>;
  const nowMs = hourStartMs + 2 * 3_600_000;
  for (const resolution of ROLLUP_RESOLUTIONS) {
    const report = await rollUpTraffic(sequelize, {
      resolution,
      retention: DEFAULT_TRAFFIC_RETENTION,
      nowMs,
      settleMs: 0,
    });
    seconds[resolution] = report.durationMs / 1000;
    buckets[resolution] = report.bucketsWritten;
  }
  const idle = await rollUpTraffic(sequelize, {
    resolution: '5m',
    retention: DEFAULT_TRAFFIC_RETENTION,
    nowMs,
    settleMs: 0,
  });
  return { rawRows, seconds, buckets, idleFiveMinuteSeconds: idle.durationMs / 1000 };
}

/**
 * The daily roll-up over a whole day: every five-minute bucket of `interfaces` interfaces (a
 * day at full depth would take days to write here), each touched by one raw sample, as the
 * 00:35 run finds them. Scale the time by 57,380 / interfaces for the province.
 */
export async function timeDailyRollup(
  sequelize: Sequelize,
  dayStartMs: number,
  interfaces: number,
): Promise<DailyRollupTiming> {
  const ids = Array.from({ length: interfaces }, (_, i) => i + 1);
  for (let bucket = 0; bucket < 288; bucket += 1) {
    const average = 1_000_000 + bucket * 1000;
    await insertRows(
      sequelize,
      'traffic_rollups_5m',
      ids.map((id) => ({
        bucket_start: (dayStartMs + bucket * 300_000) / 1000,
        interface_id: id,
        covered_ms: 300_000,
        in_avg_bps: average + id,
        in_max_bps: average * 2,
        in_p95_bps: average + id,
        out_avg_bps: average,
        out_max_bps: average * 2,
        out_p95_bps: average,
      })),
      null,
    );
  }
  await insertRows(
    sequelize,
    'interface_samples',
    ids.map((id) => ({
      interface_id: id,
      sampled_at: new Date(dayStartMs + 3_600_000),
      interval_ms: 300_000,
      in_bps: 1,
      out_bps: 1,
      oper_status: 1,
    })),
    null,
  );
  // The five-minute buckets above stand for what the 5-minute roll-up made of the samples.
  await sequelize.query(
    `UPDATE traffic_rollup_progress SET rolled_through_id = (SELECT MAX(id) FROM interface_samples)
      WHERE resolution = '5m'`,
  );
  const report = await rollUpTraffic(sequelize, {
    resolution: '1d',
    retention: DEFAULT_TRAFFIC_RETENTION,
    nowMs: dayStartMs + 2 * 86_400_000,
    settleMs: 0,
  });
  return { interfaces, fiveMinuteRows: interfaces * 288, seconds: report.durationMs / 1000 };
}
