/**
 * English names of the places in the reference data (data/reference: each province and place has `nameEn`).
 *
 * Maps and short labels use the conventional short names international readers know — Inner Mongolia, Guangxi,
 * Ningxia, Xinjiang, Tibet (the reference data's `nameEn`; Tibet rather than Xizang because that is the name
 * English-language outlets and style guides use and readers search for). Tables and tooltips use the full official
 * names, which also give the name the Chinese government's English now uses: "Tibet (Xizang) Autonomous Region".
 */

import places from '../../../../data/reference/places.json';
import provinces from '../../../../data/reference/provinces.json';

/** Full names of the provinces whose full name is not "<short> Province / Municipality / …". */
const FULL_NAME: Readonly<Record<string, string>> = {
  neimenggu: 'Inner Mongolia Autonomous Region',
  guangxi: 'Guangxi Zhuang Autonomous Region',
  ningxia: 'Ningxia Hui Autonomous Region',
  xinjiang: 'Xinjiang Uygur Autonomous Region',
  xizang: 'Tibet (Xizang) Autonomous Region',
};

const KIND_SUFFIX: Readonly<Record<string, string>> = {
  省: 'Province',
  直辖市: 'Municipality',
  自治区: 'Autonomous Region',
  特别行政区: 'Special Administrative Region',
};

/** The whole country, as figures "about China" name it (the datasets' place id `national`). */
export const NATIONAL_EN = { short: 'China (national)', full: 'China, national total' } as const;

const SHORT = new Map<string, string>([
  ...provinces.map((p) => [p.id, p.nameEn] as const),
  ...places.map((p) => [p.id, p.nameEn] as const),
]);
const PROVINCE_FULL = new Map<string, string>(
  provinces.map((p) => [p.id, FULL_NAME[p.id] ?? `${p.nameEn} ${KIND_SUFFIX[p.kind] ?? ''}`.trim()]),
);

/**
 * A place's English name for maps and labels: `guangxi` → Guangxi, `qingdao-chengyang` → Chengyang District,
 * `national` → China (national). Throws on an unknown id (the reference data names every place a page shows).
 */
export function placeNameEn(id: string): string {
  if (id === 'national') return NATIONAL_EN.short;
  const name = SHORT.get(id);
  if (name === undefined) throw new Error(`placeNameEn: no English name for the place "${id}" in data/reference`);
  return name;
}

/**
 * A place's full English name for tables and tooltips: `guangxi` → Guangxi Zhuang Autonomous Region, `shandong` →
 * Shandong Province, `chongqing` → Chongqing Municipality; cities and counties keep their (already full) name.
 */
export function placeFullNameEn(id: string): string {
  if (id === 'national') return NATIONAL_EN.full;
  return PROVINCE_FULL.get(id) ?? placeNameEn(id);
}
