import { randomBytes } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import {
  SecretBox,
  migrateDatabase,
  openDatabase,
  seedExtranet,
  type Database,
} from '@extranet/database';
import type { CounterStateRow, NodeAssessment } from '../links/node-poll-assessment';
import { ResultSink } from './result-sink';

/**
 * The cycle hands batches to the sink while it still polls (pipelining): batch N+1 may be
 * ready before batch N is written. Counter states are the base of the next rate, so a node's
 * later reading must never be overwritten by its earlier one.
 */
describe('ResultSink write order', () => {
  let database: Database;
  let nodeId: number;
  let interfaceId: number;

  const batchReading = (octets: bigint, readAt: Date): NodeAssessment => {
    const counterState: CounterStateRow = {
      interface_id: interfaceId,
      in_octets: octets.toString(),
      out_octets: octets.toString(),
      sys_uptime_ticks: 1_000,
      counter_bits: 64,
      discontinuity_ticks: null,
      engine_time_seconds: null,
      read_at: readAt,
      last_skip_reason: null,
      last_skip_at: null,
    };
    return {
      nodeId,
      polledAt: readAt,
      error: null,
      isNewError: false,
      reachability: {
        next: { reachability: 'reachable', consecutiveFailures: 0, unreachableSince: null },
        transition: null,
        hasChanged: false,
      },
      samples: [],
      counterStates: [counterState],
      memberRates: [],
      memberStatuses: [],
      interfaceChanges: [],
      uplink: null,
      skippedIntervals: {},
    };
  };

  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await migrateDatabase(database.sequelize);
    await seedExtranet(database.sequelize, {
      depth: 'township',
      secretBox: new SecretBox(randomBytes(32)),
    });
    const [row] = await database.sequelize.query<{ nodeId: number; interfaceId: number }>(
      'SELECT node_id AS nodeId, id AS interfaceId FROM interfaces WHERE if_index = 1 LIMIT 1',
      { type: QueryTypes.SELECT },
    );
    ({ nodeId, interfaceId } = row);
  });

  afterEach(async () => {
    await database.close();
  });

  it('when a later batch is ready while an earlier one is still being written, then it is written after it', async () => {
    // The first transaction is slow to start, as a busy database would be.
    const sequelize = database.sequelize as unknown as {
      transaction: (...args: unknown[]) => Promise<unknown>;
    };
    const original = sequelize.transaction.bind(database.sequelize);
    let calls = 0;
    sequelize.transaction = async (...args: unknown[]) => {
      if (++calls === 1) await new Promise((resolve) => setTimeout(resolve, 100));
      return original(...args);
    };
    const sink = new ResultSink(database.sequelize);
    const first = sink.write({
      collectorId: 'order-spec',
      assessments: [batchReading(2n ** 60n, new Date(Date.UTC(2026, 10, 23, 8, 0, 0)))],
      fence: null,
    });
    const second = sink.write({
      collectorId: 'order-spec',
      assessments: [batchReading(2n ** 60n + 1_000n, new Date(Date.UTC(2026, 10, 23, 8, 1, 0)))],
      fence: null,
    });
    await Promise.all([first, second]);
    const [state] = await database.sequelize.query<{ inOctets: string }>(
      'SELECT CAST(in_octets AS TEXT) AS inOctets FROM interface_counter_states WHERE interface_id = ?',
      { type: QueryTypes.SELECT, replacements: [interfaceId] },
    );
    expect(state.inOctets).toBe((2n ** 60n + 1_000n).toString());
  });
});
