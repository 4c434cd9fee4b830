/**
 * Turns decoded province polygons into a small TopoJSON: shared borders become shared arcs,
 * points a 1200px-wide map cannot show are dropped (Visvalingam, topojson-simplify), and
 * coordinates are quantized. Pure and deterministic: the same input gives the same output.
 */
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology, MultiLineString as TopoMultiLineString } from 'topojson-specification';
import { isProtectedRing } from './protectedIslands';
import type { ProvinceProperties } from './readCompliantChina';
import { ringSignedArea } from './ringSignedArea';

export interface ProvinceTopologyOptions {
  /** Width in pixels of the largest map drawn from it; sets how much detail to keep. */
  targetWidth: number;
  /** Span of the map in degrees of longitude (China: 73.5°E–135°E ≈ 62°). */
  spanDegrees: number;
  /** Quantization: the number of distinct positions along each axis. */
  quantization: number;
  /**
   * Features smaller than this many simplification weights (澳门, 香港) keep every point:
   * simplified by the same rule as the big provinces they would vanish.
   */
  keepWhole: number;
  /**
   * Islands smaller than this many simplification weights are dropped (a province's largest
   * polygon always stays): they are specks at `targetWidth` and cost more bytes than they show.
   * Never the islands of `PROTECTED_ISLAND_BOXES` (南海诸岛, 钓鱼岛、赤尾屿).
   */
  minIsland: number;
}

/**
 * China on a map up to 1200px wide: ~62° of longitude; 澳门 and 香港 are kept whole. 1,000,000 steps per axis (about
 * 0.00006°) so that the smallest rock of the South China Sea (0.0001° across, near 112.2°E 16.96°N) keeps three
 * distinct points; the file is only a build input, so the finer grid costs no page a byte.
 */
export const CHINA_TOPOLOGY_OPTIONS: ProvinceTopologyOptions = {
  targetWidth: 1200,
  spanDegrees: 62,
  quantization: 1_000_000,
  keepWhole: 40,
  minIsland: 8,
};

export type ProvinceTopology = Topology<{
  provinces: GeometryCollection<{ code: string; name: string }>;
  /** The South China Sea dash line (十段线), when the source has it. */
  dashLine?: TopoMultiLineString;
}>;

/**
 * The simplification weight in square degrees: one square pixel. A point whose triangle with
 * its neighbours covers less than that cannot be seen at `targetWidth`.
 */
export function simplifyWeight(targetWidth: number, spanDegrees: number): number {
  const degreesPerPixel = spanDegrees / targetWidth;
  return degreesPerPixel * degreesPerPixel;
}

/** Planar area in square degrees of a polygon or multipolygon (exterior minus holes). */
function planarArea(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const rings of polygons) {
    rings.forEach((ring, i) => {
      const a = Math.abs(ringSignedArea(ring)) / 2;
      total += i === 0 ? a : -a;
    });
  }
  return total;
}

/** Drops the polygons of a multipolygon smaller than `minArea`, keeping the largest one. */
function dropSmallIslands(geometry: Polygon | MultiPolygon, minArea: number): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return geometry;
  const areas = geometry.coordinates.map((rings) => planarArea({ type: 'Polygon', coordinates: rings }));
  const largest = areas.indexOf(Math.max(...areas));
  const kept = geometry.coordinates.filter(
    (rings, i) => i === largest || (areas[i] as number) >= minArea || isProtectedRing(rings[0] ?? []),
  );
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: kept };
}

/** Gives every point of a small feature's arcs infinite weight so `simplify` keeps it. */
function protectSmallFeatures(topo: ProvinceTopology, minArea: number): void {
  const collect = (nested: unknown, out: Set<number>): void => {
    if (typeof nested === 'number') out.add(nested < 0 ? ~nested : nested);
    else if (Array.isArray(nested)) for (const item of nested) collect(item, out);
  };
  const arcIndexes = new Set<number>();
  for (const geometry of topo.objects.provinces.geometries) {
    if (!('arcs' in geometry)) continue;
    const shape = feature(topo, geometry) as unknown as { geometry: Polygon | MultiPolygon | null };
    if (shape.geometry !== null && planarArea(shape.geometry) < minArea) collect(geometry.arcs, arcIndexes);
  }
  for (const index of arcIndexes) {
    for (const point of topo.arcs[index] ?? []) point[2] = Number.POSITIVE_INFINITY;
  }
}

/**
 * The two inner points of a closed ring that, with its first point, make the largest triangle wound the same way as
 * the ring: kept, they leave an island a triangle that d3 still draws as land (not as the rest of the globe).
 */
function keptTriangle(ring: readonly number[][]): [number, number] {
  const [x0, y0] = ring[0] as [number, number];
  const cross = (i: number, j: number): number => {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    return (xi - x0) * (yj - y0) - (yi - y0) * (xj - x0);
  };
  const sign = Math.sign(ringSignedArea(ring.map(([x, y]) => [x as number, y as number])));
  let best: [number, number] = [Math.floor(ring.length / 3), Math.floor((2 * ring.length) / 3)];
  let bestArea = 0;
  for (let i = 1; i < ring.length - 2; i++) {
    for (let j = i + 1; j < ring.length - 1; j++) {
      const area = cross(i, j) * sign;
      if (area > bestArea) {
        bestArea = area;
        best = [i, j];
      }
    }
  }
  return best;
}

/**
 * Keeps at least a triangle of every protected island ring (南海诸岛, 钓鱼岛): besides each arc's end points, which
 * `simplify` always keeps, two inner points get infinite weight. Expects absolute coordinates (after `presimplify`).
 */
function protectIslandRings(topo: ProvinceTopology): void {
  const arcOf = (index: number): number[][] => topo.arcs[index < 0 ? ~index : index] ?? [];
  const rings: number[][] = [];
  for (const geometry of topo.objects.provinces.geometries) {
    if (geometry.type === 'Polygon') rings.push(...geometry.arcs);
    else if (geometry.type === 'MultiPolygon') for (const polygon of geometry.arcs) rings.push(...polygon);
  }
  for (const ring of rings) {
    if (!isProtectedRing(ring.flatMap(arcOf))) continue;
    for (const index of ring) {
      const arc = arcOf(index);
      // A ring of one arc (an island on its own) keeps its best triangle; a ring shared with a neighbour keeps
      // points a third and two thirds along each of its arcs.
      const kept =
        ring.length === 1 ? keptTriangle(arc) : [Math.floor(arc.length / 3), Math.floor((2 * arc.length) / 3)];
      for (const at of kept) {
        const point = arc[at];
        if (point !== undefined) point[2] = Number.POSITIVE_INFINITY;
      }
    }
  }
}

/**
 * Simplifies a topology to `weight` square degrees, keeping features smaller than `keepWhole`
 * square degrees whole and every protected island ring. Does not mutate its input.
 */
export function simplifyTopology(topo: ProvinceTopology, weight: number, keepWhole: number): ProvinceTopology {
  const presimplified = presimplify(structuredClone(topo));
  protectSmallFeatures(presimplified, keepWhole);
  protectIslandRings(presimplified);
  return simplify(presimplified, weight);
}

/**
 * Builds the province topology: object `provinces`, features sorted by code, `properties.code`; with `dashLine`,
 * also an object `dashLine` (one multi-line geometry).
 */
export function buildProvinceTopology(
  collection: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>,
  options: ProvinceTopologyOptions,
  dashLine?: MultiLineString,
): ProvinceTopology {
  const weight = simplifyWeight(options.targetWidth, options.spanDegrees);
  const sorted: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties> = {
    type: 'FeatureCollection',
    features: [...collection.features]
      .sort((a, b) => a.properties.code.localeCompare(b.properties.code))
      .map((f) => ({
        type: 'Feature',
        properties: { code: f.properties.code, name: f.properties.name },
        geometry: dropSmallIslands(f.geometry, weight * options.minIsland),
      })),
  };
  const objects = dashLine === undefined ? { provinces: sorted } : { provinces: sorted, dashLine };
  const raw = topology(objects, options.quantization) as unknown as ProvinceTopology;
  const simplified = simplifyTopology(raw, weight, weight * options.keepWhole);
  return quantize(simplified, options.quantization) as ProvinceTopology;
}
