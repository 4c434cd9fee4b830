/**
 * The provinces of the topology as GeoJSON features, optionally simplified further for a map
 * narrower than the topology was built for (an inline SVG 960px wide needs fewer points than
 * the 1200px file carries). Results are cached per topology and width.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { type ProvinceTopology, simplifyTopology, simplifyWeight } from './buildProvinceTopology';

export type ProvinceFeatures = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;

const cache = new WeakMap<ProvinceTopology, Map<number, ProvinceFeatures>>();

/** China spans ~62° of longitude; the same span `CHINA_TOPOLOGY_OPTIONS` assumes. */
const SPAN_DEGREES = 62;

/**
 * Decodes the `provinces` object. With `forWidth`, first drops points whose triangle covers less
 * than `pixelArea` square pixels at that width (default 1.5).
 */
export function provinceFeatures(topology: ProvinceTopology, forWidth?: number, pixelArea = 1.5): ProvinceFeatures {
  const key = forWidth === undefined ? 0 : forWidth * 1000 + pixelArea;
  const perTopology = cache.get(topology) ?? new Map<number, ProvinceFeatures>();
  cache.set(topology, perTopology);
  const hit = perTopology.get(key);
  if (hit !== undefined) return hit;
  const weight = simplifyWeight(forWidth ?? 1, SPAN_DEGREES) * pixelArea;
  // Keep 澳门 and 香港 whole, as the build does.
  const source = forWidth === undefined ? topology : simplifyTopology(topology, weight, weight * 40);
  const decoded = feature(source, source.objects.provinces) as unknown as ProvinceFeatures;
  perTopology.set(key, decoded);
  return decoded;
}
