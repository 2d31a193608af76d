import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settleWithConcurrency } from '../links/bounded-concurrency';
import { terminate, waitUntilAnswering } from '../testing/agent-process';
import type { AgentTarget } from './bare-snmp-gets';
import type { CleanupStack } from './cleanup-stack';
import { processesCpuMs } from './process-cpu';
import { snmpExporterConfig } from './snmp-exporter-config';

const EXPORTER_PATH = '/usr/bin/prometheus-snmp-exporter';
const HOST = '127.0.0.1';

export interface PeerScrapePass {
  wallMs: number;
  /** CPU time the exporter itself spent during the pass. */
  cpuMs: number;
  /** CPU time the agents spent answering it. */
  agentsCpuMs: number;
  scrapes: number;
  failures: number;
}

export interface SnmpExporterPeer {
  version: string;
  scrapeAll(targets: readonly AgentTarget[], concurrency: number): Promise<PeerScrapePass>;
}

/**
 * Debian's prometheus-snmp-exporter on a free loopback port, with a generated snmp.yml that
 * GETs the same objects the collector reads (one module per agent, for its community). A
 * scrape is `GET /snmp?target=host:port&module=…`: the exporter polls the agent and answers
 * the metrics as text; nothing is stored.
 */
export async function startSnmpExporterPeer(
  agents: readonly AgentTarget[],
  agentPids: readonly number[],
  opts: { timeoutMs: number; retries: number },
  cleanup: CleanupStack,
): Promise<SnmpExporterPeer> {
  if (!existsSync(EXPORTER_PATH)) {
    throw new Error(`${EXPORTER_PATH} is missing: apt-get install prometheus-snmp-exporter`);
  }
  const directory = await mkdtemp(join(tmpdir(), 'extranet-bench-exporter-'));
  cleanup.defer('exporter temp dir', () => rm(directory, { recursive: true, force: true }));
  const moduleOf = new Map(agents.map((agent, index) => [agentKey(agent), `bench_agent_${index}`]));
  const configPath = join(directory, 'snmp.yml');
  await writeFile(
    configPath,
    snmpExporterConfig(
      agents.map((agent) => ({
        name: moduleOf.get(agentKey(agent)) ?? '',
        community: agent.community,
      })),
      { ifIndexes: [1, 2], ...opts },
    ),
    { mode: 0o600 },
  );
  const port = await freeTcpPort();
  const logPath = join(directory, 'exporter.log');
  const child = cleanup.track(
    spawn(
      EXPORTER_PATH,
      [`--config.file=${configPath}`, `--web.listen-address=${HOST}:${port}`, '--log.level=warn'],
      { stdio: 'ignore', env: { PATH: '/usr/bin:/bin' } },
    ),
  );
  cleanup.defer('prometheus-snmp-exporter', () => terminate(child, 3_000));
  const base = `http://${HOST}:${port}`;
  await waitUntilAnswering(child, 'prometheus-snmp-exporter', () => fetchOk(`${base}/`), {
    withinMs: 10_000,
    retryEveryMs: 100,
  }).catch(async (error: unknown) => {
    const log = await readFile(logPath, 'utf8').catch(() => '');
    throw new Error(`prometheus-snmp-exporter did not start: ${(error as Error).message} ${log}`);
  });
  const version = await exporterVersion(base);

  return {
    version,
    scrapeAll: async (targets, concurrency) => {
      const pids = [child.pid ?? 0];
      const agentsBefore = await processesCpuMs(agentPids);
      const cpuBefore = await processesCpuMs(pids);
      const startedAt = performance.now();
      const settled = await settleWithConcurrency(targets, concurrency, async (target) => {
        const module = moduleOf.get(agentKey(target));
        const response = await fetch(
          `${base}/snmp?target=${target.host}:${target.port}&module=${module}`,
        );
        const body = await response.text();
        if (!response.ok || !body.includes('\nsysUpTime ')) {
          throw new Error(`scrape of ${target.host}:${target.port} answered ${response.status}`);
        }
      });
      const wallMs = performance.now() - startedAt;
      return {
        wallMs,
        cpuMs: (await processesCpuMs(pids)) - cpuBefore,
        agentsCpuMs: (await processesCpuMs(agentPids)) - agentsBefore,
        scrapes: targets.length,
        failures: settled.filter((result) => result.status === 'rejected').length,
      };
    },
  };
}

function agentKey(agent: { host: string; port: number }): string {
  return `${agent.host}:${agent.port}`;
}

async function fetchOk(url: string): Promise<void> {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

/** The exporter's own build info metric, e.g. "0.21.0". */
async function exporterVersion(base: string): Promise<string> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return /snmp_exporter_build_info\{[^}]*version="([^"]+)"/.exec(text)?.[1] ?? 'unknown';
}

function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
