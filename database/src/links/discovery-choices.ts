/**
 * Choice sets of interface discovery, defined once for the database, the collector's decoder,
 * the API's validation and (mirrored) the console's select. This file imports nothing, so the
 * console may compile it too.
 */

/**
 * How a node's SNMP text (ifName, ifAlias, ifDescr, sysDescr) is decoded. `auto` tries strict
 * UTF-8, then GB18030 (a superset of GBK and GB2312, what domestic gear sends). A forced
 * encoding that does not fit the bytes still never yields mojibake: the value is kept as hex.
 */
export const TextEncoding = {
  Auto: 'auto',
  Utf8: 'utf-8',
  Gb18030: 'gb18030',
  Gbk: 'gbk',
  Big5: 'big5',
  Latin1: 'iso-8859-1',
} as const;
export type TextEncoding = (typeof TextEncoding)[keyof typeof TextEncoding];
export const TEXT_ENCODINGS: readonly TextEncoding[] = Object.values(TextEncoding);

/** Why a node's interfaces are (to be) walked. */
export const DiscoveryReason = {
  NodeAdded: 'node_added',
  OnDemand: 'on_demand',
  Daily: 'daily',
  /** The poll saw another ifName behind a member's ifIndex (a reboot renumbered the ports). */
  InterfaceRenumbered: 'interface_renumbered',
} as const;
export type DiscoveryReason = (typeof DiscoveryReason)[keyof typeof DiscoveryReason];
export const DISCOVERY_REASONS: readonly DiscoveryReason[] = Object.values(DiscoveryReason);

/** How the last walk ended: every row read, cut by a bound (rows or time), or not at all. */
export const DiscoveryOutcome = {
  Complete: 'complete',
  Partial: 'partial',
  Failed: 'failed',
} as const;
export type DiscoveryOutcome = (typeof DiscoveryOutcome)[keyof typeof DiscoveryOutcome];
export const DISCOVERY_OUTCOMES: readonly DiscoveryOutcome[] = Object.values(DiscoveryOutcome);

/**
 * What the console shows: a request waiting for the collector, a walk under way, or the last
 * outcome (`never` before the first walk).
 */
export const DiscoveryStatus = {
  Never: 'never',
  Pending: 'pending',
  Running: 'running',
  ...DiscoveryOutcome,
} as const;
export type DiscoveryStatus = (typeof DiscoveryStatus)[keyof typeof DiscoveryStatus];
export const DISCOVERY_STATUSES: readonly DiscoveryStatus[] = Object.values(DiscoveryStatus);

/** Text columns that may hold hex instead of text (bytes that decode in no known encoding). */
export const HexTextField = {
  IfName: 'ifName',
  IfAlias: 'ifAlias',
  IfDescr: 'ifDescr',
  SysDescr: 'sysDescr',
  SysName: 'sysName',
} as const;
export type HexTextField = (typeof HexTextField)[keyof typeof HexTextField];
