import { randomBytes } from 'node:crypto';
import {
  SecretBox,
  migrateDatabase,
  openDatabase,
  resetDatabaseForTests,
  seedExtranet,
  type Database,
} from '@extranet/database';
import { QueryTypes } from 'sequelize';
import { ScenarioKind } from '../../simulator/scenarios';
import { loadSimulatedInventory } from '../../simulator/simulated-inventory';
import { startSimulator, type Simulator } from '../../simulator/simulator';
import { freeUdpPort } from '../../testing/agent-process';
import { SnmpUplinkPoller } from '../snmp-uplink-poller';
import { requestDiscovery } from './discovery-queue';
import { RENUMBERED_QUIET_MS, runRequestedDiscoveries } from './discovery-runner';

interface InterfaceRow {
  id: number;
  ifIndex: number;
  ifName: string;
  ifAlias: string | null;
  physAddress: string | null;
  isPresent: unknown;
}

/**
 * Discovery end to end: seeded database → simulator (Huawei answers UTF-8, H3C/ZTE GBK) →
 * GETBULK walks → interfaces re-matched and stored. Specs run in order and build on each other.
 */
describe('interface discovery against the simulator (integration)', () => {
  let database: Database;
  let simulator: Simulator;
  let secretBox: SecretBox;
  /** One node of a UTF-8 vendor and one of a GBK vendor, in 随州市. */
  let utf8Node: { id: number; hostname: string };
  let gbkNode: { id: number; hostname: string; vendor: string };

  const select = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
    database.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements });
  const interfacesOf = (nodeId: number) =>
    select<InterfaceRow>(
      `SELECT id, if_index AS ifIndex, if_name AS ifName, if_alias AS ifAlias,
              phys_address AS physAddress, is_present AS isPresent
         FROM interfaces WHERE node_id = :nodeId ORDER BY if_index`,
      { nodeId },
    );
  const discover = (nodeIds: number[]) =>
    requestDiscovery(database.sequelize, 'on_demand', new Date(), nodeIds).then(() =>
      runRequestedDiscoveries({
        sequelize: database.sequelize,
        secrets: secretBox,
        limits: { maxInterfaces: 1_000, walkTimeoutMs: 10_000 },
        snmp: { timeoutMs: 300, retries: 1 },
        concurrency: 4,
      }),
    );

  beforeAll(async () => {
    database = await openDatabase({ url: process.env['DATABASE_URL'] });
    await resetDatabaseForTests(database.sequelize);
    await migrateDatabase(database.sequelize);
    secretBox = new SecretBox(randomBytes(32));
    const simulatorPort = await freeUdpPort('127.20.0.1');
    await seedExtranet(database.sequelize, { depth: 'township', secretBox, simulatorPort });
    const nodes = await select<{ id: number; hostname: string; vendor: string }>(
      `SELECT n.id, n.hostname, n.vendor FROM nodes n JOIN admin_units a ON a.code = n.unit_code
        WHERE a.city_code = '4213' AND a.level = 'township' ORDER BY n.id`,
    );
    utf8Node = nodes.find((node) => node.vendor === 'Huawei')!;
    gbkNode = nodes.find((node) => node.vendor === 'H3C' || node.vendor === 'ZTE')!;
    const ids = new Set([utf8Node.id, gbkNode.id].map(Number));
    const inventory = await loadSimulatedInventory(database.sequelize, secretBox);
    simulator = await startSimulator({
      nodes: inventory.filter((spec) => ids.has(spec.nodeId)),
      controlPort: null,
    });
  }, 180_000);

  afterAll(async () => {
    await simulator?.stop();
    await database?.close();
  }, 30_000);

  it('when two nodes are walked, then their ports are stored with decoded aliases and MACs', async () => {
    const seeded = await interfacesOf(gbkNode.id);
    const report = await discover([utf8Node.id, gbkNode.id]);
    expect(report).toEqual(jasmine.objectContaining({ walked: 2, failed: 0 }));

    for (const node of [utf8Node, gbkNode]) {
      const stored = await interfacesOf(node.id);
      // Seeded uplinks, LoopBack0 and management port, plus three access ports.
      expect(stored.length).toBe(seeded.length + 3);
      const [state] = await select<{
        outcome: string;
        error: string | null;
        summary: string;
        sysName: string;
      }>(
        `SELECT discovery_outcome AS outcome, discovery_error AS error,
                discovery_summary AS summary, sys_name AS sysName FROM nodes WHERE id = :id`,
        { id: node.id },
      );
      expect(state).toEqual(
        jasmine.objectContaining({ outcome: 'complete', error: null, sysName: node.hostname }),
      );
      expect(JSON.parse(state!.summary)).toEqual(
        jasmine.objectContaining({ found: seeded.length + 3, added: 3, renumbered: 0 }),
      );
    }
    // The GBK node's seeded Chinese aliases come back identical: decoded, not mojibake.
    const walked = await interfacesOf(gbkNode.id);
    for (const before of seeded) {
      const after = walked.find((row) => row.id === before.id)!;
      expect(after.ifAlias).toBe(before.ifAlias);
      expect(after.ifIndex).toBe(before.ifIndex);
    }
    expect(walked.some((row) => row.ifAlias === '接入-办公网')).toBeTrue();
    const uplink = walked.find((row) => row.ifIndex === 1)!;
    expect(uplink.physAddress).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
  });

  it('when the node reboots with its ports renumbered, then the poll refuses and discovery re-matches', async () => {
    const before = await interfacesOf(utf8Node.id);
    const first = before.find((row) => row.ifIndex === 1)!;
    const second = before.find((row) => row.ifIndex === 2)!;
    await database.sequelize.query(
      `INSERT INTO interface_samples (interface_id, sampled_at, interval_ms, in_bps, out_bps, oper_status)
       VALUES (:id, '2026-11-23 06:00:00.000', 60000, 1000, 2000, 1)`,
      { replacements: { id: first.id } },
    );
    await simulator.applyScenario(utf8Node.hostname, {
      kind: ScenarioKind.Renumber,
      memberIndex: null,
    });

    // The poll sees another name behind ifIndex 1 and reads no counters for it.
    const [node] = await select<{ host: string; port: number; sealed: string }>(
      `SELECT mgmt_address AS host, snmp_port AS port, snmp_community_sealed AS sealed
         FROM nodes WHERE id = :id`,
      { id: utf8Node.id },
    );
    const poller = new SnmpUplinkPoller({ timeoutMs: 300, retries: 1 });
    try {
      const reading = await poller.pollNode({
        nodeId: utf8Node.id,
        host: node!.host,
        port: Number(node!.port),
        community: secretBox.open(node!.sealed),
        ifIndexes: [1, 2],
        expectedNames: {
          byIfIndex: new Map([
            [1, first.ifName],
            [2, second.ifName],
          ]),
          textEncoding: 'auto',
        },
      });
      expect(reading.renumbered.map((r) => r.ifIndex)).toEqual([1, 2]);
      expect(reading.interfaces.size).toBe(0);
    } finally {
      poller.close();
    }

    const report = await discover([utf8Node.id]);
    expect(report.failed).toBe(0);
    const after = await interfacesOf(utf8Node.id);
    expect(after.find((row) => row.id === first.id)!.ifIndex).toBe(2);
    expect(after.find((row) => row.id === second.id)!.ifIndex).toBe(1);
    expect(after.map((row) => row.id).sort()).toEqual(before.map((row) => row.id).sort());
    // History and the circuit stay keyed on the row that follows the port.
    const [sample] = await select<{ count: number }>(
      'SELECT COUNT(*) AS count FROM interface_samples WHERE interface_id = :id',
      { id: first.id },
    );
    expect(Number(sample!.count)).toBe(1);
    const [member] = await select<{ interfaceId: number }>(
      `SELECT m.interface_id AS interfaceId FROM uplink_members m WHERE m.interface_id = :id`,
      { id: first.id },
    );
    expect(Number(member!.interfaceId)).toBe(first.id);
    const [summary] = await select<{ summary: string }>(
      'SELECT discovery_summary AS summary FROM nodes WHERE id = :id',
      { id: utf8Node.id },
    );
    expect(JSON.parse(summary!.summary).renumbered).toBe(2);
  });

  it('when the poll reports a renumbered member, then the node is walked again once things settle', async () => {
    const [member] = await select<{ id: number }>(
      `SELECT i.id FROM interfaces i JOIN uplink_members m ON m.interface_id = i.id
        WHERE i.node_id = :nodeId ORDER BY i.id LIMIT 1`,
      { nodeId: utf8Node.id },
    );
    const later = new Date(Date.now() + RENUMBERED_QUIET_MS + 60_000);
    await database.sequelize.query(
      `UPDATE interface_counter_states SET last_skip_reason = 'interface_renumbered',
              last_skip_at = :at WHERE interface_id = :id`,
      { replacements: { id: member!.id, at: later.toISOString().replace('T', ' ').slice(0, 23) } },
    );
    await database.sequelize.query(
      `INSERT INTO interface_counter_states (interface_id, in_octets, out_octets, sys_uptime_ticks,
         read_at, last_skip_reason, last_skip_at)
       SELECT :id, 1, 2, 3, :at, 'interface_renumbered', :at
        WHERE NOT EXISTS (SELECT 1 FROM interface_counter_states WHERE interface_id = :id)`,
      { replacements: { id: member!.id, at: later.toISOString().replace('T', ' ').slice(0, 23) } },
    );
    const runAt = (at: Date) =>
      runRequestedDiscoveries({
        sequelize: database.sequelize,
        secrets: secretBox,
        limits: { maxInterfaces: 1_000, walkTimeoutMs: 10_000 },
        snmp: { timeoutMs: 300, retries: 1 },
        concurrency: 4,
        now: () => at,
      });
    // Just after the last walk: quiet, the poll may still hold the old numbering.
    expect((await runAt(new Date())).renumberedRequests).toBe(0);
    const report = await runAt(new Date(later.getTime() + 1_000));
    expect(report).toEqual(
      jasmine.objectContaining({ renumberedRequests: 1, walked: 1, failed: 0 }),
    );
    const [state] = await select<{ reason: string }>(
      'SELECT discovery_request_reason AS reason FROM nodes WHERE id = :id',
      { id: utf8Node.id },
    );
    expect(state!.reason).toBe('interface_renumbered');
  });

  it('when the node does not answer, then the discovery fails with the reason and nothing else changes', async () => {
    const before = await interfacesOf(gbkNode.id);
    await simulator.applyScenario(gbkNode.hostname, {
      kind: ScenarioKind.Silent,
      memberIndex: null,
    });
    const report = await discover([gbkNode.id]);
    expect(report.failed).toBe(1);
    const [state] = await select<{ outcome: string; error: string }>(
      'SELECT discovery_outcome AS outcome, discovery_error AS error FROM nodes WHERE id = :id',
      { id: gbkNode.id },
    );
    expect(state!.outcome).toBe('failed');
    expect(state!.error).toMatch(/SNMP timeout/);
    expect(await interfacesOf(gbkNode.id)).toEqual(before);
    await simulator.clearScenarios(gbkNode.hostname);
  });

  it('when a walk was left running by a stopped collector, then it is closed and walked again', async () => {
    const longAgo = new Date(Date.now() - 20 * 60_000).toISOString().replace('T', ' ').slice(0, 23);
    await database.sequelize.query(
      `UPDATE nodes SET discovery_started_at = :longAgo, discovery_finished_at = NULL,
              discovery_requested_at = NULL WHERE id = :id`,
      { replacements: { id: utf8Node.id, longAgo } },
    );
    const report = await discover([]);
    expect(report).toEqual(jasmine.objectContaining({ interrupted: 1, walked: 1, failed: 0 }));
    const [state] = await select<{ outcome: string }>(
      'SELECT discovery_outcome AS outcome FROM nodes WHERE id = :id',
      { id: utf8Node.id },
    );
    expect(state!.outcome).toBe('complete');
  });

  it('when the daily job asks, then every polled node without a pending request is asked once', async () => {
    const asked = await requestDiscovery(database.sequelize, 'daily', new Date(), 'all-polled');
    const [polled] = await select<{ count: number }>(
      'SELECT COUNT(*) AS count FROM nodes WHERE is_polled = :isPolled',
      { isPolled: true },
    );
    expect(asked).toBe(Number(polled!.count));
    expect(await requestDiscovery(database.sequelize, 'daily', new Date(), 'all-polled')).toBe(0);
  });
});
