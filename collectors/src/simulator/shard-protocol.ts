import type { ScenarioKind, ScenarioRequest } from './scenarios';
import type { NodeScenarios } from './simulated-network';

/**
 * IPC between the simulator's main process and its shard workers. A shard is a child
 * process with its own slice of the nodes: one UDP socket per agent, and the per-process
 * descriptor limit (ulimit -n, 20,000 here) caps how many agents one process may hold.
 */
export type ShardCommand =
  | { id: number; op: 'list' }
  | { id: number; op: 'apply'; nodeKey: string; request: ScenarioRequest }
  | { id: number; op: 'clear'; nodeKey: string; kind?: ScenarioKind }
  | { id: number; op: 'clearAll' };

export type ShardReply =
  | { id: number; result: NodeScenarios[] | NodeScenarios | number | null }
  | { id: number; error: { message: string; isValidation: boolean } };

export type ShardLifecycle =
  { type: 'ready'; agents: number; startupMs: number } | { type: 'failed'; message: string };

/** Environment a worker reads: which slice is its own. */
export const SHARD_INDEX_ENV = 'SIMULATOR_SHARD_INDEX';
export const SHARD_COUNT_ENV = 'SIMULATOR_SHARD_COUNT';

export function isShardReply(message: unknown): message is ShardReply {
  return typeof message === 'object' && message !== null && 'id' in message;
}

export function isShardLifecycle(message: unknown): message is ShardLifecycle {
  return typeof message === 'object' && message !== null && 'type' in message;
}
