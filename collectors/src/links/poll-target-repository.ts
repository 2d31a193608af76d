import { QueryTypes, type Sequelize } from 'sequelize';
import type { NodeReachability, UnitLevel, UplinkState } from '@extranet/database';
import type { CounterReading } from './counter-rate';
import type { TierPolicyInput } from './tier-evaluation';

/** A member circuit with what the last cycle left behind for it. */
export interface PollableMember {
  memberId: number;
  memberIndex: number;
  carrier: string;
  contractedMbps: number;
  interfaceId: number;
  ifIndex: number;
  /** ifName as last discovered: the poll checks the port behind ifIndex is still this one. */
  ifName?: string;
  /** Interface columns as stored, to write only what changed. */
  speedMbps: number | null;
  operStatus: number | null;
  adminStatus: number | null;
  lastInBps: number | null;
  lastOutBps: number | null;
  counters: CounterReading | null;
  /** Why the member's last unknown interval had no sample, and when (kept across cycles). */
  lastSkipReason: string | null;
  lastSkipAt: Date | null;
}

export interface PollableUplink {
  uplinkId: number;
  state: UplinkState;
  stateReason: string | null;
  stateChangedAt: Date | null;
  /** Null until the first evaluation, which is recorded as a state change from nothing. */
  evaluatedAt: Date | null;
  tierPolicyId: number;
  policy: TierPolicyInput;
  members: PollableMember[];
}

/** A node to poll, with its own uplink (the one whose child is the node's unit), if any. */
export interface PollableNode {
  nodeId: number;
  unitCode: string;
  hostname: string;
  mgmtAddress: string;
  snmpPort: number;
  communitySealed: string;
  /** The node's text encoding override (null = auto), to decode ifName like discovery does. */
  textEncoding?: string | null;
  /** The level of the node's unit: it decides the node's poll group. */
  level: UnitLevel;
  reachability: NodeReachability;
  consecutiveFailures: number;
  unreachableSince: Date | null;
  lastPollError: string | null;
  uplink: PollableUplink | null;
}

interface NodeRow {
  id: number;
  unitCode: string;
  hostname: string;
  mgmtAddress: string;
  snmpPort: number;
  communitySealed: string;
  textEncoding: string | null;
  level: UnitLevel;
  reachability: NodeReachability;
  consecutiveFailures: number | string;
  unreachableSince: Date | string | null;
  lastPollError: string | null;
}

interface UplinkRow {
  id: number;
  childUnitCode: string;
  state: UplinkState;
  stateReason: string | null;
  stateChangedAt: Date | string | null;
  evaluatedAt: Date | string | null;
  tierPolicyId: number;
  membersRequired: number;
  memberBandwidthMbps: number;
}

interface MemberRow {
  id: number;
  uplinkId: number;
  memberIndex: number;
  carrier: string;
  contractedMbps: number;
  lastInBps: number | string | null;
  lastOutBps: number | string | null;
  interfaceId: number;
  interfaceNodeId: number;
  ifIndex: number;
  ifName: string;
  speedMbps: number | null;
  operStatus: number | null;
  adminStatus: number | null;
  inOctets: string | null;
  outOctets: string | null;
  sysUptimeTicks: number | string | null;
  counterBits: number | string | null;
  discontinuityTicks: number | string | null;
  engineTimeSeconds: number | string | null;
  readAt: Date | string | null;
  lastSkipReason: string | null;
  lastSkipAt: Date | string | null;
}

/** Which nodes to load: those of some partitions (node id mod count), or all of them. */
export interface NodePartitionFilter {
  count: number;
  partitions: readonly number[];
}

/**
 * Loads every polled node with its uplink, tier, members, interfaces and last counters as
 * plain objects: three flat queries joined in memory, so the cost stays linear at full depth.
 * Octet counters are read through CAST(… AS CHAR): SQLite keeps them as 64-bit integers and
 * its driver would round them to doubles above 2^53.
 */
export async function loadPollableNodes(
  sequelize: Sequelize,
  filter: NodePartitionFilter | null = null,
): Promise<PollableNode[]> {
  const select = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
    sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements });
  if (filter && filter.partitions.length === 0) return [];
  // `%` is the modulo operator in both MariaDB and SQLite.
  const partitionClause = filter
    ? `AND (n.id % ${Number(filter.count)}) IN (${filter.partitions.map(Number).join(', ')})`
    : '';
  const [nodes, uplinks, members] = await Promise.all([
    select<NodeRow>(
      `SELECT n.id, n.unit_code AS unitCode, n.hostname, n.mgmt_address AS mgmtAddress,
              n.snmp_port AS snmpPort, n.snmp_community_sealed AS communitySealed,
              a.level, n.reachability, n.consecutive_failures AS consecutiveFailures,
              n.unreachable_since AS unreachableSince, n.last_poll_error AS lastPollError,
              n.text_encoding AS textEncoding
         FROM nodes n JOIN admin_units a ON a.code = n.unit_code
        WHERE n.is_polled = :isPolled ${partitionClause} ORDER BY n.id`,
      { isPolled: true },
    ),
    select<UplinkRow>(
      `SELECT u.id, u.child_unit_code AS childUnitCode, u.state, u.state_reason AS stateReason,
              u.state_changed_at AS stateChangedAt, u.evaluated_at AS evaluatedAt,
              u.tier_policy_id AS tierPolicyId,
              t.members_required AS membersRequired,
              t.member_bandwidth_mbps AS memberBandwidthMbps
         FROM uplinks u JOIN tier_policies t ON t.id = u.tier_policy_id`,
    ),
    select<MemberRow>(
      `SELECT m.id, m.uplink_id AS uplinkId, m.member_index AS memberIndex, m.carrier,
              m.contracted_mbps AS contractedMbps, m.last_in_bps AS lastInBps,
              m.last_out_bps AS lastOutBps, i.id AS interfaceId, i.node_id AS interfaceNodeId,
              i.if_index AS ifIndex, i.if_name AS ifName, i.speed_mbps AS speedMbps, i.oper_status AS operStatus,
              i.admin_status AS adminStatus,
              CAST(c.in_octets AS CHAR) AS inOctets, CAST(c.out_octets AS CHAR) AS outOctets,
              c.sys_uptime_ticks AS sysUptimeTicks, c.counter_bits AS counterBits,
              c.discontinuity_ticks AS discontinuityTicks,
              c.engine_time_seconds AS engineTimeSeconds, c.read_at AS readAt,
              c.last_skip_reason AS lastSkipReason, c.last_skip_at AS lastSkipAt
         FROM uplink_members m
         JOIN interfaces i ON i.id = m.interface_id
         LEFT JOIN interface_counter_states c ON c.interface_id = i.id
        ORDER BY m.uplink_id, m.member_index`,
    ),
  ]);

  const membersByUplink = new Map<number, MemberRow[]>();
  for (const member of members) {
    const list = membersByUplink.get(member.uplinkId) ?? [];
    list.push(member);
    membersByUplink.set(member.uplinkId, list);
  }
  const uplinkByChild = new Map(uplinks.map((uplink) => [uplink.childUnitCode, uplink]));

  return nodes.map((node) => {
    const uplink = uplinkByChild.get(node.unitCode);
    return {
      nodeId: node.id,
      unitCode: node.unitCode,
      hostname: node.hostname,
      mgmtAddress: node.mgmtAddress,
      snmpPort: node.snmpPort,
      communitySealed: node.communitySealed,
      level: node.level,
      reachability: node.reachability,
      consecutiveFailures: Number(node.consecutiveFailures),
      unreachableSince: nullableDate(node.unreachableSince),
      lastPollError: node.lastPollError,
      textEncoding: node.textEncoding,
      uplink: uplink
        ? {
            uplinkId: uplink.id,
            state: uplink.state,
            stateReason: uplink.stateReason,
            stateChangedAt: nullableDate(uplink.stateChangedAt),
            evaluatedAt: nullableDate(uplink.evaluatedAt),
            tierPolicyId: uplink.tierPolicyId,
            policy: {
              membersRequired: uplink.membersRequired,
              memberBandwidthMbps: uplink.memberBandwidthMbps,
            },
            // A member measured on another node's port is that node's business.
            members: (membersByUplink.get(uplink.id) ?? [])
              .filter((member) => member.interfaceNodeId === node.id)
              .map(toPollableMember),
          }
        : null,
    };
  });
}

function toPollableMember(row: MemberRow): PollableMember {
  const inOctets = parseOctets(row.inOctets);
  const outOctets = parseOctets(row.outOctets);
  return {
    memberId: row.id,
    memberIndex: row.memberIndex,
    carrier: row.carrier,
    contractedMbps: row.contractedMbps,
    interfaceId: row.interfaceId,
    ifIndex: row.ifIndex,
    ifName: row.ifName,
    speedMbps: row.speedMbps,
    operStatus: row.operStatus,
    adminStatus: row.adminStatus,
    lastInBps: nullableNumber(row.lastInBps),
    lastOutBps: nullableNumber(row.lastOutBps),
    counters:
      inOctets !== null && outOctets !== null && row.sysUptimeTicks !== null && row.readAt !== null
        ? {
            inOctets,
            outOctets,
            counterBits: Number(row.counterBits) === 32 ? 32 : 64,
            sysUptimeTicks: Number(row.sysUptimeTicks),
            discontinuityTicks: nullableNumber(row.discontinuityTicks),
            engineTimeSeconds: nullableNumber(row.engineTimeSeconds),
            readAtMs: toDate(row.readAt).getTime(),
          }
        : null,
    lastSkipReason: row.lastSkipReason,
    lastSkipAt: nullableDate(row.lastSkipAt),
  };
}

/**
 * A stored counter, or null when it cannot be trusted: SQLite degrades integers beyond 2^63 to
 * floating point ("1.8e+19"), and then the next interval starts afresh rather than lie.
 */
function parseOctets(value: string | null): bigint | null {
  return value !== null && /^\d+$/.test(value) ? BigInt(value) : null;
}

function nullableNumber(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}

function nullableDate(value: Date | string | null): Date | null {
  return value === null ? null : toDate(value);
}

/** MariaDB hands back Date objects; SQLite the text Sequelize stored ("… +00:00"). */
export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/**
 * When discovery last finished a walk anywhere (epoch ms), or null. A walk may have re-matched
 * renumbered ports: the poll targets in memory must follow it now, not at the next periodic
 * reload, or the circuit's samples stop for minutes after every reboot that renumbers.
 */
export async function loadLatestDiscoveryFinish(sequelize: Sequelize): Promise<number | null> {
  const [row] = await sequelize.query<{ finishedAt: Date | string | null }>(
    'SELECT MAX(discovery_finished_at) AS finishedAt FROM nodes',
    { type: QueryTypes.SELECT },
  );
  return row?.finishedAt ? toDate(row.finishedAt).getTime() : null;
}
