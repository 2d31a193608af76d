/**
 * Matching the API's city-level units (GB/T 2260) to the regions of the vendored Hubei map.
 * The map (echarts 4.9 `hubei.json`) names its 17 regions like 武汉市 / 恩施土家族苗族自治州 /
 * 神农架林区 and keys them with 6-digit codes (420100, 429004 仙桃市 …); the API may use short
 * codes (4201) or 12-digit ones, and the 4 province-administered units sit under 4290.
 */
export interface MapRegion {
  /** 6-digit division code of the region, when the map gives one. */
  code: string | null;
  name: string;
}

export interface HubeiGeoJson {
  type: 'FeatureCollection';
  features: { id?: string | number; properties: { name: string } }[];
}

export function mapRegionsOf(geo: HubeiGeoJson): MapRegion[] {
  return geo.features.map((feature) => ({
    code: feature.id === undefined ? null : String(feature.id),
    name: feature.properties.name,
  }));
}

/** 2-, 4-, 6-, 9- or 12-digit GB/T 2260 codes to the 6-digit county-level form. */
export function sixDigitCode(code: string): string {
  return code.length >= 6 ? code.slice(0, 6) : code.padEnd(6, '0');
}

const NAME_SUFFIXES = ['土家族苗族自治州', '自治州', '林区', '地区', '市', '州'];

/** 恩施土家族苗族自治州 → 恩施, 神农架林区 → 神农架, 武汉市 → 武汉. */
export function shortPlaceName(name: string): string {
  const trimmed = name.trim();
  for (const suffix of NAME_SUFFIXES) {
    if (trimmed.length > suffix.length && trimmed.endsWith(suffix)) {
      return trimmed.slice(0, -suffix.length);
    }
  }
  return trimmed;
}

/**
 * The map region drawn for a city-level unit, by code first (names change: 襄樊 became 襄阳),
 * then by full name, then by short name. Null when the map has no such region.
 */
export function findMapRegion(
  city: { code: string; name: string },
  regions: readonly MapRegion[],
): MapRegion | null {
  const code = sixDigitCode(city.code);
  return (
    regions.find((region) => region.code === code) ??
    regions.find((region) => region.name === city.name) ??
    regions.find((region) => shortPlaceName(region.name) === shortPlaceName(city.name)) ??
    null
  );
}
