import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CleanupStack } from './cleanup-stack';

describe('CleanupStack', () => {
  it('when run, then steps run in reverse order, once, and a failing step does not stop the rest', async () => {
    const stack = new CleanupStack();
    const ran: string[] = [];
    stack.defer('first', async () => {
      ran.push('first');
    });
    stack.defer('broken', async () => {
      throw new Error('port still bound');
    });
    stack.defer('last', async () => {
      ran.push('last');
    });

    const failures = await stack.runAll();
    await stack.runAll();

    expect(ran).toEqual(['last', 'first']);
    expect(failures).toEqual(['broken: port still bound']);
  });

  it('when the bench dies of an uncaught error, then its tracked children are killed too', async () => {
    // A throwaway bench process: tracks a long sleeper, prints its pid, then crashes.
    const script = `
      const { spawn } = require('node:child_process');
      const { CleanupStack } = require(${JSON.stringify(require.resolve('./cleanup-stack'))});
      const stack = new CleanupStack();
      const sleeper = stack.track(spawn('sleep', ['30'], { stdio: 'ignore' }));
      console.log(sleeper.pid);
      setTimeout(() => { throw new Error('bench crashed'); }, 50);
    `;
    const bench = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    bench.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise((resolve) => bench.once('exit', resolve));
    const sleeperPid = Number(output.trim());

    expect(sleeperPid).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isAlive(sleeperPid)).toBeFalse();
  });
});

/** Running, sleeping or stopped; a zombie waiting for init to reap it has been killed. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
