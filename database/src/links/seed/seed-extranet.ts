import { randomBytes } from 'node:crypto';
import { QueryTypes, Transaction, type Sequelize } from 'sequelize';
import type { SecretBox } from '../../crypto/secret-box';
import { HUBEI_PROVINCE_CODE, loadHubeiDivisions } from '../../reference/hubei-divisions';
import type { UnitLevel } from '../choices';
import { insertInChunks } from './chunked-insert';
import { IF_INDEX, planExtranet, type ExtranetPlan, type SeedDepth } from './extranet-plan';
import { ManagementAddressAllocator } from './management-addresses';
import { TIER_POLICY_SEEDS, tierKey } from './tier-policy-seeds';

/** What one seed run created (zero everywhere and `created: false` when all was there). */
export interface SeedReport {
  units: number;
  nodes: number;
  uplinks: number;
  members: number;
  created: boolean;
}

export interface SeedOptions {
  depth: SeedDepth;
  /** Seals each node's random SNMP community. */
  secretBox: SecretBox;
  /** UDP port the SNMP simulator answers on for every seeded node. */
  simulatorPort?: number;
}

export const DEFAULT_SIMULATOR_PORT = 16161;

type Row = Record<string, unknown>;
interface Context {
  sequelize: Sequelize;
  transaction: Transaction;
  now: Date;
}

/**
 * Fills an empty database with Hubei's extranet, or completes a partial one: it only ever adds
 * what is missing (matched by unit code, node unit, uplink child) and never changes a row, so
 * running it again creates nothing, and depth 'full' after 'township' adds the villages. Rows
 * edited by operators (tier bandwidths, node addresses) are kept as they are. One transaction:
 * a failed run leaves nothing behind.
 */
export async function seedExtranet(sequelize: Sequelize, opts: SeedOptions): Promise<SeedReport> {
  return sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, async (transaction) => {
    const context: Context = { sequelize, transaction, now: new Date() };
    const tiers = await ensureTierPolicies(context);
    const bandwidth = new Map([...tiers].map(([key, tier]) => [key, tier.memberBandwidthMbps]));
    const plan = planExtranet(loadHubeiDivisions(), opts.depth, bandwidth);

    const units = await insertMissingUnits(context, plan);
    const nodes = await insertMissingNodes(context, plan, opts);
    const tierIds = new Map([...tiers].map(([key, tier]) => [key, tier.id]));
    const { uplinks, members } = await insertMissingUplinks(context, plan, tierIds);
    return { units, nodes, uplinks, members, created: units + nodes + uplinks + members > 0 };
  });
}

/** True once a seed has run: the province's node exists (a seed commits all or nothing). */
export async function isExtranetSeeded(sequelize: Sequelize): Promise<boolean> {
  const rows = await sequelize.query('SELECT id FROM nodes WHERE unit_code = :code', {
    type: QueryTypes.SELECT,
    replacements: { code: HUBEI_PROVINCE_CODE },
  });
  return rows.length > 0;
}

async function ensureTierPolicies(
  context: Context,
): Promise<Map<string, { id: number; memberBandwidthMbps: number }>> {
  const read = () =>
    select<{
      id: number;
      parentLevel: UnitLevel;
      childLevel: UnitLevel;
      memberBandwidthMbps: number;
    }>(
      context,
      'SELECT id, parent_level AS parentLevel, child_level AS childLevel, ' +
        'member_bandwidth_mbps AS memberBandwidthMbps FROM tier_policies',
    );
  const existing = new Set(
    (await read()).map((tier) => tierKey(tier.parentLevel, tier.childLevel)),
  );
  const missing = TIER_POLICY_SEEDS.filter(
    (seed) => !existing.has(tierKey(seed.parentLevel, seed.childLevel)),
  );
  await insertInChunks(
    context.sequelize,
    'tier_policies',
    missing.map((seed) => ({
      parent_level: seed.parentLevel,
      child_level: seed.childLevel,
      name: seed.name,
      members_required: seed.membersRequired,
      member_bandwidth_mbps: seed.memberBandwidthMbps,
      is_plan_defined: seed.isPlanDefined,
      ...timestamps(context),
    })),
    context.transaction,
  );
  return new Map(
    (await read()).map((tier) => [
      tierKey(tier.parentLevel, tier.childLevel),
      { id: tier.id, memberBandwidthMbps: tier.memberBandwidthMbps },
    ]),
  );
}

async function insertMissingUnits(context: Context, plan: ExtranetPlan): Promise<number> {
  const existing = await selectSet(context, 'SELECT code AS value FROM admin_units');
  const rows: Row[] = plan.units
    .filter((unit) => !existing.has(unit.code))
    .map((unit) => ({
      code: unit.code,
      name: unit.name,
      level: unit.level,
      parent_code: unit.parentCode,
      city_code: unit.cityCode,
      ...timestamps(context),
    }));
  await insertInChunks(context.sequelize, 'admin_units', rows, context.transaction);
  return rows.length;
}

/** Nodes for units that have none, then the interfaces of exactly those nodes. */
async function insertMissingNodes(
  context: Context,
  plan: ExtranetPlan,
  opts: SeedOptions,
): Promise<number> {
  const existing = await select<{ unitCode: string; mgmtAddress: string }>(
    context,
    'SELECT unit_code AS unitCode, mgmt_address AS mgmtAddress FROM nodes',
  );
  const hasNode = new Set(existing.map((node) => node.unitCode));
  const addresses = new ManagementAddressAllocator(existing.map((node) => node.mgmtAddress));
  const newNodes = plan.nodes.filter((node) => !hasNode.has(node.unitCode));
  const rows: Row[] = newNodes.map((node) => ({
    unit_code: node.unitCode,
    hostname: node.hostname,
    vendor: node.vendor,
    mgmt_address: addresses.allocate(),
    snmp_port: opts.simulatorPort ?? DEFAULT_SIMULATOR_PORT,
    snmp_community_sealed: opts.secretBox.seal(randomBytes(12).toString('base64url')),
    ...timestamps(context),
  }));
  await insertInChunks(context.sequelize, 'nodes', rows, context.transaction);

  const nodeIds = await selectMap(context, 'SELECT unit_code AS code, id FROM nodes');
  const interfaceRows: Row[] = newNodes.flatMap((node) =>
    node.interfaces.map((planned) => ({
      node_id: nodeIds.get(node.unitCode),
      if_index: planned.ifIndex,
      if_name: planned.ifName,
      if_alias: planned.ifAlias,
      speed_mbps: planned.speedMbps,
      ...timestamps(context),
    })),
  );
  await insertInChunks(context.sequelize, 'interfaces', interfaceRows, context.transaction);
  return rows.length;
}

/**
 * Uplinks for units that have none, with their member circuits on the child node's uplink
 * ports. A member is left out when that port is missing or already a member (a node an operator
 * added by hand): the uplink then shows as incomplete instead of claiming a wrong port.
 */
async function insertMissingUplinks(
  context: Context,
  plan: ExtranetPlan,
  tierIds: ReadonlyMap<string, number>,
): Promise<{ uplinks: number; members: number }> {
  const existing = await selectSet(context, 'SELECT child_unit_code AS value FROM uplinks');
  const newUplinks = plan.uplinks.filter((uplink) => !existing.has(uplink.childUnitCode));
  await insertInChunks(
    context.sequelize,
    'uplinks',
    newUplinks.map((uplink) => ({
      child_unit_code: uplink.childUnitCode,
      parent_unit_code: uplink.parentUnitCode,
      tier_policy_id: tierIds.get(uplink.tierKey),
      ...timestamps(context),
    })),
    context.transaction,
  );
  if (newUplinks.length === 0) return { uplinks: 0, members: 0 };

  const uplinkIds = await selectMap(context, 'SELECT child_unit_code AS code, id FROM uplinks');
  const ports = await select<{ unitCode: string; ifIndex: number; id: number }>(
    context,
    'SELECT n.unit_code AS unitCode, i.if_index AS ifIndex, i.id AS id ' +
      'FROM interfaces i JOIN nodes n ON n.id = i.node_id ' +
      `WHERE i.if_index IN (${IF_INDEX.firstUplink}, ${IF_INDEX.secondUplink})`,
  );
  const portIds = new Map(ports.map((port) => [`${port.unitCode}:${port.ifIndex}`, port.id]));
  const inUse = await selectSet(context, 'SELECT interface_id AS value FROM uplink_members');
  const memberRows: Row[] = newUplinks.flatMap((uplink) =>
    uplink.members.flatMap((member) => {
      const interfaceId = portIds.get(`${uplink.childUnitCode}:${member.ifIndex}`);
      if (interfaceId === undefined || inUse.has(String(interfaceId))) return [];
      return [
        {
          uplink_id: uplinkIds.get(uplink.childUnitCode),
          interface_id: interfaceId,
          member_index: member.memberIndex,
          carrier: member.carrier,
          circuit_ref: member.circuitRef,
          contracted_mbps: member.contractedMbps,
          ...timestamps(context),
        },
      ];
    }),
  );
  await insertInChunks(context.sequelize, 'uplink_members', memberRows, context.transaction);
  return { uplinks: newUplinks.length, members: memberRows.length };
}

function timestamps(context: Context): { created_at: Date; updated_at: Date } {
  return { created_at: context.now, updated_at: context.now };
}

function select<T extends object>(context: Context, sql: string): Promise<T[]> {
  return context.sequelize.query<T>(sql, {
    type: QueryTypes.SELECT,
    transaction: context.transaction,
  });
}

async function selectSet(context: Context, sql: string): Promise<Set<string>> {
  const rows = await select<{ value: string | number }>(context, sql);
  return new Set(rows.map((row) => String(row.value)));
}

async function selectMap(context: Context, sql: string): Promise<Map<string, number>> {
  const rows = await select<{ code: string; id: number }>(context, sql);
  return new Map(rows.map((row) => [String(row.code), Number(row.id)]));
}
