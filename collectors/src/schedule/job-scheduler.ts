import { createTask, validate, type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';

/** A background job: what runs, and when (node-cron syntax, seconds optional). */
export interface CollectorJob {
  name: string;
  cron: string;
  /**
   * Runs only on the collector holding the cluster's coordinator lease (roll-ups, retention,
   * alert evaluation, daily discovery: work that must happen once, not once per collector).
   */
  exclusive?: boolean;
  /** `tick.at`: when the schedule fired (a cycle's offsets and overrun count from it). */
  run(logger: Logger, tick: { at: Date }): Promise<unknown>;
  /** Told when a tick is skipped because the previous run still goes on (never overlapped). */
  onSkippedTick?(): void;
}

export interface ScheduleOptions {
  /** Whether this collector holds the coordinator lease now; without it, always true. */
  isCoordinator?: () => boolean;
}

export interface RunningSchedule {
  /** Runs a job at once, unless it is already running (then resolves false). */
  runNow(name: string): Promise<boolean>;
  /** Stops the timers and waits (up to graceMs) for runs in progress to finish. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts a declarative job table, Uptime Kuma style: one node-cron task per job, a child
 * logger named after it, and a guard against overlapping runs. node-cron's noOverlap only
 * covers runs it started itself, not execute(); the guard here covers both, so the first
 * cycle run at start-up and the first tick cannot poll twice at once.
 */
export function startSchedule(
  jobs: readonly CollectorJob[],
  logger: Logger,
  options: ScheduleOptions = {},
): RunningSchedule {
  const isCoordinator = options.isCoordinator ?? (() => true);
  for (const job of jobs) {
    if (!validate(job.cron)) {
      throw new Error(`Job ${job.name}: invalid cron expression "${job.cron}"`);
    }
  }
  const inFlight = new Map<string, Promise<void>>();
  const guarded = (job: CollectorJob): ((at?: Date) => Promise<boolean>) => {
    const jobLogger = logger.child({ job: job.name });
    return async (at = new Date()) => {
      if (job.exclusive && !isCoordinator()) {
        jobLogger.debug('exclusive job: another collector holds the coordinator lease');
        return false;
      }
      if (inFlight.has(job.name)) {
        jobLogger.warn('previous run still in progress; this run is skipped');
        job.onSkippedTick?.();
        return false;
      }
      const run = (async () => {
        const startedAt = performance.now();
        try {
          await job.run(jobLogger, { at });
        } catch (error) {
          jobLogger.error(
            { err: error, durationMs: Math.round(performance.now() - startedAt) },
            'job failed',
          );
        }
      })();
      inFlight.set(job.name, run);
      try {
        await run;
      } finally {
        inFlight.delete(job.name);
      }
      return true;
    };
  };

  const runners = new Map(jobs.map((job) => [job.name, guarded(job)]));
  const tasks: ScheduledTask[] = jobs.map((job) => {
    const runner = runners.get(job.name) as (at?: Date) => Promise<boolean>;
    // No noOverlap here: node-cron would drop an overlapping tick silently, and the guard
    // above must see it to count it.
    const task = createTask(job.cron, (context) => runner(context.date), { name: job.name });
    task.start();
    return task;
  });
  logger.info(
    { jobs: jobs.map((job) => ({ name: job.name, cron: job.cron, exclusive: !!job.exclusive })) },
    'schedule started',
  );

  return {
    runNow: async (name) => {
      const runner = runners.get(name);
      if (!runner) {
        throw new Error(`No job named ${name}`);
      }
      return runner();
    },
    stop: async (graceMs = 30_000) => {
      await Promise.all(tasks.map((task) => task.destroy()));
      const pending = [...inFlight.values()];
      if (pending.length > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.all(pending),
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, graceMs);
          }),
        ]);
        clearTimeout(timer);
      }
    },
  };
}
