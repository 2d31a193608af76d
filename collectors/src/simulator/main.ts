import {
  ConfigurationError,
  DatabaseUnavailableError,
  SecretBox,
  openDatabase,
} from '@extranet/database';
import { createLogger } from '../logging/logger';
import { stopOnceOnSignalOrOrphaned } from '../process-lifecycle';
import { startShardedSimulator } from './sharded-simulator';
import { loadSimulatedInventory } from './simulated-inventory';
import type { SimulatedNodeSpec } from './simulated-node';
import { DEFAULT_SIMULATOR_CONTROL_PORT, startSimulator } from './simulator';

/** One UDP socket per agent; the descriptor limit here is 20,000 per process. */
const DEFAULT_AGENTS_PER_PROCESS = 15_000;

/**
 * The simulator process: loads the network from the database, answers SNMP as every node
 * (sharded over worker processes when it is bigger than one process may hold), serves the
 * control API, and stops cleanly on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  const logger = createLogger('simulator');
  const controlPort = portOf('SIMULATOR_CONTROL_PORT', DEFAULT_SIMULATOR_CONTROL_PORT);
  const agentsPerProcess = positiveIntegerOf(
    'SIMULATOR_AGENTS_PER_PROCESS',
    DEFAULT_AGENTS_PER_PROCESS,
  );

  const database = await openDatabase();
  const nodes = await loadSimulatedInventory(database.sequelize, SecretBox.fromEnvironment());
  await database.close();
  if (nodes.length === 0) {
    throw new ConfigurationError(
      'The database has no nodes to simulate; seed it first (npm start seeds an empty one)',
    );
  }

  const shardCount = Math.ceil(nodes.length / agentsPerProcess);
  const simulator =
    shardCount <= 1
      ? await startSimulator({ nodes, controlPort, logger })
      : await startShardedSimulator({
          shardCount,
          controlPort,
          onShardExit: (index, code) => {
            logger.error({ shard: index, code }, 'simulator: a shard exited; stopping');
            process.exit(1);
          },
        });
  const memory = process.memoryUsage();
  logger.info(
    {
      agents: simulator.agentCount,
      processes: shardCount,
      startupMs: Math.round(simulator.startupMs),
      rssMb: Math.round(memory.rss / 1_048_576),
      heapUsedMb: Math.round(memory.heapUsed / 1_048_576),
    },
    `simulator: ${simulator.agentCount} agents on ${describeAddresses(nodes)}, ` +
      `control on ${simulator.controlUrl?.replace('http://', '') ?? 'none'}`,
  );
  process.send?.({ type: 'ready', agents: simulator.agentCount, controlUrl: simulator.controlUrl });

  stopOnceOnSignalOrOrphaned('simulator', logger, () => simulator.stop());
}

/** "127.20.0.1–127.20.6.112:16161": the span of management addresses and their port(s). */
function describeAddresses(nodes: readonly SimulatedNodeSpec[]): string {
  const numeric = (address: string) =>
    address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
  const sorted = [...nodes].sort((a, b) => numeric(a.mgmtAddress) - numeric(b.mgmtAddress));
  const ports = [...new Set(nodes.map((node) => node.snmpPort))].sort((a, b) => a - b);
  const first = sorted[0].mgmtAddress;
  const last = sorted[sorted.length - 1].mgmtAddress;
  return `${first === last ? first : `${first}–${last}`}:${ports.join(',')}`;
}

function portOf(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  const port = raw ? Number(raw) : fallback;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigurationError(`${name}="${raw}" is not a port; e.g. ${name}=${fallback}`);
  }
  return port;
}

function positiveIntegerOf(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigurationError(
      `${name}="${raw}" must be a positive integer; e.g. ${name}=${fallback}`,
    );
  }
  return value;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof DatabaseUnavailableError) {
    console.error(`simulator: ${error.message}`);
  } else {
    console.error(`simulator: failed to start: ${(error as Error).message}`);
  }
  process.exit(1);
});
