import type { VarBind } from 'snmp-native';

/** The BER tags of the SMI types an IF-MIB answer uses (RFC 2578, RFC 3416 exceptions). */
export const SmiType = {
  Integer: 0x02,
  OctetString: 0x04,
  Null: 0x05,
  ObjectIdentifier: 0x06,
  IpAddress: 0x40,
  Counter32: 0x41,
  Gauge32: 0x42,
  TimeTicks: 0x43,
  Opaque: 0x44,
  Counter64: 0x46,
  NoSuchObject: 0x80,
  NoSuchInstance: 0x81,
  EndOfMibView: 0x82,
} as const;

const TYPE_NAMES: Record<number, string> = {
  [SmiType.Integer]: 'INTEGER',
  [SmiType.OctetString]: 'OCTET STRING',
  [SmiType.Null]: 'NULL',
  [SmiType.ObjectIdentifier]: 'OBJECT IDENTIFIER',
  [SmiType.IpAddress]: 'IpAddress',
  [SmiType.Counter32]: 'Counter32',
  [SmiType.Gauge32]: 'Gauge32',
  [SmiType.TimeTicks]: 'TimeTicks',
  [SmiType.Opaque]: 'Opaque',
  [SmiType.Counter64]: 'Counter64',
  [SmiType.NoSuchObject]: 'noSuchObject',
  [SmiType.NoSuchInstance]: 'noSuchInstance',
  [SmiType.EndOfMibView]: 'endOfMibView',
};

/** The name operators know a type by, for messages ("as OCTET STRING, not TimeTicks"). */
export function snmpTypeName(type: number): string {
  return TYPE_NAMES[type] ?? `type 0x${type.toString(16)}`;
}

/** Why a value is not of the type its object has, or null when it is. */
export function typeMismatch(vb: VarBind, type: number, name: string): string | null {
  return vb.type === type
    ? null
    : `answered ${name} as ${snmpTypeName(vb.type)}, not ${snmpTypeName(type)}`;
}

/** noSuchObject, noSuchInstance or endOfMibView: the agent has no value there. */
export function isException(vb: VarBind): boolean {
  return (
    vb.type === SmiType.NoSuchObject ||
    vb.type === SmiType.NoSuchInstance ||
    vb.type === SmiType.EndOfMibView
  );
}
