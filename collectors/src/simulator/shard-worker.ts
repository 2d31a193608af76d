import { SecretBox, openDatabase } from '@extranet/database';
import { createLogger } from '../logging/logger';
import { ScenarioRequestError } from './scenarios';
import { loadSimulatedInventory } from './simulated-inventory';
import { SimulatedNetwork } from './simulated-network';
import {
  SHARD_COUNT_ENV,
  SHARD_INDEX_ENV,
  type ShardCommand,
  type ShardLifecycle,
  type ShardReply,
} from './shard-protocol';

/**
 * Entry point of one simulator shard (forked by the main process when the network is too big
 * for one process): loads the whole inventory, keeps every N-th node, binds their agents and
 * answers scenario commands over IPC.
 */
async function runShard(): Promise<void> {
  const index = Number(process.env[SHARD_INDEX_ENV]);
  const count = Number(process.env[SHARD_COUNT_ENV]);
  const logger = createLogger(`simulator-shard-${index}`);
  const send = (message: ShardLifecycle | ShardReply) => process.send?.(message);

  const database = await openDatabase();
  const secrets = SecretBox.fromEnvironment();
  const nodes = (await loadSimulatedInventory(database.sequelize, secrets)).filter(
    (_node, position) => position % count === index,
  );
  await database.close();

  const network = new SimulatedNetwork(nodes, Date.now, () => undefined);
  const startedAt = performance.now();
  await network.listenAll();
  send({ type: 'ready', agents: network.size, startupMs: performance.now() - startedAt });

  process.on('message', (message: ShardCommand) => {
    void answer(network, message).then(send);
  });
  const stop = () => {
    void network.closeAll().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // The main process going away (crash, kill -9) must not leave agents bound.
  process.once('disconnect', stop);
  logger.debug({ agents: network.size }, 'shard ready');
}

async function answer(network: SimulatedNetwork, command: ShardCommand): Promise<ShardReply> {
  try {
    switch (command.op) {
      case 'list':
        return { id: command.id, result: await network.listScenarios() };
      case 'apply':
        return {
          id: command.id,
          result: await network.applyScenario(command.nodeKey, command.request),
        };
      case 'clear':
        return {
          id: command.id,
          result: await network.clearScenarios(command.nodeKey, command.kind),
        };
      case 'clearAll':
        return { id: command.id, result: await network.clearAllScenarios() };
    }
  } catch (error) {
    const isValidation = error instanceof ScenarioRequestError || error instanceof RangeError;
    return { id: command.id, error: { message: (error as Error).message, isValidation } };
  }
}

runShard().catch((error: unknown) => {
  const message = (error as Error).message;
  console.error(`simulator shard: ${message}`);
  // Exit only once the parent has the reason: send() is asynchronous.
  const failed: ShardLifecycle = { type: 'failed', message };
  if (process.send) {
    process.send(failed, () => process.exit(1));
  } else {
    process.exit(1);
  }
});
