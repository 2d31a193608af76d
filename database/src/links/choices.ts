/**
 * Choice sets of the links domain, defined once and used by the database enums, the API's
 * validation schemas and the console's chips (NetBox ChoiceSet style).
 */
export const UnitLevel = {
  Province: 'province',
  City: 'city',
  County: 'county',
  Township: 'township',
  Village: 'village',
  Department: 'department',
} as const;
export type UnitLevel = (typeof UnitLevel)[keyof typeof UnitLevel];
export const UNIT_LEVELS: readonly UnitLevel[] = Object.values(UnitLevel);

/** Levels that form the administrative tree, top-down; departments hang off the province. */
export const TREE_LEVEL_ORDER: readonly UnitLevel[] = [
  UnitLevel.Province,
  UnitLevel.City,
  UnitLevel.County,
  UnitLevel.Township,
  UnitLevel.Village,
];

export const UplinkState = {
  Compliant: 'compliant',
  RedundancyLost: 'redundancy_lost',
  UnderProvisioned: 'under_provisioned',
  Congested: 'congested',
  Down: 'down',
  Unknown: 'unknown',
} as const;
export type UplinkState = (typeof UplinkState)[keyof typeof UplinkState];
export const UPLINK_STATES: readonly UplinkState[] = Object.values(UplinkState);

export const SnmpVersion = { V2c: '2c' } as const;
export type SnmpVersion = (typeof SnmpVersion)[keyof typeof SnmpVersion];
export const SNMP_VERSIONS: readonly SnmpVersion[] = Object.values(SnmpVersion);

/** IF-MIB ifOperStatus / ifAdminStatus values (RFC 2863). */
export const IfStatus = {
  Up: 1,
  Down: 2,
  Testing: 3,
  Unknown: 4,
  Dormant: 5,
  NotPresent: 6,
  LowerLayerDown: 7,
} as const;
export type IfStatus = (typeof IfStatus)[keyof typeof IfStatus];

export const CARRIERS = ['中国电信', '中国联通', '中国移动', '中国广电'] as const;

/** Makers of the seeded nodes; a node added by hand may name another (the column is free text). */
export const NodeVendor = {
  Huawei: 'Huawei',
  H3C: 'H3C',
  Ruijie: 'Ruijie',
  ZTE: 'ZTE',
} as const;
export type NodeVendor = (typeof NodeVendor)[keyof typeof NodeVendor];
export const NODE_VENDORS: readonly NodeVendor[] = Object.values(NodeVendor);

/** Whether a node answers its polls; `unreachable` after POLL_UNREACHABLE_AFTER failures in a row. */
export const NodeReachability = {
  Reachable: 'reachable',
  Unreachable: 'unreachable',
  Unknown: 'unknown',
} as const;
export type NodeReachability = (typeof NodeReachability)[keyof typeof NodeReachability];
export const NODE_REACHABILITIES: readonly NodeReachability[] = Object.values(NodeReachability);
