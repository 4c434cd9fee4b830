/**
 * The data the pairing map consumes. The lead's data build writes it as `public/data/map.json`;
 * `tests/fixtures/map-data.json` is a small hand-made instance built from real figures.
 */
import type { MAP_METRICS } from '../model/metrics';

/** Also the keys of `MAP_METRICS` in `src/lib/model/metrics.ts`; the check below keeps them equal. */
export type MapMetric = 'funds' | 'cadres' | 'labor';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time check: fails to type-check if MAP_METRICS gains or loses a key. */
export const MAP_METRIC_KEYS_MATCH: Same<MapMetric, keyof typeof MAP_METRICS> = true;

export interface MapProvince {
  id: string;
  code: string;
  shortZh: string;
  nameZh: string;
  programme: 'east' | 'west' | 'none';
  label: [number, number];
}

export interface MapPair {
  id: string;
  east: string;
  west: string;
  level: 'province' | 'prefecture' | 'county';
  since: number;
  until?: number;
  eastProvince: string;
  westProvince: string;
  eastLabel: string;
  westLabel: string;
  point?: { east: [number, number]; west: [number, number] };
}

export interface MapFigure {
  pair: string;
  metric: MapMetric;
  period: string;
  periodLabel: string;
  value: number;
  unit: 'yuan' | 'person' | 'person-time';
  expression: string;
  qualifier: 'exact' | 'approx' | 'at-least' | 'at-most';
  status: 'outcome' | 'target';
  direction: 'east-to-west' | 'west-to-east';
  factId: string;
  source: { id: string; title: string; outlet: string; date: string };
}

export interface MapData {
  provinces: MapProvince[];
  pairs: MapPair[];
  figures: MapFigure[];
  periods: Record<MapMetric, string[]>;
  defaults: { metric: MapMetric; period: string };
}
