/**
 * Choice sets of the links domain, mirrored from database/src/links/choices.ts (the console does
 * not import server code). Keep the values identical; the chip colours live here so every page
 * colours a state the same way.
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

/** Levels that have an uplink to a parent (the province has none). */
export const UPLINK_LEVELS: readonly UnitLevel[] = UNIT_LEVELS.filter(
  (level) => level !== UnitLevel.Province,
);

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

/** GB/T 2260 code of Hubei, the root of the unit tree (`/api/units` answers for it). */
export const PROVINCE_CODE = '42';

export function isUnitLevel(value: string): value is UnitLevel {
  return (UNIT_LEVELS as readonly string[]).includes(value);
}

export function isUplinkState(value: string): value is UplinkState {
  return (UPLINK_STATES as readonly string[]).includes(value);
}
