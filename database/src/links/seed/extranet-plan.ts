import { UnitLevel, type NodeVendor } from '../choices';
import type { Division, HubeiDivisions } from '../../reference/hubei-divisions';
import { provincialDepartments } from './provincial-departments';
import { randomFor } from './seeded-random';
import { tierKey } from './tier-policy-seeds';
import { chooseCarrierPair, circuitRefFor, uplinkAlias, type Carrier } from './uplink-circuits';
import {
  LOOPBACK_NAME,
  chooseVendor,
  managementPortName,
  portSpeedFor,
  uplinkPortName,
} from './vendor-profiles';

/** township: province down to townships (~1,640 units); full: also the 27,057 villages. */
export type SeedDepth = 'township' | 'full';
export const SEED_DEPTHS: readonly SeedDepth[] = ['township', 'full'];

export interface PlannedUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  cityCode: string | null;
}

export interface PlannedInterface {
  ifIndex: number;
  ifName: string;
  ifAlias: string | null;
  speedMbps: number;
}

export interface PlannedNode {
  unitCode: string;
  hostname: string;
  vendor: NodeVendor;
  interfaces: PlannedInterface[];
}

export interface PlannedMember {
  memberIndex: number;
  ifIndex: number;
  carrier: Carrier;
  circuitRef: string;
  contractedMbps: number;
}

export interface PlannedUplink {
  childUnitCode: string;
  parentUnitCode: string;
  tierKey: string;
  members: PlannedMember[];
}

export interface ExtranetPlan {
  /** Parents before children, so rows can be inserted in this order. */
  units: PlannedUnit[];
  nodes: PlannedNode[];
  uplinks: PlannedUplink[];
}

/** Fixed ifIndex per role, so the simulator and the collector agree without a lookup. */
export const IF_INDEX = { firstUplink: 1, secondUplink: 2, loopback: 3, management: 4 } as const;
const MANAGEMENT_PORT_MBPS = 1_000;

/**
 * The inventory a seed should contain, computed from the reference data alone: units, one node
 * per unit, and an uplink with two member circuits per unit but the province. Vendor and
 * carriers are drawn from a PRNG keyed by unit code, so a unit's plan never depends on depth or
 * order. `tierBandwidthMbps` maps tierKey(parentLevel, childLevel) to the contracted bandwidth.
 */
export function planExtranet(
  divisions: HubeiDivisions,
  depth: SeedDepth,
  tierBandwidthMbps: ReadonlyMap<string, number>,
): ExtranetPlan {
  const units = planUnits(divisions, depth);
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const nodes: PlannedNode[] = [];
  const uplinks: PlannedUplink[] = [];
  for (const unit of units) {
    const vendor = chooseVendor(randomFor(`vendor:${procurementArea(unit)}`));
    const parent = unit.parentCode === null ? undefined : byCode.get(unit.parentCode);
    const interfaces: PlannedInterface[] = [];
    if (parent) {
      const key = tierKey(parent.level, unit.level);
      const contractedMbps = tierBandwidthMbps.get(key);
      if (contractedMbps === undefined) throw new Error(`No tier policy for ${key}`);
      const uplink = planUplink(unit, parent, key, contractedMbps);
      uplinks.push(uplink);
      for (const member of uplink.members) {
        const speedMbps = portSpeedFor(contractedMbps);
        interfaces.push({
          ifIndex: member.ifIndex,
          ifName: uplinkPortName(vendor, speedMbps, member.memberIndex),
          ifAlias: uplinkAlias(parent.name, member.carrier, contractedMbps, member.circuitRef),
          speedMbps,
        });
      }
    }
    interfaces.push(
      { ifIndex: IF_INDEX.loopback, ifName: LOOPBACK_NAME, ifAlias: null, speedMbps: 0 },
      {
        ifIndex: IF_INDEX.management,
        ifName: managementPortName(vendor),
        ifAlias: '带外管理',
        speedMbps: MANAGEMENT_PORT_MBPS,
      },
    );
    nodes.push({ unitCode: unit.code, hostname: `HB-${unit.code}-R01`, vendor, interfaces });
  }
  return { units, nodes, uplinks };
}

function planUnits(divisions: HubeiDivisions, depth: SeedDepth): PlannedUnit[] {
  const province = divisions.province;
  const units: PlannedUnit[] = [
    {
      code: province.code,
      name: province.name,
      level: UnitLevel.Province,
      parentCode: null,
      cityCode: null,
    },
    ...provincialDepartments(province.code).map((department) => ({
      ...department,
      level: UnitLevel.Department,
      parentCode: province.code,
      cityCode: null,
    })),
  ];
  const cityCodeOf = new Map<string, string>();
  const add = (division: Division, level: UnitLevel) => {
    const cityCode = level === UnitLevel.City ? division.code : cityCodeOf.get(division.parentCode);
    if (cityCode === undefined) throw new Error(`Division ${division.code} has no known parent`);
    cityCodeOf.set(division.code, cityCode);
    units.push({ ...division, level, cityCode });
  };
  divisions.cities.forEach((division) => add(division, UnitLevel.City));
  divisions.counties.forEach((division) => add(division, UnitLevel.County));
  divisions.townships.forEach((division) => add(division, UnitLevel.Township));
  if (depth === 'full') divisions.villages.forEach((division) => add(division, UnitLevel.Village));
  return units;
}

function planUplink(
  unit: PlannedUnit,
  parent: PlannedUnit,
  key: string,
  contractedMbps: number,
): PlannedUplink {
  const carriers = chooseCarrierPair(randomFor(`carriers:${unit.code}`));
  return {
    childUnitCode: unit.code,
    parentUnitCode: parent.code,
    tierKey: key,
    members: carriers.map((carrier, index) => ({
      memberIndex: index + 1,
      ifIndex: index === 0 ? IF_INDEX.firstUplink : IF_INDEX.secondUplink,
      carrier,
      circuitRef: circuitRefFor(carrier, unit.code, index + 1),
      contractedMbps,
    })),
  };
}

/**
 * Counties buy their own access routers, so a county's node, its townships' and its villages'
 * share a vendor (keyed by the 6-digit county code); cities, departments and the province each
 * draw their own.
 */
function procurementArea(unit: PlannedUnit): string {
  const isCountyOrBelow =
    unit.level === UnitLevel.County ||
    unit.level === UnitLevel.Township ||
    unit.level === UnitLevel.Village;
  return isCountyOrBelow ? unit.code.slice(0, 6) : unit.code;
}
