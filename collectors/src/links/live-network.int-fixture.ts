import { randomBytes } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import {
  SecretBox,
  migrateDatabase,
  openDatabase,
  resetDatabaseForTests,
  seedExtranet,
  type Database,
} from '@extranet/database';
import { loadSimulatedInventory } from '../simulator/simulated-inventory';
import { startSimulator, type Simulator } from '../simulator/simulator';
import { runPollCycle, type PollCycleReport } from './poll-cycle';
import { SnmpUplinkPoller } from './snmp-uplink-poller';
import { freeUdpPort } from '../testing/agent-process';

/**
 * A seeded database, the simulator answering as every node, and a poller: the first live
 * slice end to end, for integration specs. Only the nodes of one city subtree are polled, to
 * keep cycles short; the simulator still answers as every node.
 */
export interface LiveNetwork {
  database: Database;
  simulator: Simulator;
  secretBox: SecretBox;
  /** The key the communities are sealed with, base64: what a collector process needs. */
  secretKey: string;
  runCycle(): Promise<PollCycleReport>;
  uplinkOf(unitCode: string): Promise<UplinkRow>;
  select<T extends object>(sql: string, replacements?: Record<string, unknown>): Promise<T[]>;
  close(): Promise<void>;
}

export interface UplinkRow {
  id: number;
  state: string;
  stateReason: string | null;
  stateChangedAt: string | Date | null;
  inBps: number | string | null;
}

export const POLLED_CITY_CODE = '4213'; // 随州市: 1 city, 3 counties, 51 townships

export async function startLiveNetwork(): Promise<LiveNetwork> {
  const database = await openDatabase({ url: process.env['DATABASE_URL'] });
  const { sequelize } = database;
  await resetDatabaseForTests(sequelize);
  await migrateDatabase(sequelize);
  const key = randomBytes(32);
  const secretBox = new SecretBox(key);
  // A port of its own, so a console running on this machine (16161) does not collide.
  const simulatorPort = await freeUdpPort('127.20.0.1');
  await seedExtranet(sequelize, { depth: 'township', secretBox, simulatorPort });
  await sequelize.query(
    'UPDATE nodes SET is_polled = :isPolled WHERE unit_code NOT IN ' +
      '(SELECT code FROM admin_units WHERE city_code = :city)',
    { replacements: { isPolled: false, city: POLLED_CITY_CODE } },
  );

  const simulator = await startSimulator({
    nodes: await loadSimulatedInventory(sequelize, secretBox),
    controlPort: 0,
  });
  const poller = new SnmpUplinkPoller({ timeoutMs: 400, retries: 1 });
  const select = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
    sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements });

  return {
    database,
    simulator,
    secretBox,
    secretKey: key.toString('base64'),
    select,
    runCycle: () =>
      runPollCycle({ sequelize, secrets: secretBox, poller, collectorId: 'int-spec' }),
    uplinkOf: async (unitCode) => {
      const [row] = await select<UplinkRow>(
        `SELECT id, state, state_reason AS stateReason, state_changed_at AS stateChangedAt,
                in_bps AS inBps
           FROM uplinks WHERE child_unit_code = :unitCode`,
        { unitCode },
      );
      return row;
    },
    close: async () => {
      poller.close();
      await simulator.stop();
      await database.close();
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
