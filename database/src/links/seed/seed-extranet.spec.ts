import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryTypes } from 'sequelize';
import { openDatabase, type Database } from '../../connection/open-database';
import { SecretBox } from '../../crypto/secret-box';
import { migrateDatabase } from '../../migrations/migrator';
import { loadHubeiDivisions } from '../../reference/hubei-divisions';
import { isExtranetSeeded, seedExtranet, type SeedReport } from './seed-extranet';

const TABLES = ['tier_policies', 'admin_units', 'nodes', 'interfaces', 'uplinks', 'uplink_members'];

describe('seedExtranet at township depth', () => {
  const divisions = loadHubeiDivisions();
  const secretBox = new SecretBox(Buffer.alloc(32, 42));
  let folder: string;
  let database: Database;
  let report: SeedReport;

  const rows = <T extends object>(sql: string) =>
    database.sequelize.query<T>(sql, { type: QueryTypes.SELECT });
  const snapshot = async () =>
    Promise.all(TABLES.map((table) => rows(`SELECT * FROM ${table} ORDER BY 1`)));

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'seed-extranet-'));
    database = await openDatabase({ url: `sqlite:${join(folder, 'seed.sqlite')}` });
    await migrateDatabase(database.sequelize);
    expect(await isExtranetSeeded(database.sequelize)).toBeFalse();
    report = await seedExtranet(database.sequelize, { depth: 'township', secretBox });
  });
  afterAll(async () => {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('when run on an empty database, then it reports what it created and counts as seeded', async () => {
    const units = 1 + 40 + 17 + 101 + 1475;
    expect(report).toEqual({
      units,
      nodes: units,
      uplinks: units - 1,
      members: 2 * (units - 1),
      created: true,
    });
    expect(await isExtranetSeeded(database.sequelize)).toBeTrue();
  });

  it('when run, then the units of each level match the reference data', async () => {
    const counts = await rows<{ level: string; total: number }>(
      'SELECT level, COUNT(*) AS total FROM admin_units GROUP BY level',
    );
    expect(Object.fromEntries(counts.map((row) => [row.level, Number(row.total)]))).toEqual({
      province: 1,
      department: 40,
      city: divisions.cities.length,
      county: divisions.counties.length,
      township: divisions.townships.length,
    });
  });

  it('when run, then every unit but the province has exactly one uplink with two members', async () => {
    const [withoutUplink] = await rows<{ total: number }>(
      'SELECT COUNT(*) AS total FROM admin_units a LEFT JOIN uplinks u ON u.child_unit_code = a.code ' +
        "WHERE u.id IS NULL AND a.level <> 'province'",
    );
    expect(Number(withoutUplink!.total)).toBe(0);
    const memberCounts = await rows<{ members: number; uplinks: number }>(
      'SELECT members, COUNT(*) AS uplinks FROM (SELECT u.id, COUNT(m.id) AS members FROM uplinks u ' +
        'LEFT JOIN uplink_members m ON m.uplink_id = u.id GROUP BY u.id) per_uplink GROUP BY members',
    );
    expect(memberCounts.map((row) => [Number(row.members), Number(row.uplinks)])).toEqual([
      [2, 1633],
    ]);
    const [province] = await rows<{ total: number }>(
      "SELECT COUNT(*) AS total FROM uplinks WHERE child_unit_code = '42'",
    );
    expect(Number(province!.total)).toBe(0);
  });

  it('when run, then each uplink follows the tier of its (parent level, child level) pair', async () => {
    const pairs = await rows<{
      parentLevel: string;
      childLevel: string;
      tierParent: string;
      tierChild: string;
      name: string;
      bandwidth: number;
      total: number;
    }>(
      'SELECT p.level AS parentLevel, c.level AS childLevel, t.parent_level AS tierParent, ' +
        't.child_level AS tierChild, t.name AS name, t.member_bandwidth_mbps AS bandwidth, ' +
        'COUNT(*) AS total FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code ' +
        'JOIN admin_units p ON p.code = u.parent_unit_code AND p.code = c.parent_code ' +
        'JOIN tier_policies t ON t.id = u.tier_policy_id ' +
        'GROUP BY p.level, c.level, t.parent_level, t.child_level, t.name, t.member_bandwidth_mbps',
    );
    const summary = pairs.map((row) => {
      expect([row.tierParent, row.tierChild]).toEqual([row.parentLevel, row.childLevel]);
      return `${row.parentLevel}>${row.childLevel} ${row.name} ${row.bandwidth} ×${row.total}`;
    });
    expect(summary.sort()).toEqual([
      'city>county 双2G 2000 ×101',
      'city>township 双200M 200 ×85',
      'county>township 双200M 200 ×1390',
      'province>city 双10G 10000 ×17',
      'province>department 省级横向双2G 2000 ×40',
    ]);
  });

  it('when run, then members sit on the child node ports 1 and 2, two carriers, tier bandwidth', async () => {
    const members = await rows<{
      memberIndex: number;
      ifIndex: number;
      nodeUnit: string;
      childUnit: string;
      carrier: string;
      contracted: number;
      bandwidth: number;
      speed: number;
      alias: string;
      circuitRef: string;
    }>(
      'SELECT m.member_index AS memberIndex, i.if_index AS ifIndex, n.unit_code AS nodeUnit, ' +
        'u.child_unit_code AS childUnit, m.carrier AS carrier, m.contracted_mbps AS contracted, ' +
        't.member_bandwidth_mbps AS bandwidth, i.speed_mbps AS speed, i.if_alias AS alias, ' +
        'm.circuit_ref AS circuitRef FROM uplink_members m JOIN uplinks u ON u.id = m.uplink_id ' +
        'JOIN tier_policies t ON t.id = u.tier_policy_id JOIN interfaces i ON i.id = m.interface_id ' +
        'JOIN nodes n ON n.id = i.node_id ORDER BY m.uplink_id, m.member_index',
    );
    expect(members.length).toBe(3266);
    for (let index = 0; index < members.length; index += 2) {
      const [first, second] = [members[index]!, members[index + 1]!];
      expect(first.carrier).not.toBe(second.carrier);
      for (const member of [first, second]) {
        expect(member.ifIndex).toBe(member.memberIndex);
        expect(member.nodeUnit).toBe(member.childUnit);
        expect(member.contracted).toBe(member.bandwidth);
        expect(member.speed).toBe(member.contracted > 1000 ? 10000 : 1000);
        expect(member.alias).toContain(member.circuitRef);
      }
    }
  });

  it('when run, then each node has its own loopback address, the simulator port and a sealed community', async () => {
    const nodes = await rows<{ address: string; port: number; sealed: string }>(
      'SELECT mgmt_address AS address, snmp_port AS port, snmp_community_sealed AS sealed FROM nodes',
    );
    expect(new Set(nodes.map((node) => node.address)).size).toBe(nodes.length);
    const communities = nodes.map((node) => secretBox.open(node.sealed));
    expect(new Set(communities).size).toBe(nodes.length);
    for (const node of nodes) {
      expect(node.address).toMatch(/^127\.(20|21|22|23)\.\d{1,3}\.\d{1,3}$/);
      expect(node.address).not.toBe('127.0.0.1');
      expect(node.port).toBe(16161);
    }
  });

  it('when run again, then it creates nothing and changes nothing, operator edits included', async () => {
    const editTier = (name: string, mbps: number) =>
      database.sequelize.query(
        `UPDATE tier_policies SET member_bandwidth_mbps = ${mbps}, name = '${name}' ` +
          "WHERE child_level = 'county'",
      );
    await editTier('双5G', 5000);
    try {
      const before = await snapshot();
      const again = await seedExtranet(database.sequelize, { depth: 'township', secretBox });
      expect(again).toEqual({ units: 0, nodes: 0, uplinks: 0, members: 0, created: false });
      expect(await snapshot()).toEqual(before);
    } finally {
      await editTier('双2G', 2000); // specs run in random order: leave the seed as it was
    }
  });

  it('when an uplink went missing, then a re-run restores exactly that uplink and its members', async () => {
    const [uplink] = await rows<{ id: number }>(
      "SELECT id FROM uplinks WHERE child_unit_code = '421303'",
    );
    await database.sequelize.query(`DELETE FROM uplink_members WHERE uplink_id = ${uplink!.id}`);
    await database.sequelize.query(`DELETE FROM uplinks WHERE id = ${uplink!.id}`);
    const repaired = await seedExtranet(database.sequelize, { depth: 'township', secretBox });
    expect(repaired).toEqual({ units: 0, nodes: 0, uplinks: 1, members: 2, created: true });
    const members = await rows<{ carrier: string; contracted: number; ifIndex: number }>(
      'SELECT m.carrier AS carrier, m.contracted_mbps AS contracted, i.if_index AS ifIndex ' +
        'FROM uplink_members m JOIN uplinks u ON u.id = m.uplink_id ' +
        "JOIN interfaces i ON i.id = m.interface_id WHERE u.child_unit_code = '421303'",
    );
    expect(members.map((member) => [member.ifIndex, member.contracted]).sort()).toEqual([
      [1, 2000],
      [2, 2000],
    ]);
    expect(members[0]!.carrier).not.toBe(members[1]!.carrier);
  });
});

describe('seedExtranet options', () => {
  it('when a simulator port is given, then every seeded node uses it', async () => {
    const database = await openDatabase({ url: 'sqlite::memory:' });
    try {
      await migrateDatabase(database.sequelize);
      await seedExtranet(database.sequelize, {
        depth: 'township',
        secretBox: new SecretBox(Buffer.alloc(32, 1)),
        simulatorPort: 20161,
      });
      const ports = await database.sequelize.query<{ port: number }>(
        'SELECT DISTINCT snmp_port AS port FROM nodes',
        { type: QueryTypes.SELECT },
      );
      expect(ports.map((row) => row.port)).toEqual([20161]);
    } finally {
      await database.close();
    }
  });
});
