import { fork } from 'node:child_process';
import { join } from 'node:path';
import { terminate } from '../testing/agent-process';
import type { CleanupStack } from './cleanup-stack';
import { childPids } from './process-cpu';

const SIMULATOR_SCRIPT = join(__dirname, '..', 'simulator', 'main.js');
/** Full depth binds ~28,700 agents in two shard processes: about 17 s here, when the cores are free. */
const READY_WITHIN_MS = 180_000;
const STOP_WITHIN_MS = 10_000;

/**
 * Forks the project's simulator as the launcher does. It reads the nodes from the bench
 * database and binds each agent on the node's own 127.20.x.y address and port as stored, so
 * the port is the one the bench seeded. Its control API gets a kernel-chosen port (0).
 */
export async function startSimulatorProcess(
  env: { databaseUrl: string; secretKey: string },
  cleanup: CleanupStack,
): Promise<{ agents: number; startupMs: number; pids: number[]; stop(): Promise<void> }> {
  const startedAt = performance.now();
  const child = cleanup.track(
    fork(SIMULATOR_SCRIPT, [], {
      env: {
        PATH: process.env['PATH'],
        DATABASE_URL: env.databaseUrl,
        EXTRANET_SECRET_KEY: env.secretKey,
        SIMULATOR_CONTROL_PORT: '0',
        LOG_LEVEL: 'warn',
      },
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  cleanup.defer('simulator', () => terminate(child, STOP_WITHIN_MS));
  const agents = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the simulator was not ready within ${READY_WITHIN_MS / 1000} s`)),
      READY_WITHIN_MS,
    );
    child.on('message', (message: { type?: string; agents?: number }) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message.agents ?? 0);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the simulator exited during start-up (${code ?? signal})`));
    });
  });
  const pid = child.pid ?? 0;
  return {
    agents,
    startupMs: performance.now() - startedAt,
    // The main process and its shard workers: what answering the collector costs.
    pids: [pid, ...(await childPids(pid))],
    stop: () => terminate(child, STOP_WITHIN_MS),
  };
}
