import { UnitLevel } from '../choices';
import { loadHubeiDivisions } from '../../reference/hubei-divisions';
import { IF_INDEX, planExtranet, type ExtranetPlan } from './extranet-plan';
import { TIER_POLICY_SEEDS, tierKey } from './tier-policy-seeds';

const BANDWIDTH = new Map(
  TIER_POLICY_SEEDS.map((seed) => [
    tierKey(seed.parentLevel, seed.childLevel),
    seed.memberBandwidthMbps,
  ]),
);

/** ifName of an uplink port, by vendor and port speed (10GE for 10G/2G, GE for 200M/100M). */
const UPLINK_PORT_NAMES: Record<string, Record<number, RegExp>> = {
  Huawei: { 10000: /^XGigabitEthernet0\/0\/[12]$/, 1000: /^GigabitEthernet0\/0\/[12]$/ },
  H3C: { 10000: /^Ten-GigabitEthernet1\/0\/[12]$/, 1000: /^GigabitEthernet1\/0\/[12]$/ },
  Ruijie: { 10000: /^TenGigabitEthernet 0\/[12]$/, 1000: /^GigabitEthernet 0\/[12]$/ },
  ZTE: { 10000: /^xgei-0\/1\/0\/[12]$/, 1000: /^gei-0\/1\/0\/[12]$/ },
};

describe('planExtranet', () => {
  const divisions = loadHubeiDivisions();
  let township: ExtranetPlan;
  let full: ExtranetPlan;
  beforeAll(() => {
    township = planExtranet(divisions, 'township', BANDWIDTH);
    full = planExtranet(divisions, 'full', BANDWIDTH);
  });

  it('when at township depth, then it holds the province, 40 departments and the tree down to townships', () => {
    const count = (level: UnitLevel) =>
      township.units.filter((unit) => unit.level === level).length;
    expect(count(UnitLevel.Province)).toBe(1);
    expect(count(UnitLevel.Department)).toBe(40);
    expect(count(UnitLevel.City)).toBe(17);
    expect(count(UnitLevel.County)).toBe(101);
    expect(count(UnitLevel.Township)).toBe(1475);
    expect(count(UnitLevel.Village)).toBe(0);
    expect(full.units.filter((unit) => unit.level === UnitLevel.Village).length).toBe(27057);
  });

  it('when planned, then parents come before children and cityCode is the city-level ancestor', () => {
    const seen = new Map<string, (typeof full.units)[number]>();
    for (const unit of full.units) {
      if (unit.parentCode !== null)
        expect(seen.has(unit.parentCode)).withContext(unit.code).toBeTrue();
      const parent = unit.parentCode === null ? undefined : seen.get(unit.parentCode);
      const expectedCity =
        unit.level === UnitLevel.City
          ? unit.code
          : parent === undefined || parent.level === UnitLevel.Province
            ? null
            : parent.cityCode;
      expect(unit.cityCode).withContext(unit.code).toBe(expectedCity);
      seen.set(unit.code, unit);
    }
    expect(seen.get('421303001001')!.cityCode).toBe('4213');
    expect(seen.get('429004001')!.cityCode).toBe('429004');
    expect(seen.get('42D038')).toEqual(
      jasmine.objectContaining({
        name: '省政务管理办',
        level: UnitLevel.Department,
        cityCode: null,
      }),
    );
  });

  it('when planned, then every unit but the province has one uplink on the tier of its level pair', () => {
    const units = new Map(full.units.map((unit) => [unit.code, unit]));
    expect(full.uplinks.length).toBe(full.units.length - 1);
    expect(new Set(full.uplinks.map((uplink) => uplink.childUnitCode)).size).toBe(
      full.uplinks.length,
    );
    const byPair = new Map<string, number>();
    for (const uplink of full.uplinks) {
      const child = units.get(uplink.childUnitCode)!;
      expect(uplink.parentUnitCode).toBe(child.parentCode!);
      const parent = units.get(uplink.parentUnitCode)!;
      expect(uplink.tierKey).toBe(tierKey(parent.level, child.level));
      byPair.set(uplink.tierKey, (byPair.get(uplink.tierKey) ?? 0) + 1);
    }
    expect(Object.fromEntries(byPair)).toEqual({
      'province>department': 40,
      'province>city': 17,
      'city>county': 101,
      'county>township': 1475 - 85,
      'city>township': 85,
      'township>village': 27057,
    });
  });

  it('when planned, then each uplink has two members from two carriers at the tier bandwidth', () => {
    for (const uplink of full.uplinks) {
      expect(uplink.members.map((member) => member.memberIndex)).toEqual([1, 2]);
      expect(uplink.members.map((member) => member.ifIndex)).toEqual([
        IF_INDEX.firstUplink,
        IF_INDEX.secondUplink,
      ]);
      expect(uplink.members[0]!.carrier).not.toBe(uplink.members[1]!.carrier);
      for (const member of uplink.members) {
        expect(member.contractedMbps).toBe(BANDWIDTH.get(uplink.tierKey)!);
      }
    }
  });

  it('when planned, then interfaces are named as the vendor names them, on a port fast enough', () => {
    const uplinks = new Map(full.uplinks.map((uplink) => [uplink.childUnitCode, uplink]));
    const vendors = new Set<string>();
    for (const node of full.nodes) {
      vendors.add(node.vendor);
      const uplink = uplinks.get(node.unitCode);
      const ifIndexes = node.interfaces.map((planned) => planned.ifIndex);
      expect(ifIndexes).toEqual(uplink ? [1, 2, 3, 4] : [3, 4]);
      expect(node.interfaces.find((planned) => planned.ifIndex === 3)!.ifName).toBe('LoopBack0');
      for (const member of uplink?.members ?? []) {
        const port = node.interfaces.find((planned) => planned.ifIndex === member.ifIndex)!;
        const expectedSpeed = member.contractedMbps > 1000 ? 10000 : 1000;
        expect(port.speedMbps).toBe(expectedSpeed);
        expect(port.ifName).toMatch(UPLINK_PORT_NAMES[node.vendor]![expectedSpeed]!);
        expect(port.ifAlias).toContain(member.circuitRef);
        expect(port.ifAlias).toMatch(/^上联-\S+-(电信|联通|移动|广电)-(10G|2G|200M|100M)-HB-/);
      }
    }
    expect([...vendors].sort()).toEqual(['H3C', 'Huawei', 'Ruijie', 'ZTE']);
    expect(new Set(full.nodes.map((node) => node.hostname)).size).toBe(full.nodes.length);
  });

  it('when planned twice or at another depth, then each unit gets the same node and uplink', () => {
    const again = planExtranet(divisions, 'township', BANDWIDTH);
    expect(again).toEqual(township);
    const fullNodes = new Map(full.nodes.map((node) => [node.unitCode, node]));
    const fullUplinks = new Map(full.uplinks.map((uplink) => [uplink.childUnitCode, uplink]));
    township.nodes.forEach((node) => expect(fullNodes.get(node.unitCode)).toEqual(node));
    township.uplinks.forEach((uplink) =>
      expect(fullUplinks.get(uplink.childUnitCode)).toEqual(uplink),
    );
  });

  it('when a tier policy is missing, then planning refuses instead of guessing a bandwidth', () => {
    const partial = new Map(BANDWIDTH);
    partial.delete(tierKey(UnitLevel.City, UnitLevel.Township));
    expect(() => planExtranet(divisions, 'township', partial)).toThrowError(/city>township/);
  });
});
