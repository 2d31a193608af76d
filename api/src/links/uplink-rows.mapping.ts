import type { UnitLevel, UplinkState } from '@extranet/database';
import { toIsoOrNull, toNumber, toNumberOrNull } from '../platform/sql-values';
import type { InterfaceView, UplinkMemberView, UplinkSummary } from './uplinks.schemas';

/** One row of the uplink summary query, as either driver returns it. */
export interface UplinkSummaryRow {
  id: number | string;
  state: UplinkState;
  stateReason: string | null;
  stateChangedAt: unknown;
  evaluatedAt: unknown;
  inBps: unknown;
  outBps: unknown;
  utilisation: unknown;
  childCode: string;
  childName: string;
  childLevel: UnitLevel;
  parentCode: string;
  parentName: string;
  parentLevel: UnitLevel;
  cityCode: string | null;
  cityName: string | null;
  tierId: number | string;
  tierName: string;
  membersRequired: number | string;
  memberBandwidthMbps: number | string;
  membersTotal: unknown;
  membersUp: unknown;
}

export function toUplinkSummary(row: UplinkSummaryRow): UplinkSummary {
  return {
    id: toNumber(row.id),
    child: { code: row.childCode, name: row.childName, level: row.childLevel },
    parent: { code: row.parentCode, name: row.parentName, level: row.parentLevel },
    city: row.cityCode && row.cityName ? { code: row.cityCode, name: row.cityName } : null,
    tier: {
      id: toNumber(row.tierId),
      name: row.tierName,
      membersRequired: toNumber(row.membersRequired),
      memberBandwidthMbps: toNumber(row.memberBandwidthMbps),
    },
    state: row.state,
    stateReason: row.stateReason ?? null,
    stateChangedAt: toIsoOrNull(row.stateChangedAt),
    evaluatedAt: toIsoOrNull(row.evaluatedAt),
    membersUp: toNumber(row.membersUp),
    membersTotal: toNumber(row.membersTotal),
    inBps: toNumberOrNull(row.inBps),
    outBps: toNumberOrNull(row.outBps),
    utilisation: toNumberOrNull(row.utilisation),
  };
}

export interface InterfaceRow {
  interfaceId: number | string;
  ifIndex: number | string;
  ifName: string;
  ifAlias: string | null;
  speedMbps: unknown;
  operStatus: unknown;
  adminStatus: unknown;
}

/** Discovery parks an absent port on ifIndex -id (the number is free for a new port). */
export function toInterfaceView(row: InterfaceRow): InterfaceView {
  const ifIndex = toNumber(row.ifIndex);
  return {
    id: toNumber(row.interfaceId),
    ifIndex: ifIndex < 0 ? null : ifIndex,
    ifName: row.ifName,
    ifAlias: row.ifAlias ?? null,
    speedMbps: toNumberOrNull(row.speedMbps),
    operStatus: toNumberOrNull(row.operStatus),
    adminStatus: toNumberOrNull(row.adminStatus),
  };
}

export interface UplinkMemberRow extends InterfaceRow {
  memberId: number | string;
  memberIndex: number | string;
  carrier: string;
  circuitRef: string | null;
  contractedMbps: number | string;
  lastInBps: unknown;
  lastOutBps: unknown;
  lastOperStatus: unknown;
  lastSampledAt: unknown;
}

export function toUplinkMemberView(row: UplinkMemberRow): UplinkMemberView {
  return {
    id: toNumber(row.memberId),
    memberIndex: toNumber(row.memberIndex),
    carrier: row.carrier,
    circuitRef: row.circuitRef ?? null,
    contractedMbps: toNumber(row.contractedMbps),
    inBps: toNumberOrNull(row.lastInBps),
    outBps: toNumberOrNull(row.lastOutBps),
    operStatus: toNumberOrNull(row.lastOperStatus),
    sampledAt: toIsoOrNull(row.lastSampledAt),
    interface: toInterfaceView(row),
  };
}
