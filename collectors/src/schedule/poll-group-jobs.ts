import type { PollCycleReport } from '../links/poll-cycle';
import type { CollectorJob } from './job-scheduler';
import type { PollGroup } from './poll-groups';

/** Job name of a poll group: `poll-uplinks-60s`, `poll-uplinks-300s`, `poll-uplinks-cron`. */
export const POLL_UPLINKS_JOB = 'poll-uplinks';

export function pollJobName(group: PollGroup): string {
  return `${POLL_UPLINKS_JOB}-${group.name}`;
}

/** What a poll job needs of the running collector (CollectorRuntime implements it). */
export interface PollGroupRunner {
  readonly groups: readonly PollGroup[];
  runGroup(group: PollGroup, tickAt: Date): Promise<PollCycleReport>;
  noteSkippedTick(group: PollGroup): void;
}

/**
 * One job per poll group, on the group's cron. Every collector runs them (not exclusive): each
 * polls the nodes of the partitions it leases. A tick that finds the group's previous cycle
 * still running is skipped and counted, never overlapped.
 */
export function pollGroupJobs(context: {
  runtime?: PollGroupRunner;
  onPollCycleFinished?: (report: PollCycleReport) => void;
}): CollectorJob[] {
  const runtime = context.runtime;
  if (!runtime) return [];
  return runtime.groups.map((group) => ({
    name: pollJobName(group),
    cron: group.cron,
    run: async (_logger, tick) => {
      const report = await runtime.runGroup(group, tick.at);
      context.onPollCycleFinished?.(report);
      return report;
    },
    onSkippedTick: () => runtime.noteSkippedTick(group),
  }));
}
