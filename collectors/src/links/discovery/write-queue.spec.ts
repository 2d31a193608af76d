import { WriteQueue } from './write-queue';

describe('WriteQueue', () => {
  it('when writes are queued together, then they run one at a time in order', async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    let running = 0;
    const write = (name: string, ms: number) =>
      queue.run(async () => {
        running += 1;
        expect(running).toBe(1);
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        running -= 1;
        return name;
      });
    const results = await Promise.all([write('a', 20), write('b', 1), write('c', 5)]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('when a write fails, then the caller sees it and the next write still runs', async () => {
    const queue = new WriteQueue();
    const failed = queue.run(() => Promise.reject(new Error('locked')));
    const next = queue.run(() => Promise.resolve('stored'));
    await expectAsync(failed).toBeRejectedWithError('locked');
    await expectAsync(next).toBeResolvedTo('stored');
  });
});
