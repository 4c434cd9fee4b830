/**
 * Province outlines as path strings (`geoPath(projection).digits(0)`), remembered per set of shapes and projection:
 * a build lays out the same map many times — a province page, its embed, its English twins and every view of its
 * exports each fit the same projection — and projecting all of China's outlines was ~40 % of a map's layout.
 * The key is everything that changes the drawing: the projection's scale, translate, rotation, centre, precision
 * and clip extent (every map uses the same conic; `createProjection`), so two layouts share outlines exactly when
 * they would draw the same strings.
 */
import { type GeoProjection, geoPath } from 'd3';
import type { ProvinceFeatures } from './provinceFeatures';

const projected = new WeakMap<ProvinceFeatures, Map<string, readonly string[]>>();

/** What makes two projections draw the same paths. */
function projectionKey(projection: GeoProjection): string {
  return JSON.stringify([
    projection.scale(),
    projection.translate(),
    projection.rotate(),
    projection.center(),
    projection.precision(),
    projection.clipExtent(),
    projection.clipAngle() ?? null,
  ]);
}

/** Each feature's outline in `projection`, in whole units ('' for one cut away entirely), in feature order. */
export function projectOutlines(shapes: ProvinceFeatures, projection: GeoProjection): readonly string[] {
  const known = projected.get(shapes) ?? new Map<string, readonly string[]>();
  projected.set(shapes, known);
  const key = projectionKey(projection);
  let outlines = known.get(key);
  if (outlines === undefined) {
    const outline = geoPath(projection).digits(0);
    outlines = shapes.features.map((f) => outline(f) ?? '');
    known.set(key, outlines);
  }
  return outlines;
}
