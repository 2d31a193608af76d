import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeUdpPort, terminate, waitUntilAnswering } from './agent-process';

/**
 * Debian's Net-SNMP `snmpd`, started for integration specs as an agent nobody here wrote. It
 * listens on one loopback UDP port only, answers one random read-only community from
 * 127.0.0.1, and reads no system configuration: every file it touches lives in a temp dir.
 */
export interface NetSnmpAgent {
  readonly host: string;
  readonly port: number;
  readonly community: string;
  /** Values as Net-SNMP's own `snmpget` prints them (numeric, no MIBs loaded), one per OID. */
  snmpget(oids: readonly string[], community?: string): Promise<string[]>;
  /** Stops snmpd and removes its directory; safe to call twice. */
  stop(): Promise<void>;
}

export const SNMPD_PATH = '/usr/sbin/snmpd';
const SNMPGET_PATH = '/usr/bin/snmpget';
const HOST = '127.0.0.1';
const SYS_UPTIME_INSTANCE = '1.3.6.1.2.1.1.3.0';
const READY_WITHIN_MS = 10_000;
const STOP_WITHIN_MS = 3_000;

export async function startNetSnmpAgent(): Promise<NetSnmpAgent> {
  for (const path of [SNMPD_PATH, SNMPGET_PATH]) {
    if (!existsSync(path)) {
      // Deliberately a failure, not a skip: the project counts skipped tests as failures.
      throw new Error(
        `${path} is missing: install Net-SNMP with \`apt-get install snmpd snmp\` ` +
          '(.ci/run installs them) to run the specs against a real snmpd',
      );
    }
  }
  const directory = await mkdtemp(join(tmpdir(), 'extranet-snmpd-'));
  const port = await freeUdpPort(HOST);
  const community = randomBytes(12).toString('hex');
  const configPath = join(directory, 'snmpd.conf');
  const logPath = join(directory, 'snmpd.log');
  await writeFile(
    configPath,
    [
      `agentAddress udp:${HOST}:${port}`,
      `rocommunity ${community} ${HOST}`,
      'master no', // no AgentX socket
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  const environment = clientEnvironment(directory);
  // -f foreground, -C no default config files, -Lf log to our file, -I -smux: no SMUX on TCP 199.
  const child = spawn(SNMPD_PATH, ['-f', '-C', '-c', configPath, '-Lf', logPath, '-I', '-smux'], {
    env: environment,
    stdio: 'ignore',
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const snmpget = (oids: readonly string[], asCommunity = community, timeoutS = 1) =>
    runSnmpget(environment, port, asCommunity, oids, timeoutS);
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
    await waitUntilAnswering(child, 'snmpd', () => snmpget([SYS_UPTIME_INSTANCE], community, 0.2), {
      withinMs: READY_WITHIN_MS,
      retryEveryMs: 100,
    });
  } catch (error) {
    const log = await readFile(logPath, 'utf8').catch(() => '(no log)');
    await stop();
    throw new Error(`snmpd did not start on ${HOST}:${port}: ${(error as Error).message}\n${log}`);
  }
  return { host: HOST, port, community, snmpget: (oids, as) => snmpget(oids, as), stop };
}

/** The client tools read no ~/.snmp or /etc/snmp files and load no MIBs either. */
function clientEnvironment(directory: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    SNMPCONFPATH: directory,
    SNMP_PERSISTENT_DIR: directory,
    MIBDIRS: directory,
    MIBS: '',
    HOME: directory,
  };
}

function runSnmpget(
  env: NodeJS.ProcessEnv,
  port: number,
  community: string,
  oids: readonly string[],
  timeoutS: number,
): Promise<string[]> {
  // -Oqvn: values only, numeric; -Ot: TimeTicks as a plain number; -Oe: enums as numbers.
  const args = ['-m', '', '-v2c', '-c', community, '-Oqvnte', '-t', String(timeoutS), '-r', '0'];
  return new Promise((resolve, reject) => {
    execFile(SNMPGET_PATH, [...args, `${HOST}:${port}`, ...oids], { env }, (error, stdout) => {
      if (error) {
        // The command line carries the community: report the exit status only.
        reject(new Error(`snmpget exited with ${String(error.code ?? error.signal)}`));
        return;
      }
      resolve(stdout.trimEnd().split('\n'));
    });
  });
}
