import { UnitLevel } from '../choices';

export interface TierPolicySeed {
  parentLevel: UnitLevel;
  childLevel: UnitLevel;
  name: string;
  membersRequired: number;
  memberBandwidthMbps: number;
  isPlanDefined: boolean;
}

/**
 * The uplink tiers. Four come from the provincial plan. city→township is the plan's
 * county→township tier applied where a township sits directly under one of the four
 * province-administered county-level units (仙桃, 潜江, 天门, 神农架), which act as counties.
 * township→village is local policy: the plan sets none, operators may edit it.
 */
export const TIER_POLICY_SEEDS: readonly TierPolicySeed[] = [
  plan(UnitLevel.Province, UnitLevel.City, '双10G', 10_000),
  plan(UnitLevel.City, UnitLevel.County, '双2G', 2_000),
  plan(UnitLevel.County, UnitLevel.Township, '双200M', 200),
  plan(UnitLevel.Province, UnitLevel.Department, '省级横向双2G', 2_000),
  plan(UnitLevel.City, UnitLevel.Township, '双200M', 200),
  {
    parentLevel: UnitLevel.Township,
    childLevel: UnitLevel.Village,
    name: '双100M',
    membersRequired: 2,
    memberBandwidthMbps: 100,
    isPlanDefined: false,
  },
];

export function tierKey(parentLevel: UnitLevel, childLevel: UnitLevel): string {
  return `${parentLevel}>${childLevel}`;
}

function plan(
  parentLevel: UnitLevel,
  childLevel: UnitLevel,
  name: string,
  memberBandwidthMbps: number,
): TierPolicySeed {
  return {
    parentLevel,
    childLevel,
    name,
    membersRequired: 2,
    memberBandwidthMbps,
    isPlanDefined: true,
  };
}
