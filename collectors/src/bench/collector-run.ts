import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { terminate } from '../testing/agent-process';
import type { CleanupStack } from './cleanup-stack';
import type { CycleRun } from './cycle-figures';
import type { CycleRunRequest, CycleRunnerReply } from './cycle-runner';

const RUNNER_SCRIPT = join(__dirname, 'cycle-runner.js');

/**
 * Runs the collector's cycles in a fresh runner process and waits for its figures. With
 * `cpuProfileDir`, the runner writes a V8 CPU profile there (node --cpu-prof) when it exits.
 */
export async function measureCollectorCycles(
  request: Omit<CycleRunRequest, 'bufferDir'>,
  cleanup: CleanupStack,
  opts: { cpuProfileDir?: string } = {},
): Promise<CycleRun> {
  // Made and removed here: a runner stopped by Ctrl-C has no chance to remove it itself.
  const bufferDir = await mkdtemp(join(tmpdir(), 'extranet-bench-buffer-'));
  cleanup.defer('collector buffer dir', () => rm(bufferDir, { recursive: true, force: true }));
  const child = cleanup.track(
    fork(RUNNER_SCRIPT, [], {
      env: process.env,
      execArgv: opts.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', opts.cpuProfileDir] : [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  cleanup.defer(`collector runner (${request.label})`, () => terminate(child, 5_000));
  const reply = await new Promise<CycleRunnerReply>((resolve, reject) => {
    child.once('message', (message: CycleRunnerReply) => resolve(message));
    child.once('exit', (code, signal) =>
      reject(new Error(`the collector runner exited without figures (${code ?? signal})`)),
    );
    child.send({ ...request, bufferDir } satisfies CycleRunRequest);
  });
  // Let it exit by itself: a CPU profile is only written on a normal exit.
  await new Promise((resolve) =>
    child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
  );
  if (reply.type === 'failed') {
    throw new Error(`the collector runner failed: ${reply.message}`);
  }
  return reply.run;
}
