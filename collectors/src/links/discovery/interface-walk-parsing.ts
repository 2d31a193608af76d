import { HexTextField, TextEncoding } from '@extranet/database';
import type { VarBind } from 'snmp-native';
import { decodeCounter64 } from '../counter-rate';
import { SmiType, snmpTypeName } from '../snmp-smi-types';
import {
  INTERFACE_ALIAS_MAX_CHARACTERS,
  INTERFACE_DESCR_MAX_CHARACTERS,
  INTERFACE_NAME_MAX_CHARACTERS,
  SYS_DESCR_MAX_CHARACTERS,
  SYS_NAME_MAX_CHARACTERS,
  type DiscoveredInterface,
  type DiscoveredSystem,
} from './discovered-interface';
import { DiscoveryColumn, type DiscoveryColumnName } from './interface-walk-columns';
import { formatMacAddress } from './mac-address';
import { decodeSnmpText, fitColumn } from './snmp-text-decoding';

export type WalkedColumns = Partial<Record<DiscoveryColumnName, readonly VarBind[]>>;

export interface ParsedInterfaces {
  interfaces: DiscoveredInterface[];
  /** What was ignored and why, one line per column ("ifHighSpeed: 3 values …"). */
  problems: string[];
}

const EXPECTED_TYPE = {
  text: SmiType.OctetString,
  octets: SmiType.OctetString,
  integer: SmiType.Integer,
  gauge: SmiType.Gauge32,
};
const IF_SPEED_UNKNOWN = 4_294_967_295;
const MAX_IF_INDEX = 2_147_483_647;

/**
 * Turns walked IF-MIB columns into one decoded row per ifIndex. A value of the wrong SMI type,
 * or an instance that is not a plain ifIndex, is left out and named in `problems`, never
 * guessed at; an interface seen in any column is listed.
 */
export function parseInterfaceColumns(
  columns: WalkedColumns,
  encoding: TextEncoding = TextEncoding.Auto,
): ParsedInterfaces {
  const cells = new Map<number, Partial<Record<DiscoveryColumnName, VarBind>>>();
  const problems: string[] = [];
  for (const [name, varbinds] of Object.entries(columns) as [DiscoveryColumnName, VarBind[]][]) {
    const column = DiscoveryColumn[name];
    const root = column.oid.split('.').length;
    const wrongTypes = new Map<number, number>();
    let badInstances = 0;
    for (const vb of varbinds) {
      const ifIndex = vb.oid.length === root + 1 ? vb.oid[root] : NaN;
      if (!Number.isInteger(ifIndex) || ifIndex < 1 || ifIndex > MAX_IF_INDEX) {
        badInstances += 1;
        continue;
      }
      if (vb.type !== EXPECTED_TYPE[column.type]) {
        wrongTypes.set(vb.type, (wrongTypes.get(vb.type) ?? 0) + 1);
        continue;
      }
      const row = cells.get(ifIndex) ?? {};
      row[name] = vb;
      cells.set(ifIndex, row);
    }
    for (const [type, count] of wrongTypes) {
      problems.push(
        `${name}: ${count} value(s) of type ${snmpTypeName(type)} ignored ` +
          `(expected ${snmpTypeName(EXPECTED_TYPE[column.type])})`,
      );
    }
    if (badInstances > 0)
      problems.push(`${name}: ${badInstances} instance(s) not indexed by ifIndex`);
  }

  const interfaces = [...cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ifIndex, row]) => toInterface(ifIndex, row, encoding, problems));
  return { interfaces, problems };
}

function toInterface(
  ifIndex: number,
  row: Partial<Record<DiscoveryColumnName, VarBind>>,
  encoding: TextEncoding,
  problems: string[],
): DiscoveredInterface {
  const hexTextFields: HexTextField[] = [];
  const text = (vb: VarBind | undefined, field: HexTextField, width: number): string | null => {
    if (!vb) return null;
    const decoded = decodeSnmpText(vb.valueRaw, encoding);
    if (decoded.isHex) hexTextFields.push(field);
    return fitColumn(decoded.text, width);
  };
  const ifDescr = text(row.ifDescr, HexTextField.IfDescr, INTERFACE_DESCR_MAX_CHARACTERS);
  const ifNameText = text(row.ifName, HexTextField.IfName, INTERFACE_NAME_MAX_CHARACTERS);
  const ifAlias = text(row.ifAlias, HexTextField.IfAlias, INTERFACE_ALIAS_MAX_CHARACTERS);
  const ifName =
    ifNameText || fitColumn(ifDescr ?? '', INTERFACE_NAME_MAX_CHARACTERS) || `ifIndex ${ifIndex}`;
  return {
    ifIndex,
    ifName,
    ifAlias: ifAlias === '' ? null : ifAlias,
    ifDescr: ifDescr === '' ? null : ifDescr,
    ifType: row.ifType ? Number(row.ifType.value) : null,
    physAddress: row.ifPhysAddress ? formatMacAddress(row.ifPhysAddress.valueRaw) : null,
    speedMbps: speedOf(row),
    adminStatus: statusOf(row.ifAdminStatus, `ifAdminStatus.${ifIndex}`, problems),
    operStatus: statusOf(row.ifOperStatus, `ifOperStatus.${ifIndex}`, problems),
    hexTextFields,
  };
}

/** ifHighSpeed (Mbit/s) when it says something, else ifSpeed (bit/s) unless at its ceiling. */
function speedOf(row: Partial<Record<DiscoveryColumnName, VarBind>>): number | null {
  const high = row.ifHighSpeed ? Number(decodeCounter64(row.ifHighSpeed.valueRaw)) : null;
  const low = row.ifSpeed ? Number(decodeCounter64(row.ifSpeed.valueRaw)) : null;
  if (high !== null && (high > 0 || low === null)) return high;
  if (low !== null && low < IF_SPEED_UNKNOWN) return Math.round(low / 1_000_000);
  return high;
}

function statusOf(vb: VarBind | undefined, name: string, problems: string[]): number | null {
  if (!vb) return null;
  const status = Number(vb.value);
  if (Number.isInteger(status) && status >= 1 && status <= 7) return status;
  problems.push(`${name}: ${String(vb.value)} is not an ifStatus`);
  return null;
}

/** sysDescr, sysObjectID and sysName; a missing or wrong-typed one is null. */
export function parseSystemGroup(
  varbinds: readonly VarBind[],
  encoding: TextEncoding = TextEncoding.Auto,
): DiscoveredSystem {
  const [descr, objectId, name] = varbinds;
  const hexTextFields: HexTextField[] = [];
  const text = (vb: VarBind | undefined, field: HexTextField, width: number): string | null => {
    if (!vb || vb.type !== SmiType.OctetString) return null;
    const decoded = decodeSnmpText(vb.valueRaw, encoding);
    if (decoded.isHex) hexTextFields.push(field);
    return fitColumn(decoded.text, width) || null;
  };
  return {
    sysDescr: text(descr, HexTextField.SysDescr, SYS_DESCR_MAX_CHARACTERS),
    sysObjectId:
      objectId && objectId.type === SmiType.ObjectIdentifier && Array.isArray(objectId.value)
        ? (objectId.value as number[]).join('.').slice(0, 128)
        : null,
    sysName: text(name, HexTextField.SysName, SYS_NAME_MAX_CHARACTERS),
    hexTextFields,
  };
}
