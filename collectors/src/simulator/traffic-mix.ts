import { UnitLevel } from '@extranet/database';
import { between, seededRandom } from './seeded-random';

/**
 * How busy each kind of simulated interface is, drawn deterministically per interface.
 * Utilisation here is the share of the capacity at daily-curve value 1; the curve peaks near
 * 0.91, so even the busiest uplink stays well under the 90 % congestion line until a
 * scenario pushes it there.
 */
const UPLINK_UTILISATION_BY_LEVEL: Record<UnitLevel, number> = {
  [UnitLevel.Province]: 0.5,
  [UnitLevel.City]: 0.55,
  [UnitLevel.County]: 0.5,
  [UnitLevel.Township]: 0.45,
  [UnitLevel.Village]: 0.35,
  [UnitLevel.Department]: 0.5,
};

/** Management ports carry SNMP, syslog and SSH: a trickle against a nominal 10 Mbit/s. */
export const MANAGEMENT_CAPACITY_MBPS = 10;
const MANAGEMENT_UTILISATION = 0.05;

/** Share of interfaces whose Counter64 starts above 2^53, to keep the collector honest. */
const SHARE_WITH_HUGE_COUNTERS = 1 / 6;
const TWO_POW_53 = 2n ** 53n;

export type InterfaceRole = 'uplink' | 'management' | 'loopback';

export interface InterfaceTrafficPlan {
  /** Share of the capacity in each direction at daily-curve value 1. */
  inUtilisation: number;
  outUtilisation: number;
  /** Counter values at the (simulated) boot. */
  initialInOctets: bigint;
  initialOutOctets: bigint;
}

export function planInterfaceTraffic(
  interfaceId: number,
  role: InterfaceRole,
  level: UnitLevel,
): InterfaceTrafficPlan {
  const random = seededRandom(interfaceId, 0x7a11);
  const initialOctets = (): bigint =>
    random() < SHARE_WITH_HUGE_COUNTERS
      ? TWO_POW_53 + BigInt(Math.floor(random() * 2 ** 40)) * 4_096n + BigInt(interfaceId)
      : 0n;
  const initialInOctets = initialOctets();
  const initialOutOctets = initialOctets();
  switch (role) {
    case 'loopback':
      return { inUtilisation: 0, outUtilisation: 0, initialInOctets, initialOutOctets };
    case 'management':
      return {
        inUtilisation: MANAGEMENT_UTILISATION * between(random, 0.5, 1.5),
        outUtilisation: MANAGEMENT_UTILISATION * between(random, 0.5, 1.5),
        initialInOctets,
        initialOutOctets,
      };
    case 'uplink': {
      // Downloads (parent → unit, "in" on the unit's uplink port) outweigh uploads.
      const inUtilisation = UPLINK_UTILISATION_BY_LEVEL[level] * between(random, 0.8, 1.2);
      return {
        inUtilisation,
        outUtilisation: inUtilisation * between(random, 0.4, 0.8),
        initialInOctets,
        initialOutOctets,
      };
    }
  }
}

const DAY_MS = 86_400_000;

/**
 * The node's most recent boot at or before atMs. Each node reboots on its own fixed rhythm
 * (every 20–110 days, for maintenance windows), so the answer does not depend on when the
 * simulator started, and sysUpTime stays far below its 497-day wrap.
 */
export function scheduledBootMs(nodeId: number, atMs: number): number {
  const random = seededRandom(nodeId, 0xb007);
  const periodMs = Math.round(between(random, 20, 110) * DAY_MS);
  const phaseMs = Math.floor(random() * periodMs);
  return Math.floor((atMs - phaseMs) / periodMs) * periodMs + phaseMs;
}
