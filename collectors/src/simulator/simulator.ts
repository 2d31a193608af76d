import type { Logger } from 'pino';
import { startControlServer, type ControlServer } from './control-server';
import type { Clock } from './node-agent';
import type { ScenarioKind, ScenarioRequest } from './scenarios';
import type { Direction, SimulatedNode, SimulatedNodeSpec } from './simulated-node';
import { SimulatedNetwork, type NodeScenarios } from './simulated-network';

export const DEFAULT_SIMULATOR_CONTROL_PORT = 16170;

export interface SimulatorOptions {
  nodes: readonly SimulatedNodeSpec[];
  /** Control server port on 127.0.0.1; 0 picks a free one; null starts none. */
  controlPort: number | null;
  clock?: Clock;
  logger?: Logger;
}

export interface Simulator {
  readonly agentCount: number;
  /** Base URL of the control server, or null when none was started. */
  readonly controlUrl: string | null;
  /** How long binding every agent took, ms. */
  readonly startupMs: number;
  findNode(hostnameOrUnitCode: string): SimulatedNode | undefined;
  applyScenario(hostnameOrUnitCode: string, request: ScenarioRequest): Promise<NodeScenarios>;
  clearScenarios(hostnameOrUnitCode: string, kind?: ScenarioKind): Promise<NodeScenarios>;
  clearAllScenarios(): Promise<number>;
  listScenarios(): Promise<NodeScenarios[]>;
  octetsAt(interfaceId: number, direction: Direction, atMs: number): bigint;
  expectedMeanRateBps(
    interfaceId: number,
    direction: Direction,
    fromMs: number,
    toMs: number,
  ): number;
  stop(): Promise<void>;
}

/**
 * Starts one SNMP agent per node on its management address and, optionally, the control
 * server. Resolves once every agent listens; rejects (having closed everything) otherwise.
 */
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const clock = options.clock ?? Date.now;
  const logger = options.logger;
  let rejectedRequests = 0;
  const network = new SimulatedNetwork(options.nodes, clock, (node, error) => {
    // Wrong communities and malformed packets are expected noise on a real network too: count
    // them, log a sample, never the community itself.
    rejectedRequests += 1;
    if (logger && (rejectedRequests <= 10 || rejectedRequests % 1_000 === 0)) {
      logger.debug(
        { node: node.spec.hostname, rejectedRequests, reason: error.name },
        'request rejected',
      );
    }
  });
  const startedAt = performance.now();
  await network.listenAll();
  const startupMs = performance.now() - startedAt;

  let control: ControlServer | null = null;
  if (options.controlPort !== null) {
    try {
      control = await startControlServer(network, {
        port: options.controlPort,
        agentCount: () => network.listeningCount(),
      });
    } catch (error) {
      await network.closeAll();
      throw error;
    }
  }

  const required = (result: NodeScenarios | null, key: string): NodeScenarios => {
    if (result === null) {
      throw new RangeError(`No simulated node with hostname or unit code ${key}`);
    }
    return result;
  };

  return {
    agentCount: network.size,
    controlUrl: control?.url ?? null,
    startupMs,
    findNode: (key) => network.findNode(key),
    applyScenario: async (key, request) => required(await network.applyScenario(key, request), key),
    clearScenarios: async (key, kind) => required(await network.clearScenarios(key, kind), key),
    clearAllScenarios: () => network.clearAllScenarios(),
    listScenarios: () => network.listScenarios(),
    octetsAt: (interfaceId, direction, atMs) => network.octetsAt(interfaceId, direction, atMs),
    expectedMeanRateBps: (interfaceId, direction, fromMs, toMs) =>
      network.expectedMeanRateBps(interfaceId, direction, fromMs, toMs),
    stop: async () => {
      await control?.close();
      await network.closeAll();
    },
  };
}
