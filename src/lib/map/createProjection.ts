/**
 * The map's projection: an Albers-type equal-area conic suited to China (central meridian 105°E,
 * standard parallels 25°N and 47°N), fitted to the viewport. Fitted to the mainland: the South China Sea islands
 * south of Hainan are in the 南海诸岛 inset (`layoutMapFrame`), so the view ends at Hainan's southern tip. Shapes
 * are cut at the viewport. Pure: no DOM.
 */
import { type GeoProjection, geoConicEqualArea, geoPath } from 'd3';
import type { ProvinceTopology } from './buildProvinceTopology';
import { insetRect, keepClearBoxes, overlaps } from './layoutMapFrame';
import { mainlandFeatures } from './mainlandFeatures';
import type { ProvinceFeatures } from './provinceFeatures';

export interface ProjectionOptions {
  /** Space kept free on every side, in pixels. */
  padding?: number;
  /** Fit to these provinces only (GB codes); the rest of the map still draws, cropped by the viewport. */
  fitCodes?: readonly string[];
  /** Fit to these points ([lon, lat]) instead: a county pairing's two seats, so the view is at county scale. */
  fitPoints?: readonly (readonly [number, number])[];
}

/** The conic projection every map uses, before it is fitted. */
function chinaConic(): GeoProjection {
  return geoConicEqualArea().rotate([-105, 0]).parallels([25, 47]);
}

/** Fitted scales and translates by topology and fit (fitting all China takes ~0.2 s: it is done once per build). */
const fitted = new WeakMap<ProvinceTopology, Map<string, { scale: number; translate: [number, number] }>>();

/** A projection fitted so that the chosen provinces (default: all) fill `width` × `height` less padding. */
export function createProjection(
  width: number,
  height: number,
  topology: ProvinceTopology,
  options: ProjectionOptions = {},
): GeoProjection {
  const key = JSON.stringify([
    width,
    height,
    options.padding ?? 12,
    options.fitCodes ?? null,
    options.fitPoints ?? null,
  ]);
  const known = fitted.get(topology) ?? new Map();
  fitted.set(topology, known);
  let fit = known.get(key);
  if (fit === undefined) {
    const projection = fitProjection(width, height, topology, options);
    fit = { scale: projection.scale(), translate: projection.translate() };
    known.set(key, fit);
  }
  // A fresh projection each time: callers change its clip extent.
  return chinaConic().scale(fit.scale).translate(fit.translate).clipExtent(viewport(width, height));
}

function fitProjection(
  width: number,
  height: number,
  topology: ProvinceTopology,
  options: ProjectionOptions,
): GeoProjection {
  const padding = options.padding ?? 12;
  const all = mainlandFeatures(topology);
  const codes = options.fitCodes === undefined ? undefined : new Set(options.fitCodes);
  const chosen = codes === undefined ? all.features : all.features.filter((f) => codes.has(f.properties.code));
  if (chosen.length === 0)
    throw new Error(`createProjection: none of the codes ${[...(codes ?? [])].join(', ')} is in the map`);
  const collection: ProvinceFeatures = { type: 'FeatureCollection', features: chosen };
  const fitTarget =
    options.fitPoints === undefined
      ? collection
      : { type: 'MultiPoint' as const, coordinates: options.fitPoints.map(([lon, lat]) => [lon, lat]) };
  const fitTo = (right: number): GeoProjection =>
    chinaConic().fitExtent(
      [
        [padding, padding],
        [right, height - padding],
      ],
      fitTarget,
    );
  if (codes !== undefined || options.fitPoints !== undefined)
    return fitTo(width - padding).clipExtent(viewport(width, height));
  // All China: flush left, and narrowed until Taiwan, 钓鱼岛 and their labels stay clear of the 南海诸岛 inset.
  const inset = insetRect(width, height);
  for (let right = width - padding; ; right -= 4) {
    const projection = fitTo(right);
    const [[x0], [x1]] = geoPath(projection).bounds(collection);
    projection.translate([projection.translate()[0] + padding - x0, projection.translate()[1]]);
    const clear = keepClearBoxes(topology, projection).every((box) => !overlaps(box, inset));
    if (clear || x1 - x0 < width / 2) return projection.clipExtent(viewport(width, height));
  }
}

function viewport(width: number, height: number): [[number, number], [number, number]] {
  return [
    [0, 0],
    [width, height],
  ];
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
