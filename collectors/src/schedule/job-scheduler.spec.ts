import { Writable } from 'node:stream';
import { createLogger } from '../logging/logger';
import { startSchedule } from './job-scheduler';

describe('startSchedule', () => {
  const lines: string[] = [];
  const logger = createLogger('scheduler-test', {
    level: 'info',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    }),
  });

  it('when a job is still running, then a second run is skipped rather than overlapping', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    let release: () => void = () => undefined;
    const schedule = startSchedule(
      [
        {
          name: 'slow',
          cron: '0 0 1 1 *', // never during the test: runs only when asked
          run: async () => {
            runs += 1;
            running += 1;
            maxRunning = Math.max(maxRunning, running);
            await new Promise<void>((resolve) => (release = resolve));
            running -= 1;
          },
        },
      ],
      logger,
    );
    const first = schedule.runNow('slow');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await schedule.runNow('slow')).toBeFalse();
    release();
    expect(await first).toBeTrue();
    expect(runs).toBe(1);
    expect(maxRunning).toBe(1);
    await schedule.stop();
  });

  it('when a job throws, then the failure is logged with the job name and the schedule lives on', async () => {
    const schedule = startSchedule(
      [{ name: 'broken', cron: '0 0 1 1 *', run: () => Promise.reject(new Error('boom')) }],
      logger,
    );
    expect(await schedule.runNow('broken')).toBeTrue();
    const failure = lines
      .map((line) => JSON.parse(line))
      .find((entry) => entry.msg === 'job failed');
    expect(failure).toEqual(jasmine.objectContaining({ job: 'broken' }));
    expect(await schedule.runNow('broken')).toBeTrue();
    await schedule.stop();
  });

  it('when a cron expression is invalid, then the schedule refuses to start', () => {
    expect(() =>
      startSchedule([{ name: 'bad', cron: 'every minute', run: async () => undefined }], logger),
    ).toThrowError(/invalid cron expression/);
  });
  it('when a tick finds the previous run still going, then the skipped tick is reported', async () => {
    let skipped = 0;
    let release: () => void = () => undefined;
    const schedule = startSchedule(
      [
        {
          name: 'cycle',
          cron: '0 0 1 1 *',
          run: () => new Promise<void>((resolve) => (release = resolve)),
          onSkippedTick: () => (skipped += 1),
        },
      ],
      logger,
    );
    const first = schedule.runNow('cycle');
    await new Promise((resolve) => setImmediate(resolve));
    await schedule.runNow('cycle');
    await schedule.runNow('cycle');
    release();
    await first;
    expect(skipped).toBe(2);
    await schedule.stop();
  });

  it('when a job is exclusive, then it runs only while this collector is the coordinator', async () => {
    let isCoordinator = false;
    let runs = 0;
    const schedule = startSchedule(
      [
        {
          name: 'rollup',
          cron: '0 0 1 1 *',
          exclusive: true,
          run: async () => {
            runs += 1;
          },
        },
        { name: 'everywhere', cron: '0 0 1 1 *', run: async () => undefined },
      ],
      logger,
      { isCoordinator: () => isCoordinator },
    );
    expect(await schedule.runNow('rollup')).toBeFalse();
    expect(await schedule.runNow('everywhere')).toBeTrue();
    isCoordinator = true;
    expect(await schedule.runNow('rollup')).toBeTrue();
    expect(runs).toBe(1);
    await schedule.stop();
  });

  it('when the job runs, then it is told the time its tick fired', async () => {
    let tickAt: Date | null = null;
    const schedule = startSchedule(
      [{ name: 'timed', cron: '0 0 1 1 *', run: async (_logger, tick) => (tickAt = tick.at) }],
      logger,
    );
    const before = Date.now();
    await schedule.runNow('timed');
    expect(tickAt!.getTime()).toBeGreaterThanOrEqual(before);
    await schedule.stop();
  });
});
