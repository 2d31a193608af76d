import { NodeAgent, type AgentErrorSink, type Clock } from './node-agent';
import { ScenarioKind, type ActiveScenario, type ScenarioRequest } from './scenarios';
import { SimulatedNode, type Direction, type SimulatedNodeSpec } from './simulated-node';

export interface NodeScenarios {
  hostname: string;
  unitCode: string;
  scenarios: ActiveScenario[];
}

/** What the control server needs; a sharded simulator implements it across processes. */
export interface ScenarioController {
  listScenarios(): Promise<NodeScenarios[]>;
  /** Resolves null when no node has that hostname or unit code. */
  applyScenario(nodeKey: string, request: ScenarioRequest): Promise<NodeScenarios | null>;
  clearScenarios(nodeKey: string, kind?: ScenarioKind): Promise<NodeScenarios | null>;
  clearAllScenarios(): Promise<number>;
}

/** Every simulated node of this process and its agent, addressed by hostname or unit code. */
export class SimulatedNetwork implements ScenarioController {
  private readonly agents = new Map<number, NodeAgent>();
  private readonly byKey = new Map<string, NodeAgent>();
  private readonly interfaceOwners = new Map<number, SimulatedNode>();

  constructor(
    specs: readonly SimulatedNodeSpec[],
    private readonly now: Clock,
    onAgentError: AgentErrorSink,
  ) {
    const startMs = now();
    for (const spec of specs) {
      const node = new SimulatedNode(spec, startMs);
      const agent = new NodeAgent(node, now, onAgentError);
      this.agents.set(spec.nodeId, agent);
      this.byKey.set(spec.hostname, agent);
      this.byKey.set(spec.unitCode, agent);
      for (const iface of spec.interfaces) {
        this.interfaceOwners.set(iface.interfaceId, node);
      }
    }
  }

  get size(): number {
    return this.agents.size;
  }

  nodes(): SimulatedNode[] {
    return [...this.agents.values()].map((agent) => agent.node);
  }

  findNode(nodeKey: string): SimulatedNode | undefined {
    return this.byKey.get(nodeKey)?.node;
  }

  /** Binds every agent; if any cannot bind, closes those that did and rethrows. */
  async listenAll(): Promise<void> {
    const results = await Promise.allSettled(
      [...this.agents.values()].map((agent) => agent.listen()),
    );
    const failures = results.filter((result) => result.status === 'rejected');
    if (failures.length > 0) {
      await this.closeAll();
      const first = (failures[0] as PromiseRejectedResult).reason as Error;
      throw new Error(
        `${failures.length} of ${results.length} agents failed to start; first: ${first.message}`,
      );
    }
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.agents.values()].map((agent) => agent.close()));
  }

  listeningCount(): number {
    return [...this.agents.values()].filter((agent) => agent.isListening).length;
  }

  async listScenarios(): Promise<NodeScenarios[]> {
    return this.nodes()
      .filter((node) => node.activeScenarios.length > 0)
      .map(describe);
  }

  async applyScenario(nodeKey: string, request: ScenarioRequest): Promise<NodeScenarios | null> {
    const agent = this.byKey.get(nodeKey);
    if (!agent) {
      return null;
    }
    agent.node.applyScenario(request, this.now());
    await this.syncListening(agent);
    return describe(agent.node);
  }

  async clearScenarios(nodeKey: string, kind?: ScenarioKind): Promise<NodeScenarios | null> {
    const agent = this.byKey.get(nodeKey);
    if (!agent) {
      return null;
    }
    agent.node.clearScenarios(this.now(), kind);
    await this.syncListening(agent);
    return describe(agent.node);
  }

  async clearAllScenarios(): Promise<number> {
    const affected = [...this.agents.values()].filter(
      (agent) => agent.node.activeScenarios.length > 0,
    );
    for (const agent of affected) {
      agent.node.clearScenarios(this.now());
      await this.syncListening(agent);
    }
    return affected.length;
  }

  /** The counter the agent reports for an interface at an instant. */
  octetsAt(interfaceId: number, direction: Direction, atMs: number): bigint {
    return this.interfaceOf(interfaceId).track(direction).octetsAt(atMs);
  }

  /**
   * Mean rate over [fromMs, toMs] that a correct poller must find, from the same counter
   * function the agent answers with.
   */
  expectedMeanRateBps(
    interfaceId: number,
    direction: Direction,
    fromMs: number,
    toMs: number,
  ): number {
    if (!(toMs > fromMs)) {
      throw new RangeError('expectedMeanRateBps needs toMs > fromMs');
    }
    const octets =
      this.octetsAt(interfaceId, direction, toMs) - this.octetsAt(interfaceId, direction, fromMs);
    return (Number(octets) * 8 * 1000) / (toMs - fromMs);
  }

  private interfaceOf(interfaceId: number) {
    const node = this.interfaceOwners.get(interfaceId);
    const iface =
      node && [...node.interfaces.values()].find((i) => i.spec.interfaceId === interfaceId);
    if (!iface) {
      throw new RangeError(`No simulated interface with id ${interfaceId}`);
    }
    return iface;
  }

  /** A silent node's socket is closed, so requests go unanswered as with a dead router. */
  private async syncListening(agent: NodeAgent): Promise<void> {
    if (agent.node.isSilent) {
      await agent.close();
    } else {
      await agent.listen();
    }
  }
}

function describe(node: SimulatedNode): NodeScenarios {
  return {
    hostname: node.spec.hostname,
    unitCode: node.spec.unitCode,
    scenarios: [...node.activeScenarios],
  };
}
