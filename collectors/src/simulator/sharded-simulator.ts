import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startControlServer, type ControlServer } from './control-server';
import { ScenarioRequestError, type ScenarioKind, type ScenarioRequest } from './scenarios';
import type { NodeScenarios, ScenarioController } from './simulated-network';
import {
  SHARD_COUNT_ENV,
  SHARD_INDEX_ENV,
  isShardLifecycle,
  isShardReply,
  type ShardCommand,
  type ShardReply,
} from './shard-protocol';

export interface ShardedSimulator {
  agentCount: number;
  shardCount: number;
  controlUrl: string | null;
  startupMs: number;
  stop(): Promise<void>;
}

type CommandBody = ShardCommand extends infer C
  ? C extends { id: number }
    ? Omit<C, 'id'>
    : never
  : never;

const WORKER_SCRIPT = path.join(__dirname, 'shard-worker.js');

/** Scenario commands fanned out to every shard; the one that owns the node answers. */
class ShardFleet implements ScenarioController {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: ShardReply) => void>();

  constructor(private readonly shards: readonly ChildProcess[]) {
    for (const shard of shards) {
      shard.on('message', (message: unknown) => {
        if (isShardReply(message)) {
          this.pending.get(message.id)?.(message);
          this.pending.delete(message.id);
        }
      });
    }
  }

  async listScenarios(): Promise<NodeScenarios[]> {
    const results = await this.broadcast({ op: 'list' });
    return (results as NodeScenarios[][]).flat();
  }

  async applyScenario(nodeKey: string, request: ScenarioRequest): Promise<NodeScenarios | null> {
    return this.firstFound(await this.broadcast({ op: 'apply', nodeKey, request }));
  }

  async clearScenarios(nodeKey: string, kind?: ScenarioKind): Promise<NodeScenarios | null> {
    return this.firstFound(await this.broadcast({ op: 'clear', nodeKey, kind }));
  }

  async clearAllScenarios(): Promise<number> {
    const counts = (await this.broadcast({ op: 'clearAll' })) as number[];
    return counts.reduce((sum, count) => sum + count, 0);
  }

  private firstFound(results: unknown[]): NodeScenarios | null {
    return (results.find((result) => result !== null) as NodeScenarios | undefined) ?? null;
  }

  private broadcast(body: CommandBody): Promise<unknown[]> {
    return Promise.all(
      this.shards.map(
        (shard) =>
          new Promise<unknown>((resolve, reject) => {
            const id = this.nextId++;
            this.pending.set(id, (reply) => {
              if ('error' in reply) {
                const { message, isValidation } = reply.error;
                reject(isValidation ? new ScenarioRequestError(message) : new Error(message));
              } else {
                resolve(reply.result);
              }
            });
            shard.send({ ...body, id } as ShardCommand);
          }),
      ),
    );
  }
}

/**
 * Runs the simulator as `shardCount` worker processes, each binding every shardCount-th node,
 * behind one control server in this process.
 */
export async function startShardedSimulator(options: {
  shardCount: number;
  controlPort: number | null;
  /** A shard that dies after start-up leaves part of the network unanswered. */
  onShardExit: (index: number, code: number | null) => void;
}): Promise<ShardedSimulator> {
  const startedAt = performance.now();
  const shards = Array.from({ length: options.shardCount }, (_unused, index) =>
    fork(WORKER_SCRIPT, [], {
      env: {
        ...process.env,
        [SHARD_INDEX_ENV]: String(index),
        [SHARD_COUNT_ENV]: String(options.shardCount),
      },
      stdio: 'inherit',
    }),
  );
  const stopShards = () =>
    Promise.all(
      shards.map(
        (shard) =>
          new Promise<void>((resolve) => {
            if (shard.exitCode !== null || shard.signalCode !== null) {
              resolve();
              return;
            }
            shard.once('exit', () => resolve());
            shard.kill('SIGTERM');
          }),
      ),
    ).then(() => undefined);

  let agentCount = 0;
  try {
    const counts = await Promise.all(shards.map(awaitShardReady));
    agentCount = counts.reduce((sum, count) => sum + count, 0);
  } catch (error) {
    await stopShards();
    throw error;
  }
  const startupMs = performance.now() - startedAt;
  let isStopping = false;
  shards.forEach((shard, index) =>
    shard.once('exit', (code) => {
      if (!isStopping) {
        options.onShardExit(index, code);
      }
    }),
  );

  let control: ControlServer | null = null;
  if (options.controlPort !== null) {
    control = await startControlServer(new ShardFleet(shards), {
      port: options.controlPort,
      agentCount: () => agentCount,
    }).catch(async (error: unknown) => {
      await stopShards();
      throw error;
    });
  }
  return {
    agentCount,
    shardCount: shards.length,
    controlUrl: control?.url ?? null,
    startupMs,
    stop: async () => {
      isStopping = true;
      await control?.close();
      await stopShards();
    },
  };
}

function awaitShardReady(shard: ChildProcess, index: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`simulator shard ${index} exited during start-up (code ${code})`));
    shard.once('exit', onExit);
    shard.on('message', function onMessage(message: unknown) {
      if (!isShardLifecycle(message)) {
        return;
      }
      shard.off('message', onMessage);
      shard.off('exit', onExit);
      if (message.type === 'ready') {
        resolve(message.agents);
      } else {
        reject(new Error(`simulator shard ${index}: ${message.message}`));
      }
    });
  });
}
