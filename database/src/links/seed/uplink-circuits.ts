import type { CARRIERS } from '../choices';
import { pickWeighted } from './seeded-random';

export type Carrier = (typeof CARRIERS)[number];

/** Short name (as written in ifAlias) and circuit-number prefix of each carrier. */
const CARRIER_LABELS: Record<Carrier, { short: string; prefix: string }> = {
  中国电信: { short: '电信', prefix: 'DX' },
  中国联通: { short: '联通', prefix: 'LT' },
  中国移动: { short: '移动', prefix: 'YD' },
  中国广电: { short: '广电', prefix: 'GD' },
};

/**
 * The two circuits of a double uplink come from different carriers so one carrier's outage
 * cannot cut the unit off. China Telecom carries most government circuits.
 */
const CARRIER_PAIRS: ReadonlyArray<{ value: [Carrier, Carrier]; weight: number }> = [
  { value: ['中国电信', '中国联通'], weight: 45 },
  { value: ['中国电信', '中国移动'], weight: 30 },
  { value: ['中国联通', '中国移动'], weight: 15 },
  { value: ['中国电信', '中国广电'], weight: 10 },
];

export function chooseCarrierPair(random: () => number): [Carrier, Carrier] {
  return pickWeighted(random, CARRIER_PAIRS);
}

/** Carrier circuit number, unique per member: HB-DX-421303-1. */
export function circuitRefFor(carrier: Carrier, childCode: string, memberIndex: number): string {
  return `HB-${CARRIER_LABELS[carrier].prefix}-${childCode}-${memberIndex}`;
}

/** 10000 → 10G, 2000 → 2G, 200 → 200M. */
export function bandwidthLabel(mbps: number): string {
  return mbps >= 1000 && mbps % 1000 === 0 ? `${mbps / 1000}G` : `${mbps}M`;
}

/** The interface description operators write on an uplink port: 上联-随州市-电信-10G-HB-DX-4213-1. */
export function uplinkAlias(
  parentName: string,
  carrier: Carrier,
  contractedMbps: number,
  circuitRef: string,
): string {
  return `上联-${parentName}-${CARRIER_LABELS[carrier].short}-${bandwidthLabel(contractedMbps)}-${circuitRef}`;
}
