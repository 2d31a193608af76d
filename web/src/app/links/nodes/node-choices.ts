/**
 * Discovery choice sets, mirrored from database/src/links/discovery-choices.ts (the API
 * validates against the originals; keep the two in step).
 */
export { NODE_REACHABILITIES, NodeReachability } from '@extranet/links-choices';

export const TEXT_ENCODINGS = ['auto', 'utf-8', 'gb18030', 'gbk', 'big5', 'iso-8859-1'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export const DISCOVERY_STATUSES = [
  'never',
  'pending',
  'running',
  'complete',
  'partial',
  'failed',
] as const;
export type DiscoveryStatus = (typeof DISCOVERY_STATUSES)[number];

/** How often a pending or running discovery is looked at: the collector checks every 10 s. */
export const DISCOVERY_PROGRESS_INTERVAL_MS = 3_000;

/** A walk asked for or under way: the page follows it until it ends. */
export function isDiscoveryInProgress(status: DiscoveryStatus): boolean {
  return status === 'pending' || status === 'running';
}

export const NODE_SORT_KEYS = [
  'code',
  'hostname',
  'vendor',
  'mgmtAddress',
  'reachability',
  'lastPolledAt',
  'discoveredAt',
] as const;
export type NodeSortKey = (typeof NODE_SORT_KEYS)[number];
