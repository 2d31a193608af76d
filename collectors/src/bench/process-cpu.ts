import { readFile } from 'node:fs/promises';

/** Linux reports /proc/<pid>/stat times in USER_HZ, 100 per second on x86-64 and arm64. */
const CLOCK_TICKS_PER_SECOND = 100;

/** utime + stime of a process so far, from the fields after its command name in /proc/<pid>/stat. */
export function cpuMsFromProcStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1_000) / CLOCK_TICKS_PER_SECOND;
}

/** CPU time used so far by all the given processes; one that is gone counts as 0. */
export async function processesCpuMs(pids: readonly number[]): Promise<number> {
  const times = await Promise.all(
    pids.map((pid) => readFile(`/proc/${pid}/stat`, 'utf8').then(cpuMsFromProcStat, () => 0)),
  );
  return times.reduce((sum, ms) => sum + ms, 0);
}

/** The direct children of a process (the simulator's shard workers). */
export async function childPids(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text
    .split(' ')
    .filter((word) => word.trim() !== '')
    .map(Number);
}
