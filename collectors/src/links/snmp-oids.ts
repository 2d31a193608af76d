/**
 * The SNMP objects the links domain reads (SNMPv2-MIB system group, IF-MIB ifTable/ifXTable),
 * shared by the poller and the simulator so both speak of the same instances.
 */
export const SystemOid = {
  sysDescr: '1.3.6.1.2.1.1.1',
  sysObjectID: '1.3.6.1.2.1.1.2',
  sysUpTime: '1.3.6.1.2.1.1.3',
  sysName: '1.3.6.1.2.1.1.5',
} as const;

/** SNMP-FRAMEWORK-MIB snmpEngineTime: seconds since the engine booted; no 497-day wrap. */
export const SNMP_ENGINE_TIME_OID = '1.3.6.1.6.3.10.2.1.3';

/** ifEntry (IF-MIB ifTable) and its column numbers. */
export const IF_ENTRY_OID = '1.3.6.1.2.1.2.2.1';
export const IfEntryColumn = {
  ifIndex: 1,
  ifDescr: 2,
  ifType: 3,
  ifSpeed: 5,
  ifAdminStatus: 7,
  ifOperStatus: 8,
  ifInOctets: 10,
  ifOutOctets: 16,
} as const;

/** ifXEntry (IF-MIB ifXTable, augments ifEntry) and its column numbers. */
export const IF_X_ENTRY_OID = '1.3.6.1.2.1.31.1.1.1';
export const IfXEntryColumn = {
  ifName: 1,
  ifHCInOctets: 6,
  ifHCOutOctets: 10,
  ifHighSpeed: 15,
  ifAlias: 18,
  ifCounterDiscontinuityTime: 19,
} as const;

/** IANAifType values the simulated interfaces use. */
export const IanaIfType = {
  ethernetCsmacd: 6,
  softwareLoopback: 24,
} as const;

export function scalarInstance(objectOid: string): string {
  return `${objectOid}.0`;
}

export function ifEntryInstance(column: number, ifIndex: number): string {
  return `${IF_ENTRY_OID}.${column}.${ifIndex}`;
}

export function ifXEntryInstance(column: number, ifIndex: number): string {
  return `${IF_X_ENTRY_OID}.${column}.${ifIndex}`;
}
