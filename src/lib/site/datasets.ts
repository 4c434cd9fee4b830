import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageTable, NationalDataset, PairDataset, PlaceNames, ProvinceDataset } from '../data/buildDatasets';
import type { CompiledFact, CompiledSource } from '../data/types';
import type { MapData } from '../map/types';

/**
 * Pages read the datasets written by `npm run build:data` (public/data/); they never re-derive them.
 * Reads are cached per build.
 */
// scripts/build.ts points the site build at its staged public folder (SHANHAI_PUBLIC_DIR) until it is published.
const DATA_DIR = join(process.cwd(), process.env.SHANHAI_PUBLIC_DIR ?? 'public', 'data');
const cache = new Map<string, unknown>();

function read<T>(relative: string): T {
  if (!cache.has(relative)) {
    try {
      cache.set(relative, JSON.parse(readFileSync(join(DATA_DIR, relative), 'utf8')));
    } catch (error) {
      throw new Error(
        `public/data/${relative} is missing or unreadable; run \`npm run build:data\` first (${String(error)})`,
      );
    }
  }
  return cache.get(relative) as T;
}

export const loadPlaces = (): PlaceNames => read('places.json');
export const loadSources = (): CompiledSource[] => read('sources.json');
export const loadFacts = (): CompiledFact[] => read('facts.json');
export const loadNational = (): NationalDataset => read('national.json');
export const loadMapData = (): MapData => read('map.json');
export const loadCoverage = (): CoverageTable => read('coverage.json');
export const loadProvince = (id: string): ProvinceDataset => read(`provinces/${id}.json`);
export const loadPair = (id: string): PairDataset => read(`pairs/${id}.json`);

/** Ids of the member provinces and province-level pairs that have datasets, from the map data. */
export function memberProvinceIds(): string[] {
  return loadMapData()
    .provinces.filter((p) => p.programme !== 'none')
    .map((p) => p.id);
}

export function provincePairIds(): string[] {
  return loadMapData()
    .pairs.filter((p) => p.level === 'province')
    .map((p) => p.id);
}

/** A lookup of facts and sources by id. */
export function factIndex(): {
  fact(id: string): CompiledFact;
  source(id: string): CompiledSource;
  placeName(id: string): string;
} {
  const places = loadPlaces();
  const facts = new Map(loadFacts().map((f) => [f.id, f]));
  const sources = new Map(loadSources().map((s) => [s.id, s]));
  return {
    fact(id) {
      const f = facts.get(id);
      if (f === undefined) throw new Error(`unknown fact ${id}`);
      return f;
    },
    source(id) {
      const s = sources.get(id);
      if (s === undefined) throw new Error(`unknown source ${id}`);
      return s;
    },
    placeName: (id) => places[id]?.shortZh ?? id,
  };
}
