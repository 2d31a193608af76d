import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeUdpPort, terminate, waitUntilAnswering } from '../testing/agent-process';
import type { CleanupStack } from './cleanup-stack';
import { answersSysUpTime } from './snmp-probe';
import { snmpdConfig, type SnmpdAgentSpec } from './snmpd-config';

const SNMPD_PATH = '/usr/sbin/snmpd';
const HOST = '127.0.0.1';
const READY_WITHIN_MS = 15_000;
const STOP_WITHIN_MS = 3_000;

/**
 * Starts `count` Net-SNMP snmpd processes on free loopback ports, each with its own random
 * read-only community and its own temp dir (config, log, persistent state): no system file is
 * read and nothing listens beyond 127.0.0.1. The cleanup stack stops them and removes the dir.
 */
export async function startSnmpdFleet(
  count: number,
  cleanup: CleanupStack,
): Promise<{ agents: SnmpdAgentSpec[]; pids: number[] }> {
  if (!existsSync(SNMPD_PATH)) {
    throw new Error(`${SNMPD_PATH} is missing: install Net-SNMP with \`apt-get install snmpd\``);
  }
  const directory = await mkdtemp(join(tmpdir(), 'extranet-bench-snmpd-'));
  cleanup.defer('snmpd temp dir', () => rm(directory, { recursive: true, force: true }));
  const agents: SnmpdAgentSpec[] = [];
  const pids: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = await startOne(directory, index, cleanup);
    agents.push(started.agent);
    pids.push(started.pid);
  }
  return { agents, pids };
}

async function startOne(
  directory: string,
  index: number,
  cleanup: CleanupStack,
): Promise<{ agent: SnmpdAgentSpec; pid: number }> {
  const agent: SnmpdAgentSpec = {
    host: HOST,
    port: await freeUdpPort(HOST),
    community: randomBytes(12).toString('hex'),
  };
  const configPath = join(directory, `snmpd-${index}.conf`);
  const logPath = join(directory, `snmpd-${index}.log`);
  const stateDir = join(directory, `state-${index}`);
  await writeFile(configPath, snmpdConfig(agent), { mode: 0o600 });
  // -f foreground, -C no default config files, -Lf log file, -I -smux: no SMUX listener on TCP 199.
  const child = cleanup.track(
    spawn(SNMPD_PATH, ['-f', '-C', '-c', configPath, '-Lf', logPath, '-I', '-smux'], {
      env: { PATH: '/usr/bin:/bin', SNMP_PERSISTENT_DIR: stateDir, MIBDIRS: directory, MIBS: '' },
      stdio: 'ignore',
    }),
  );
  cleanup.defer(`snmpd ${agent.host}:${agent.port}`, () => terminate(child, STOP_WITHIN_MS));
  try {
    await waitUntilAnswering(child, 'snmpd', () => answersSysUpTime(agent), {
      withinMs: READY_WITHIN_MS,
      retryEveryMs: 100,
    });
  } catch (error) {
    const log = await readFile(logPath, 'utf8').catch(() => '(no log)');
    throw new Error(
      `snmpd did not start on ${agent.host}:${agent.port}: ${(error as Error).message}\n${log}`,
    );
  }
  return { agent, pid: child.pid ?? 0 };
}
