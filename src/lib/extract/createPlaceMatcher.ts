import type { Pairing, Place, Province } from '../schema/reference';

/** The id that stands for all of China (`at: "national"`). */
export const NATIONAL = 'national';

/** A place named in a text: `text.slice(start, end) === name`. */
export interface PlaceMention {
  readonly id: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** The programme role of a place's province: who gives (east) and who receives (west). */
export type Role = 'east' | 'west' | 'none' | 'national';

/** Finds places in (Simplified) text and answers questions about them from the reference data. */
export interface PlaceMatcher {
  /** Every place named in the text, left to right, longest name first where names overlap. */
  find(text: string): PlaceMention[];
  /** The role of the place's province; `none` for an unknown id. */
  role(id: string): Role;
  /** The place and the places containing it, innermost first, ending with its province. */
  ancestors(id: string): readonly string[];
  /** The Chinese name of a place id, for notes. */
  nameOf(id: string): string;
  readonly pairings: readonly Pairing[];
}

export interface ReferenceLists {
  readonly provinces: readonly Province[];
  readonly places: readonly Place[];
  readonly pairings: readonly Pairing[];
}

/**
 * Words that stand for the whole programme or the whole country. 东部8个省市 and 西部10个省区市 are how national
 * summaries name the two sides, so a figure between them is a national one.
 */
const NATIONAL_NAMES = [
  '全国',
  '东部8个省市',
  '东部8省市',
  '西部10个省区市',
  '西部10省区市',
  '东西部协作省份',
  '东部八省市',
  '西部十省区市',
];

/**
 * Builds a matcher over province names (山东省, 山东), place names and their aliases (惠州市, 惠州, 黔西南州).
 * One-character abbreviations (鲁, 粤) alone are left out: they are parts of too many words; as the pair name of
 * a running province pairing (鲁甘两省, 粤桂双方) they name both provinces.
 */
export function createPlaceMatcher(ref: ReferenceLists): PlaceMatcher {
  const names = new Map<string, string>();
  const add = (name: string, id: string): void => {
    if (name.length >= 2 && !names.has(name)) names.set(name, id);
  };
  for (const p of ref.provinces) {
    add(p.nameZh, p.id);
    add(p.shortZh, p.id);
  }
  for (const p of ref.places) {
    add(p.nameZh, p.id);
    for (const a of p.aliases) add(a, p.id);
  }
  for (const n of NATIONAL_NAMES) add(n, NATIONAL);

  // Pair names of running province pairings followed by 两省/两地/双方 (鲁甘两省): two mentions, one per character.
  // Alone (粤桂协作园区) a pair name labels a programme, not the places of a figure.
  const abbr = new Map(ref.provinces.map((p) => [p.id, p.abbr]));
  const pairNames = new Map<string, readonly [string, string]>();
  for (const p of ref.pairings) {
    const e = abbr.get(p.east);
    const w = abbr.get(p.west);
    if (p.level === 'province' && p.until === undefined && e !== undefined && w !== undefined) {
      pairNames.set(`${e}${w}`, [p.east, p.west]);
    }
  }

  // Names by first character, longest first, so a scan tries few candidates per position.
  const byFirst = new Map<string, string[]>();
  for (const name of names.keys()) {
    const first = name[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  const provinceById = new Map(ref.provinces.map((p) => [p.id, p]));
  const placeById = new Map(ref.places.map((p) => [p.id, p]));

  const ancestors = (id: string): readonly string[] => {
    const chain: string[] = [];
    let current: string | undefined = id;
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      const place = placeById.get(current);
      current = place === undefined ? undefined : (place.parent ?? place.province);
    }
    return chain;
  };

  return {
    find(text) {
      const found: PlaceMention[] = [];
      let i = 0;
      while (i < text.length) {
        const pair = pairNames.get(text.slice(i, i + 2));
        if (pair !== undefined && /^(?:两省|两区|两市|两地|双方)/u.test(text.slice(i + 2, i + 4))) {
          found.push({ id: pair[0], name: text[i] ?? '', start: i, end: i + 1 });
          found.push({ id: pair[1], name: text[i + 1] ?? '', start: i + 1, end: i + 2 });
          i += 2;
          continue;
        }
        const name = byFirst.get(text[i] ?? '')?.find((n) => text.startsWith(n, i));
        if (name === undefined) {
          i += 1;
          continue;
        }
        found.push({ id: names.get(name) ?? '', name, start: i, end: i + name.length });
        i += name.length;
      }
      return found;
    },
    role(id) {
      if (id === NATIONAL) return 'national';
      const province = provinceById.get(ancestors(id).at(-1) ?? '');
      return province?.programme ?? 'none';
    },
    ancestors,
    nameOf(id) {
      if (id === NATIONAL) return '全国';
      return provinceById.get(id)?.nameZh ?? placeById.get(id)?.nameZh ?? id;
    },
    pairings: ref.pairings,
  };
}
