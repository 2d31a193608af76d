import { IanaIfType, IfEntryColumn, IfXEntryColumn } from '../links/snmp-oids';
import { IF_PHYS_ADDRESS_COLUMN } from '../links/discovery/interface-walk-columns';
import type { SimulatedInterface, SimulatedNode } from './simulated-node';
import { simulatedIfAliasOctets, simulatedIfDescr, simulatedPhysAddress } from './simulated-ports';
import { encodeCounter64, ifSpeedGauge, toCounter32 } from './snmp-values';

/** A port as it answers now: the interface behind an ifIndex, on its node. */
export interface PortAt {
  iface: SimulatedInterface;
  ifIndex: number;
  node: SimulatedNode;
}

/** ifTable columns in the provider's order, ifPhysAddress included. */
export const IF_TABLE_COLUMNS: number[] = [
  IfEntryColumn.ifIndex,
  IfEntryColumn.ifDescr,
  IfEntryColumn.ifType,
  IfEntryColumn.ifSpeed,
  IF_PHYS_ADDRESS_COLUMN,
  IfEntryColumn.ifAdminStatus,
  IfEntryColumn.ifOperStatus,
  IfEntryColumn.ifInOctets,
  IfEntryColumn.ifOutOctets,
];

export function ifEntryValue(
  { iface, ifIndex, node }: PortAt,
  column: number,
  atMs: number,
): unknown {
  switch (column) {
    case IfEntryColumn.ifIndex:
      return ifIndex;
    case IfEntryColumn.ifDescr:
      return simulatedIfDescr(node.spec.vendor, iface.spec.ifName);
    case IF_PHYS_ADDRESS_COLUMN:
      return simulatedPhysAddress(
        node.spec.vendor,
        node.spec.nodeId,
        iface.spec.ifIndex,
        iface.role === 'loopback',
      );
    case IfEntryColumn.ifType:
      return iface.role === 'loopback' ? IanaIfType.softwareLoopback : IanaIfType.ethernetCsmacd;
    case IfEntryColumn.ifSpeed:
      return ifSpeedGauge(iface.reportedSpeedMbps);
    case IfEntryColumn.ifAdminStatus:
      return iface.adminStatus;
    case IfEntryColumn.ifOperStatus:
      return iface.operStatus;
    case IfEntryColumn.ifInOctets:
      return toCounter32(iface.inOctets.octetsAt(atMs));
    case IfEntryColumn.ifOutOctets:
      return toCounter32(iface.outOctets.octetsAt(atMs));
    default:
      return null;
  }
}

export function ifXEntryValue({ iface, node }: PortAt, column: number, atMs: number): unknown {
  switch (column) {
    case IfXEntryColumn.ifName:
      return iface.spec.ifName;
    case IfXEntryColumn.ifHCInOctets:
      return encodeCounter64(iface.inOctets.octetsAt(atMs));
    case IfXEntryColumn.ifHCOutOctets:
      return encodeCounter64(iface.outOctets.octetsAt(atMs));
    case IfXEntryColumn.ifHighSpeed:
      return iface.reportedSpeedMbps;
    case IfXEntryColumn.ifAlias:
      // A Buffer is sent as is: UTF-8, or GBK bytes on the vendors whose older gear uses it.
      return simulatedIfAliasOctets(node.spec.vendor, iface.spec.ifAlias);
    default:
      return null;
  }
}
