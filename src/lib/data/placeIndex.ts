import type { Pairing, Place, Province } from '../schema/reference';
import type { ScopeLevel } from './types';
import type { PlaceLookup } from './validateCurated';
import { NATIONAL } from './validateCurated';

export interface ReferenceData {
  readonly provinces: readonly Province[];
  readonly places: readonly Place[];
  readonly pairings: readonly Pairing[];
}

export interface PlaceEntry {
  readonly id: string;
  readonly nameZh: string;
  /** Short name for labels: 山东, 青岛, 城阳区. */
  readonly shortZh: string;
  readonly level: ScopeLevel;
  readonly province: string;
  /** The programme role of its province: east (giver), west (receiver), or none. */
  readonly programme: Province['programme'];
  readonly ancestors: readonly string[];
  readonly point: readonly [number, number];
}

export interface PlaceIndex extends PlaceLookup {
  get(id: string): PlaceEntry | undefined;
  /** Like `get`, for ids already validated; throws on an unknown id. */
  require(id: string): PlaceEntry;
}

/** Indexes provinces and sub-province places by id, with each place's chain of containing places. */
export function createPlaceIndex(ref: ReferenceData): PlaceIndex {
  const entries = new Map<string, PlaceEntry>();
  for (const p of ref.provinces) {
    entries.set(p.id, {
      id: p.id,
      nameZh: p.nameZh,
      shortZh: p.shortZh,
      level: 'province',
      province: p.id,
      programme: p.programme,
      ancestors: [p.id],
      point: p.label,
    });
  }
  const byId = new Map(ref.places.map((p) => [p.id, p]));
  const programmeOf = new Map(ref.provinces.map((p) => [p.id, p.programme]));
  const chain = (place: Place): string[] => {
    const parent = place.parent === undefined ? undefined : byId.get(place.parent);
    return [place.id, ...(parent === undefined ? [place.province] : chain(parent))];
  };
  for (const p of ref.places) {
    const shortZh = p.aliases.find((a) => a.length >= 2 && p.nameZh.startsWith(a)) ?? p.nameZh;
    entries.set(p.id, {
      id: p.id,
      nameZh: p.nameZh,
      shortZh,
      level: p.level,
      province: p.province,
      programme: programmeOf.get(p.province) ?? 'none',
      ancestors: chain(p),
      point: p.point,
    });
  }
  return {
    pairings: ref.pairings,
    get: (id) => entries.get(id),
    require(id) {
      const entry = entries.get(id);
      if (entry === undefined) throw new Error(`unknown place "${id}"`);
      return entry;
    },
    placeAncestors: (id) => (id === NATIONAL ? [NATIONAL] : entries.get(id)?.ancestors),
  };
}
