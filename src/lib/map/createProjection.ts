/**
 * The map's projection: an Albers-type equal-area conic suited to China (central meridian 105°E,
 * standard parallels 25°N and 47°N), fitted to the viewport. Pure: no DOM.
 */
import { type GeoProjection, geoConicEqualArea } from 'd3';
import type { ProvinceTopology } from './buildProvinceTopology';
import { provinceFeatures } from './provinceFeatures';

export interface ProjectionOptions {
  /** Space kept free on every side, in pixels. */
  padding?: number;
  /** Fit to these provinces only (GB codes); the rest of the map still draws, cropped by the viewport. */
  fitCodes?: readonly string[];
}

/** A projection fitted so that the chosen provinces (default: all) fill `width` × `height` less padding. */
export function createProjection(
  width: number,
  height: number,
  topology: ProvinceTopology,
  options: ProjectionOptions = {},
): GeoProjection {
  const padding = options.padding ?? 12;
  const all = provinceFeatures(topology);
  const codes = options.fitCodes === undefined ? undefined : new Set(options.fitCodes);
  const chosen = codes === undefined ? all.features : all.features.filter((f) => codes.has(f.properties.code));
  if (chosen.length === 0)
    throw new Error(`createProjection: none of the codes ${[...(codes ?? [])].join(', ')} is in the map`);
  return geoConicEqualArea()
    .rotate([-105, 0])
    .parallels([25, 47])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'FeatureCollection', features: chosen },
    );
}

/** Rounds a number to one decimal, the precision of every coordinate the map writes. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10 + 0; // + 0 turns -0 into 0
}

/** Projects a longitude/latitude to rounded pixels; throws when the point cannot be projected. */
export function projectPoint(projection: GeoProjection, lonLat: readonly [number, number]): [number, number] {
  const p = projection([lonLat[0], lonLat[1]]);
  if (p === null) throw new Error(`projectPoint: [${lonLat.join(', ')}] falls outside the projection`);
  return [round1(p[0]), round1(p[1])];
}
