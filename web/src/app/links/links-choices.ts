/**
 * Choice sets of the links domain. The values are defined once, in database/src/links/choices.ts
 * (a dependency-free file the console compiles too), and used by the database enums, the API's
 * schemas and the console's chips alike; what follows are console-only derivations.
 */
import { UNIT_LEVELS, UPLINK_STATES, UnitLevel, type UplinkState } from '@extranet/links-choices';

export {
  IfStatus,
  UNIT_LEVELS,
  UPLINK_STATES,
  UnitLevel,
  UplinkState,
} from '@extranet/links-choices';

/** Levels that have an uplink to a parent (the province has none). */
export const UPLINK_LEVELS: readonly UnitLevel[] = UNIT_LEVELS.filter(
  (level) => level !== UnitLevel.Province,
);

/** GB/T 2260 code of Hubei, the root of the unit tree (`/api/units` answers for it). */
export const PROVINCE_CODE = '42';

export function isUnitLevel(value: string): value is UnitLevel {
  return (UNIT_LEVELS as readonly string[]).includes(value);
}

export function isUplinkState(value: string): value is UplinkState {
  return (UPLINK_STATES as readonly string[]).includes(value);
}
