import { IF_ENTRY_OID, IF_X_ENTRY_OID, SystemOid } from '../snmp-oids';

/**
 * The IF-MIB columns a discovery walks, and their SMI types. Only these columns are asked
 * (not whole tables): a 48-port switch's ifTable has 22 columns, most of them counters.
 */
export const DiscoveryColumn = {
  ifDescr: { oid: `${IF_ENTRY_OID}.2`, type: 'text' },
  ifType: { oid: `${IF_ENTRY_OID}.3`, type: 'integer' },
  ifSpeed: { oid: `${IF_ENTRY_OID}.5`, type: 'gauge' },
  ifPhysAddress: { oid: `${IF_ENTRY_OID}.6`, type: 'octets' },
  ifAdminStatus: { oid: `${IF_ENTRY_OID}.7`, type: 'integer' },
  ifOperStatus: { oid: `${IF_ENTRY_OID}.8`, type: 'integer' },
  ifName: { oid: `${IF_X_ENTRY_OID}.1`, type: 'text' },
  ifHighSpeed: { oid: `${IF_X_ENTRY_OID}.15`, type: 'gauge' },
  ifAlias: { oid: `${IF_X_ENTRY_OID}.18`, type: 'text' },
} as const;
export type DiscoveryColumnName = keyof typeof DiscoveryColumn;
export const DISCOVERY_COLUMN_NAMES = Object.keys(DiscoveryColumn) as DiscoveryColumnName[];

/** IF-MIB column numbers (the last arc of each column OID), for agents that serve them. */
export const IF_PHYS_ADDRESS_COLUMN = 6;

/** The system group scalars read with every discovery. */
export const DISCOVERY_SYSTEM_OIDS = [
  `${SystemOid.sysDescr}.0`,
  `${SystemOid.sysObjectID}.0`,
  `${SystemOid.sysName}.0`,
] as const;
