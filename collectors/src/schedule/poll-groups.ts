import { ConfigurationError, UnitLevel } from '@extranet/database';
import { createTask } from 'node-cron';

/** Poll interval per level of the polled node, seconds. */
export type PollIntervals = Record<UnitLevel, number>;

/**
 * The provincial plan's levels down to townships are polled every minute; villages, 27,057 of
 * them on small links, every five. The province node (no uplink of its own) follows the cities.
 */
export const DEFAULT_POLL_INTERVALS: Readonly<PollIntervals> = {
  province: 60,
  city: 60,
  county: 60,
  township: 60,
  village: 300,
  department: 60,
};

/** Intervals a cron expression can keep exactly: whole divisions of a minute or an hour. */
const SECOND_INTERVALS = [10, 15, 20, 30];
const MINUTE_INTERVALS = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60];
export const SUPPORTED_INTERVAL_SECONDS: readonly number[] = [
  ...SECOND_INTERVALS,
  ...MINUTE_INTERVALS.map((minutes) => minutes * 60),
];

/** The nodes polled on one schedule: every level that shares an interval. */
export interface PollGroup {
  /** e.g. `60s`; `cron` when POLL_CRON overrides every interval. */
  name: string;
  intervalSeconds: number;
  cron: string;
  levels: UnitLevel[];
}

/**
 * POLL_INTERVALS, e.g. `city:60,county:60,township:60,village:300,department:60`: levels not
 * named keep their default. Throws a ConfigurationError naming the bad entry and the fix.
 */
export function parsePollIntervals(raw: string | undefined): PollIntervals {
  const intervals: PollIntervals = { ...DEFAULT_POLL_INTERVALS };
  if (!raw?.trim()) return intervals;
  const levels = Object.keys(DEFAULT_POLL_INTERVALS);
  const example = 'e.g. POLL_INTERVALS=city:60,county:60,township:60,village:300,department:60';
  for (const entry of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([a-z]+)\s*[:=]\s*(\d+)$/.exec(entry);
    if (!match || !levels.includes(match[1])) {
      throw new ConfigurationError(
        `POLL_INTERVALS entry "${entry}" must be <level>:<seconds> with a level among ` +
          `${levels.join(', ')}; ${example}`,
      );
    }
    const seconds = Number(match[2]);
    if (!SUPPORTED_INTERVAL_SECONDS.includes(seconds)) {
      throw new ConfigurationError(
        `POLL_INTERVALS entry "${entry}": ${seconds} s cannot be kept exactly by a schedule; ` +
          `use one of ${SUPPORTED_INTERVAL_SECONDS.join(', ')} seconds`,
      );
    }
    intervals[match[1] as UnitLevel] = seconds;
  }
  return intervals;
}

/** The cron expression that fires at every multiple of the interval: 60 → `0 * * * * *`. */
export function cronForInterval(seconds: number): string {
  if (SECOND_INTERVALS.includes(seconds)) return `*/${seconds} * * * * *`;
  const minutes = seconds / 60;
  if (!MINUTE_INTERVALS.includes(minutes)) {
    throw new RangeError(`${seconds} s is not a supported poll interval`);
  }
  if (minutes === 60) return '0 0 * * * *';
  return minutes === 1 ? '0 * * * * *' : `0 */${minutes} * * * *`;
}

/**
 * The shortest gap between the next runs of a cron expression, seconds: the period a POLL_CRON
 * override polls at, for the spread and the overrun measure.
 */
export function cronPeriodSeconds(cron: string): number {
  const task = createTask(cron, () => undefined);
  try {
    const runs = task.getNextRuns(6).map((date) => date.getTime());
    let shortest = Number.POSITIVE_INFINITY;
    for (let index = 1; index < runs.length; index += 1) {
      shortest = Math.min(shortest, runs[index] - runs[index - 1]);
    }
    return Number.isFinite(shortest) ? Math.max(1, Math.round(shortest / 1_000)) : 60;
  } finally {
    void task.destroy();
  }
}

/**
 * One group per distinct interval, shortest first. A POLL_CRON override (demos, e2e) puts every
 * level in one group on that schedule.
 */
export function pollGroupsOf(intervals: PollIntervals, cronOverride?: string): PollGroup[] {
  const allLevels = Object.keys(intervals) as UnitLevel[];
  if (cronOverride) {
    return [
      {
        name: 'cron',
        intervalSeconds: cronPeriodSeconds(cronOverride),
        cron: cronOverride,
        levels: allLevels,
      },
    ];
  }
  const byInterval = new Map<number, UnitLevel[]>();
  for (const level of allLevels) {
    const list = byInterval.get(intervals[level]) ?? [];
    list.push(level);
    byInterval.set(intervals[level], list);
  }
  return [...byInterval.entries()]
    .sort(([a], [b]) => a - b)
    .map(([intervalSeconds, levels]) => ({
      name: `${intervalSeconds}s`,
      intervalSeconds,
      cron: cronForInterval(intervalSeconds),
      levels,
    }));
}
