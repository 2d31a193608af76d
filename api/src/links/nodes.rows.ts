import {
  TEXT_ENCODINGS,
  TextEncoding,
  type DiscoveryOutcome,
  type DiscoveryReason,
  type NodeReachability,
  type UnitLevel,
} from '@extranet/database';
import { parseSqlDate, toIso, toIsoOrNull, toNumber, toNumberOrNull } from '../platform/sql-values';
import { discoveryStatusOf } from './nodes.discovery-status';
import type { NodeDiscovery, NodeInterfaceView, NodeSummary } from './nodes.schemas';

/** Deliberately no community column: the sealed secret never leaves the collector's path. */
export const NODE_SELECT = `
SELECT n.id AS id, n.hostname AS hostname, n.vendor AS vendor, n.mgmt_address AS mgmtAddress,
  n.snmp_port AS snmpPort, n.snmp_version AS snmpVersion, n.is_polled AS isPolled,
  n.last_polled_at AS lastPolledAt, n.last_poll_error AS lastPollError,
  n.reachability AS reachability, n.consecutive_failures AS consecutiveFailures,
  n.unreachable_since AS unreachableSince, n.text_encoding AS textEncoding,
  n.sys_name AS sysName, n.sys_descr AS sysDescr, n.sys_object_id AS sysObjectId,
  n.hex_text_fields AS hexTextFields,
  n.discovery_requested_at AS discoveryRequestedAt, n.discovery_request_reason AS discoveryReason,
  n.discovery_started_at AS discoveryStartedAt, n.discovery_finished_at AS discoveryFinishedAt,
  n.discovery_outcome AS discoveryOutcome, n.discovery_error AS discoveryError,
  n.discovery_summary AS discoverySummary,
  n.created_at AS createdAt, n.updated_at AS updatedAt,
  a.code AS unitCode, a.name AS unitName, a.level AS unitLevel
FROM nodes n JOIN admin_units a ON a.code = n.unit_code`;

export interface NodeRow {
  id: unknown;
  hostname: string;
  vendor: string | null;
  mgmtAddress: string;
  snmpPort: unknown;
  snmpVersion: string;
  isPolled: unknown;
  lastPolledAt: unknown;
  lastPollError: string | null;
  reachability: string | null;
  consecutiveFailures: unknown;
  unreachableSince: unknown;
  textEncoding: string | null;
  sysName: string | null;
  sysDescr: string | null;
  sysObjectId: string | null;
  hexTextFields: string | null;
  discoveryRequestedAt: unknown;
  discoveryReason: string | null;
  discoveryStartedAt: unknown;
  discoveryFinishedAt: unknown;
  discoveryOutcome: string | null;
  discoveryError: string | null;
  discoverySummary: string | null;
  createdAt: unknown;
  updatedAt: unknown;
  unitCode: string;
  unitName: string;
  unitLevel: UnitLevel;
}

export function toNodeSummary(row: NodeRow): NodeSummary {
  return {
    id: toNumber(row.id),
    unit: { code: row.unitCode, name: row.unitName, level: row.unitLevel },
    hostname: row.hostname,
    vendor: row.vendor ?? null,
    mgmtAddress: row.mgmtAddress,
    snmpPort: toNumber(row.snmpPort),
    snmpVersion: row.snmpVersion,
    isPolled: isTrue(row.isPolled),
    lastPolledAt: toIsoOrNull(row.lastPolledAt),
    lastPollError: row.lastPollError ?? null,
    reachability: (row.reachability ?? 'unknown') as NodeReachability,
    consecutiveFailures: toNumber(row.consecutiveFailures),
    unreachableSince: toIsoOrNull(row.unreachableSince),
    textEncoding: TEXT_ENCODINGS.includes(row.textEncoding as TextEncoding)
      ? (row.textEncoding as TextEncoding)
      : TextEncoding.Auto,
    sysName: row.sysName ?? null,
    sysDescr: row.sysDescr ?? null,
    sysObjectId: row.sysObjectId ?? null,
    hexTextFields: splitList(row.hexTextFields),
    discovery: toDiscovery(row),
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
  };
}

function toDiscovery(row: NodeRow): NodeDiscovery {
  const outcome = (row.discoveryOutcome ?? null) as DiscoveryOutcome | null;
  return {
    status: discoveryStatusOf({
      requestedAt: toDate(row.discoveryRequestedAt),
      startedAt: toDate(row.discoveryStartedAt),
      finishedAt: toDate(row.discoveryFinishedAt),
      outcome,
    }),
    requestedAt: toIsoOrNull(row.discoveryRequestedAt),
    reason: (row.discoveryReason ?? null) as DiscoveryReason | null,
    startedAt: toIsoOrNull(row.discoveryStartedAt),
    finishedAt: toIsoOrNull(row.discoveryFinishedAt),
    error: row.discoveryError ?? null,
    summary: parseSummary(row.discoverySummary),
  };
}

function parseSummary(text: string | null): NodeDiscovery['summary'] {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const count = (key: string) => toNumber(parsed[key]);
    return {
      found: count('found'),
      added: count('added'),
      renumbered: count('renumbered'),
      absent: count('absent'),
      removed: count('removed'),
    };
  } catch {
    return null;
  }
}

export interface NodeInterfaceRow {
  interfaceId: unknown;
  ifIndex: unknown;
  ifName: string;
  ifAlias: string | null;
  speedMbps: unknown;
  operStatus: unknown;
  adminStatus: unknown;
  ifDescr: string | null;
  ifType: unknown;
  physAddress: string | null;
  hexTextFields: string | null;
  isPresent: unknown;
  absentSince: unknown;
  lastDiscoveredAt: unknown;
  memberId: unknown;
  uplinkId: unknown;
  memberIndex: unknown;
  carrier: string | null;
  circuitRef: string | null;
  lastSkipReason: string | null;
  lastSkipAt: unknown;
}

export const NODE_INTERFACES_SELECT = `
SELECT i.id AS interfaceId, i.if_index AS ifIndex, i.if_name AS ifName, i.if_alias AS ifAlias,
  i.speed_mbps AS speedMbps, i.oper_status AS operStatus, i.admin_status AS adminStatus,
  i.if_descr AS ifDescr, i.if_type AS ifType, i.phys_address AS physAddress,
  i.hex_text_fields AS hexTextFields, i.is_present AS isPresent, i.absent_since AS absentSince,
  i.last_discovered_at AS lastDiscoveredAt,
  m.id AS memberId, m.uplink_id AS uplinkId, m.member_index AS memberIndex, m.carrier AS carrier,
  m.circuit_ref AS circuitRef,
  c.last_skip_reason AS lastSkipReason, c.last_skip_at AS lastSkipAt
FROM interfaces i
LEFT JOIN uplink_members m ON m.interface_id = i.id
LEFT JOIN interface_counter_states c ON c.interface_id = i.id`;

export function toNodeInterface(row: NodeInterfaceRow): NodeInterfaceView {
  const isPresent = isTrue(row.isPresent);
  const lastSkipAt = toIsoOrNull(row.lastSkipAt);
  return {
    id: toNumber(row.interfaceId),
    // An absent port gave up its number (stored negated): there is no ifIndex to show.
    ifIndex: isPresent ? toNumber(row.ifIndex) : null,
    ifName: row.ifName,
    ifAlias: row.ifAlias ?? null,
    speedMbps: toNumberOrNull(row.speedMbps),
    operStatus: toNumberOrNull(row.operStatus),
    adminStatus: toNumberOrNull(row.adminStatus),
    ifDescr: row.ifDescr ?? null,
    ifType: toNumberOrNull(row.ifType),
    physAddress: row.physAddress ?? null,
    hexTextFields: splitList(row.hexTextFields),
    isPresent,
    absentSince: toIsoOrNull(row.absentSince),
    lastDiscoveredAt: toIsoOrNull(row.lastDiscoveredAt),
    member:
      row.memberId === null || row.memberId === undefined
        ? null
        : {
            id: toNumber(row.memberId),
            uplinkId: toNumber(row.uplinkId),
            memberIndex: toNumber(row.memberIndex),
            carrier: row.carrier ?? '',
            circuitRef: row.circuitRef ?? null,
          },
    lastSkip:
      row.lastSkipReason && lastSkipAt ? { reason: row.lastSkipReason, at: lastSkipAt } : null,
  };
}

function isTrue(value: unknown): boolean {
  return value === true || toNumber(value) === 1;
}

function splitList(text: string | null): string[] {
  return text ? text.split(',').filter(Boolean) : [];
}

function toDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  return typeof value === 'string' ? parseSqlDate(value) : null;
}
