import type { PollCycleReport } from '../links/poll-cycle';
import { pollGroupJobs, type PollGroupRunner } from './poll-group-jobs';
import { DEFAULT_POLL_INTERVALS, pollGroupsOf, type PollGroup } from './poll-groups';

describe('poll group jobs', () => {
  it('when the collector has two poll groups, then the table has one non-exclusive job per group on its cron', async () => {
    const ran: [string, Date][] = [];
    const skipped: string[] = [];
    const runtime: PollGroupRunner = {
      groups: pollGroupsOf(DEFAULT_POLL_INTERVALS),
      runGroup: async (group: PollGroup, tickAt: Date) => {
        ran.push([group.name, tickAt]);
        return { pollGroup: group.name } as PollCycleReport;
      },
      noteSkippedTick: (group) => skipped.push(group.name),
    };
    const finished: PollCycleReport[] = [];
    const jobs = pollGroupJobs({ runtime, onPollCycleFinished: (report) => finished.push(report) });
    expect(jobs.map((job) => [job.name, job.cron, !!job.exclusive])).toEqual([
      ['poll-uplinks-60s', '0 * * * * *', false],
      ['poll-uplinks-300s', '0 */5 * * * *', false],
    ]);
    const tick = new Date('2026-11-23T08:05:00Z');
    await jobs[1].run(undefined as never, { at: tick });
    jobs[0].onSkippedTick?.();
    expect(ran).toEqual([['300s', tick]]);
    expect(finished.map((report) => report.pollGroup)).toEqual(['300s']);
    expect(skipped).toEqual(['60s']);
  });

  it('when there is no running collector (a tool using the table), then there are no poll jobs', () => {
    expect(pollGroupJobs({})).toEqual([]);
  });
});
