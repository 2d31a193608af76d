import { QueryTypes, type Sequelize } from 'sequelize';
import { SecretBox, type Database } from '@extranet/database';
import { readCollectorConfig } from '../collector-config';
import { freeUdpPort } from '../testing/agent-process';
import { runBareSnmpGets, type AgentTarget } from './bare-snmp-gets';
import {
  loadPolledTargets,
  localDatabaseServerPid,
  pointNodesAtAgents,
  prepareBenchDatabase,
} from './bench-database';
import { readBenchOptions, type BenchOptions } from './bench-options';
import { benchReport, type BenchResults } from './bench-report';
import { CleanupStack } from './cleanup-stack';
import { measureCollectorCycles } from './collector-run';
import type { CycleRun } from './cycle-figures';
import { startSimulatorProcess } from './simulator-process';
import { startSnmpExporterPeer, type PeerScrapePass } from './snmp-exporter-peer';
import { readIfNames } from './snmp-probe';
import { startSnmpdFleet } from './snmpd-fleet';

const log = (line: string) => console.log(line);
/** Seeded uplink members sit on ifIndex 1 and 2. */
const MEMBER_IF_INDEXES = [1, 2];

/**
 * npm run bench:collector: the collector's full-depth cycle against the project's simulator
 * and against Net-SNMP snmpd, with the bare snmp-native GETs and Debian's
 * prometheus-snmp-exporter on the same agents for scale. Prints a table; exits non-zero only
 * when it cannot run, never because a target was missed. Everything it starts is stopped.
 */
async function main(): Promise<number> {
  const cleanup = new CleanupStack();
  cleanup.cleanUpOnSignals(log);
  try {
    const options = readBenchOptions(process.env, readCollectorConfig(process.env));
    const results = await runBench(options, cleanup);
    log('');
    benchReport(results).forEach((line) => log(line));
    return 0;
  } catch (error) {
    log(`bench: cannot run: ${(error as Error).stack ?? String(error)}`);
    return 1;
  } finally {
    for (const failure of await cleanup.runAll()) log(`bench: cleanup: ${failure}`);
  }
}

async function runBench(options: BenchOptions, cleanup: CleanupStack): Promise<BenchResults> {
  const secretKey = SecretBox.generateKey();
  const secretBox = new SecretBox(Buffer.from(secretKey, 'base64'));
  // The simulator binds this port on every 127.20.x.y; one free on the first is free enough.
  const simulatorPort = await freeUdpPort('127.20.0.1');
  log(`bench: preparing ${describe(options.databaseUrl)} (drop, migrate, seed full depth)…`);
  const seedStartedAt = performance.now();
  const { database } = await prepareBenchDatabase(options.databaseUrl, secretBox, simulatorPort);
  cleanup.defer('bench database connection', () => database.close());
  const network = await countNetwork(database.sequelize);
  log(`bench: seeded ${network.nodes} nodes in ${seconds(performance.now() - seedStartedAt)}`);

  const databasePid = await localDatabaseServerPid(database.sequelize);
  const runs: CycleRun[] = [];
  const measure = (label: string, agentPids: number[]) =>
    measureCollectorCycles(
      {
        label,
        databaseUrl: options.databaseUrl,
        secretKey,
        measuredCycles: options.measuredCycles,
        agentPids,
        databasePid,
      },
      cleanup,
      { cpuProfileDir: options.cpuProfileDir ?? undefined },
    );
  let bare: BenchResults['bare'] = null;
  let peer: BenchResults['peer'] = null;

  if (options.runs.includes('simulator')) {
    log(`bench: starting the simulator on 127.20.x.y:${simulatorPort}…`);
    const simulator = await startSimulatorProcess(
      { databaseUrl: options.databaseUrl, secretKey },
      cleanup,
    );
    log(`bench: ${simulator.agents} simulated agents ready in ${seconds(simulator.startupMs)}`);
    runs.push(await measure('simulator', simulator.pids));
    log(describeRun(runs[runs.length - 1]));
    await simulator.stop(); // frees ~2 GB and both cores for the snmpd run
  }

  if (options.runs.includes('snmpd')) {
    const { agents, pids } = await startSnmpdFleet(options.snmpdAgents, cleanup);
    const label = `snmpd ×${agents.length}`;
    log(`bench: ${label} on 127.0.0.1:${agents.map((agent) => agent.port).join(',')}`);
    const ifNames = await readIfNames(agents[0], MEMBER_IF_INDEXES);
    await pointNodesAtAgents(database.sequelize, agents, secretBox, ifNames);
    runs.push(await measure(label, pids));
    log(describeRun(runs[runs.length - 1]));

    const targets = await targetsWithCommunities(database, agents);
    const passes = options.measuredCycles;
    bare = {
      agents: label,
      passes: await repeat(passes, () => runBareSnmpGets(targets, { ...options, agentPids: pids })),
    };
    log(
      `bench: bare snmp-native GETs: ${bare.passes.map((pass) => seconds(pass.wallMs)).join(', ')}`,
    );
    const exporter = await startSnmpExporterPeer(agents, pids, options, cleanup);
    await exporter.scrapeAll(targets.slice(0, 1_000), options.concurrency); // warm-up
    const scrapes: PeerScrapePass[] = await repeat(passes, () =>
      exporter.scrapeAll(targets, options.concurrency),
    );
    peer = { version: exporter.version, agents: label, passes: scrapes };
    log(`bench: exporter scrapes: ${scrapes.map((pass) => seconds(pass.wallMs)).join(', ')}`);
  }

  return {
    network: { ...network, database: describe(options.databaseUrl) },
    concurrency: options.concurrency,
    runs,
    bare,
    peer,
  };
}

async function repeat<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < times; index++) results.push(await run());
  return results;
}

async function targetsWithCommunities(
  database: Database,
  agents: readonly AgentTarget[],
): Promise<AgentTarget[]> {
  const byPort = new Map(agents.map((agent) => [agent.port, agent]));
  return (await loadPolledTargets(database.sequelize)).map((target) => {
    const agent = byPort.get(Number(target.port));
    if (!agent)
      throw new Error(`a polled node points at ${target.host}:${target.port}, no bench agent`);
    return agent;
  });
}

async function countNetwork(
  sequelize: Sequelize,
): Promise<{ nodes: number; uplinks: number; members: number }> {
  const [row] = await sequelize.query<{ nodes: string; uplinks: string; members: string }>(
    `SELECT (SELECT COUNT(*) FROM nodes WHERE is_polled = :isPolled) AS nodes,
            (SELECT COUNT(*) FROM uplinks) AS uplinks,
            (SELECT COUNT(*) FROM uplink_members) AS members`,
    { type: QueryTypes.SELECT, replacements: { isPolled: true } },
  );
  return { nodes: Number(row.nodes), uplinks: Number(row.uplinks), members: Number(row.members) };
}

function describeRun(run: CycleRun): string {
  const cycles = [run.warmUp, ...run.cycles]
    .map((cycle, index) => `${index === 0 ? 'warm-up ' : ''}${seconds(cycle.wallMs)}`)
    .join(', ');
  return `bench: ${run.label}: cycles ${cycles}`;
}

/** The database URL without its password. */
function describe(url: string): string {
  if (/^sqlite:/i.test(url)) return `SQLite ${url.slice('sqlite:'.length)}`;
  const parsed = new URL(url);
  return `MariaDB/MySQL ${parsed.hostname}:${parsed.port || 3306}/${parsed.pathname.slice(1)}`;
}

function seconds(ms: number): string {
  return `${(ms / 1_000).toFixed(1)} s`;
}

void main().then((code) => process.exit(code));
