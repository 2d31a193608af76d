import { spawn } from 'node:child_process';
import { childPids, cpuMsFromProcStat, processesCpuMs } from './process-cpu';

describe('process CPU', () => {
  it('when the command name holds spaces and parentheses, then utime and stime are still found', () => {
    const stat =
      '4242 (node (bench) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 130 0 0 20 0 11 0 123 0 0';
    expect(cpuMsFromProcStat(stat)).toBe(3_800);
  });

  it('when asked about this process and a gone one, then it counts this one and 0 for the other', async () => {
    const busyUntil = Date.now() + 50;
    while (Date.now() < busyUntil) {
      // burn a little CPU so the figure is above zero
    }
    expect(await processesCpuMs([process.pid, 2 ** 22 + 1])).toBeGreaterThan(0);
  });

  it('when this process has a child, then childPids lists it', async () => {
    const child = spawn('sleep', ['5'], { stdio: 'ignore' });
    try {
      expect(await childPids(process.pid)).toContain(child.pid as number);
    } finally {
      child.kill();
    }
  });
});
