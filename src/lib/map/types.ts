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

/** Which way an arc points: the programme's direction, the reverse, or both together (互派). */
export type MapDirection = 'east-to-west' | 'west-to-east' | 'mutual';

/**
 * One figure the map can show for one pair, metric and view. Only `comparable` figures (full-year totals in the
 * layer's unit) are sized by the width scale; the others are drawn thin, labelled with their period, and named in
 * the line under the map, so a half-year figure is never read against a full year.
 */
export interface MapFigure {
  pair: string;
  metric: MapMetric;
  /** The view it belongs to: a year (`2023`) or `latest` (each pair's latest full year). */
  period: string;
  /** The calendar year the figure is for (its cut-off year). */
  year: string;
  /** What the figure covers, in words: 2023年全年, 2024年1—6月, 截至2021年11月累计. */
  periodLabel: string;
  value: number;
  unit: 'yuan' | 'person' | 'person-time';
  /** The figure as the site writes it (simplified characters). */
  expression: string;
  qualifier: 'exact' | 'approx' | 'at-least' | 'at-most';
  status: 'outcome' | 'target';
  direction: MapDirection;
  /** True for a full-year total: the only kind a layer's widths compare. */
  comparable: boolean;
  /** True when another source disagrees with it, or it is larger than a figure that contains it. */
  conflict: boolean;
  /**
   * True for a figure of places inside the pairing (青岛 → 渭源, one county of 定西), not the pairing's own total:
   * never drawn as the pair's arc, only named on it ("其下的市县有数字").
   */
  within?: true;
  /**
   * Another source prints the same number for a shorter period (光明日报's 231.9亿元 截至2023年11月底 against a
   * "2023年" 231.9亿元): the period this figure is labelled with may be too long. The other fact and its period.
   */
  periodInDoubt?: { factId: string; periodLabel: string };
  /** The figure's own places in words (青岛 → 渭源), for text naming a figure below its pair. */
  places?: string;
  factId: string;
  source: { id: string; title: string; outlet: string; date: string };
}

export interface MapData {
  provinces: MapProvince[];
  pairs: MapPair[];
  figures: MapFigure[];
  /** Views per metric, in order: the years with a figure, then `latest` when any pair has a full-year figure. */
  periods: Record<MapMetric, string[]>;
  /** The view the map opens on, and why (in Chinese), decided by the build. */
  defaults: { metric: MapMetric; period: string; reason: string };
  /** The view a province or pair page opens on (one with data in its focus), keyed by province or pair id. */
  focusDefaults: Record<string, { metric: MapMetric; period: string }>;
}
