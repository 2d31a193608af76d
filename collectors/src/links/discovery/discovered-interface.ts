import type { HexTextField } from '@extranet/database';

/** Column widths of the interfaces / nodes tables (migrations 0001 and 0006), in characters. */
export const INTERFACE_NAME_MAX_CHARACTERS = 64;
export const INTERFACE_ALIAS_MAX_CHARACTERS = 255;
export const INTERFACE_DESCR_MAX_CHARACTERS = 512;
export const SYS_DESCR_MAX_CHARACTERS = 512;
export const SYS_NAME_MAX_CHARACTERS = 255;

/** One row of the walked ifTable + ifXTable, decoded and ready to store. */
export interface DiscoveredInterface {
  ifIndex: number;
  /** ifName, else ifDescr (agents without ifXTable), else `ifIndex <n>`: the re-match key. */
  ifName: string;
  ifAlias: string | null;
  ifDescr: string | null;
  ifType: number | null;
  /** Lowercase colon hex; null when the agent has none (loopbacks). */
  physAddress: string | null;
  /** ifHighSpeed, else ifSpeed in Mbit/s; null when unknown. */
  speedMbps: number | null;
  adminStatus: number | null;
  operStatus: number | null;
  /** Text fields kept as hex because their bytes decode in no encoding. */
  hexTextFields: HexTextField[];
}

/** The system group, as the node describes itself. */
export interface DiscoveredSystem {
  sysDescr: string | null;
  sysObjectId: string | null;
  sysName: string | null;
  hexTextFields: HexTextField[];
}
