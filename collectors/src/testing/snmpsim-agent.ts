import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeUdpPort, terminate, waitUntilAnswering } from './agent-process';

/** Debian's snmpsim (SNMP Agent Simulator) serving .snmprec files on loopback, for specs. */
export interface SnmpsimAgent {
  host: string;
  port: number;
  /** Stops the agent and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

export const SNMPSIMD_PATH = '/usr/bin/snmpsimd';
const HOST = '127.0.0.1';
const READY_WITHIN_MS = 15_000;
const STOP_WITHIN_MS = 3_000;

/**
 * Starts snmpsimd on a free loopback port with `files` (community → .snmprec text) as its
 * data. snmpsimd refuses to run as root unless told to drop to an unprivileged user, so the
 * directory is world-readable and the index cache world-writable.
 */
export async function startSnmpsimAgent(
  files: Record<string, string>,
  isAnswering: (host: string, port: number) => Promise<unknown>,
): Promise<SnmpsimAgent> {
  if (!existsSync(SNMPSIMD_PATH)) {
    // A failure, not a skip: the project counts skipped tests as failures.
    throw new Error(`${SNMPSIMD_PATH} is missing: install it with \`apt-get install snmpsim\``);
  }
  const directory = await mkdtemp(join(tmpdir(), 'extranet-snmpsim-'));
  const dataDir = join(directory, 'data');
  const cacheDir = join(directory, 'cache');
  await mkdir(dataDir);
  await mkdir(cacheDir);
  for (const [community, text] of Object.entries(files)) {
    await writeFile(join(dataDir, `${community}.snmprec`), text, { mode: 0o644 });
  }
  await chmod(directory, 0o755);
  await chmod(dataDir, 0o755);
  await chmod(cacheDir, 0o777);
  const port = await freeUdpPort(HOST);
  const args = [
    `--data-dir=${dataDir}`,
    `--cache-dir=${cacheDir}`,
    `--agent-udpv4-endpoint=${HOST}:${port}`,
    '--logging-method=stderr',
    ...(process.getuid?.() === 0 ? ['--process-user=nobody', '--process-group=nogroup'] : []),
  ];
  const child = spawn(SNMPSIMD_PATH, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    // snmpsim looks for variation modules under $HOME: point it at our directory.
    env: { PATH: '/usr/bin:/bin', HOME: directory },
  });
  // Kept for the start-up error only; snmpsimd logs every request, so only the tail is kept.
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-4_000);
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      await terminate(child, STOP_WITHIN_MS);
      await rm(directory, { recursive: true, force: true });
    })();
    return stopped;
  };
  try {
    await waitUntilAnswering(child, 'snmpsimd', () => isAnswering(HOST, port), {
      withinMs: READY_WITHIN_MS,
      retryEveryMs: 200,
    });
  } catch (error) {
    await stop();
    throw new Error(
      `snmpsimd did not start on ${HOST}:${port}: ${(error as Error).message}\n${log}`,
    );
  }
  return { host: HOST, port, stop };
}
