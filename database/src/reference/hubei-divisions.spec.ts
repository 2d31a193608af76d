import { HUBEI_PROVINCE_CODE, loadHubeiDivisions } from './hubei-divisions';

describe('loadHubeiDivisions', () => {
  const divisions = loadHubeiDivisions();

  it('when loaded, then it holds Hubei with the GB/T 2260 counts of every level', () => {
    expect(divisions.province).toEqual({ code: HUBEI_PROVINCE_CODE, name: '湖北省' });
    expect(HUBEI_PROVINCE_CODE).toBe('42');
    expect(divisions.cities.length).toBe(17);
    expect(divisions.counties.length).toBe(101);
    expect(divisions.townships.length).toBe(1475);
    expect(divisions.villages.length).toBe(27057);
  });

  it('when loaded, then the four province-administered units are cities and 4290 is gone', () => {
    const cities = new Map(divisions.cities.map((city) => [city.code, city]));
    for (const [code, name] of [
      ['429004', '仙桃市'],
      ['429005', '潜江市'],
      ['429006', '天门市'],
      ['429021', '神农架林区'],
    ]) {
      expect(cities.get(code)).toEqual({ code, name, parentCode: '42' });
    }
    const all = [...divisions.cities, ...divisions.counties];
    expect(all.some((division) => division.code === '4290')).toBeFalse();
    expect(divisions.townships.filter((t) => t.parentCode === '429004').length).toBeGreaterThan(0);
  });

  it('when loaded, then every code is unique and every parent is a unit one level up', () => {
    const levels: ReadonlyArray<ReadonlyArray<{ code: string; parentCode?: string }>> = [
      [divisions.province],
      divisions.cities,
      divisions.counties,
      divisions.townships,
      divisions.villages,
    ];
    const seen = new Set<string>([divisions.province.code]);
    for (let depth = 1; depth < levels.length; depth++) {
      const parents = new Set(levels[depth - 1]!.map((division) => division.code));
      // Townships of the four province-administered units hang directly off a city.
      if (depth === 3) divisions.cities.forEach((city) => parents.add(city.code));
      for (const division of levels[depth]!) {
        expect(seen.has(division.code)).withContext(division.code).toBeFalse();
        expect(parents.has(division.parentCode!)).withContext(division.code).toBeTrue();
        seen.add(division.code);
      }
    }
    expect(divisions.villages.find((v) => v.code === '421303001001')?.parentCode).toBe('421303001');
  });
});
