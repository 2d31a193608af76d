/** Response shapes of `/api/nodes` (docs/CONTRACTS.md, "discovery"). Times are ISO-8601. */
import type { UnitLevel } from '../links-choices';
import type { DiscoveryStatus, NodeReachability, NodeSortKey, TextEncoding } from './node-choices';

export interface NodeDiscovery {
  status: DiscoveryStatus;
  requestedAt: string | null;
  reason: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
  summary: {
    found: number;
    added: number;
    renumbered: number;
    absent: number;
    removed: number;
  } | null;
}

export interface NodeSummary {
  id: number;
  unit: { code: string; name: string; level: UnitLevel };
  hostname: string;
  vendor: string | null;
  mgmtAddress: string;
  snmpPort: number;
  snmpVersion: string;
  isPolled: boolean;
  lastPolledAt: string | null;
  lastPollError: string | null;
  reachability: NodeReachability;
  consecutiveFailures: number;
  unreachableSince: string | null;
  textEncoding: TextEncoding;
  sysName: string | null;
  sysDescr: string | null;
  sysObjectId: string | null;
  hexTextFields: string[];
  discovery: NodeDiscovery;
  createdAt: string;
  updatedAt: string;
}

export interface NodeInterface {
  id: number;
  /** Null while the port is absent (gone from the device, kept for its history). */
  ifIndex: number | null;
  ifName: string;
  ifAlias: string | null;
  ifDescr: string | null;
  ifType: number | null;
  physAddress: string | null;
  speedMbps: number | null;
  operStatus: number | null;
  adminStatus: number | null;
  hexTextFields: string[];
  isPresent: boolean;
  absentSince: string | null;
  lastDiscoveredAt: string | null;
  member: {
    id: number;
    uplinkId: number;
    memberIndex: number;
    carrier: string;
    circuitRef: string | null;
  } | null;
  lastSkip: { reason: string; at: string } | null;
}

export interface NodeDetail extends NodeSummary {
  interfaces: NodeInterface[];
}

export interface NodePage {
  items: NodeSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface NodeListQuery {
  q: string;
  reachability: NodeReachability[];
  discovery: DiscoveryStatus[];
  sort: NodeSortKey;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const DEFAULT_NODE_LIST_QUERY: NodeListQuery = {
  q: '',
  reachability: [],
  discovery: [],
  sort: 'code',
  order: 'asc',
  page: 1,
  pageSize: 25,
};
