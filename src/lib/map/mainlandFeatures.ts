/**
 * The provinces without the islands of the South China Sea south of Hainan (西沙、中沙、南沙…): what the main map
 * is fitted to, so that it reaches the southern tip of Hainan and leaves the sea to the 南海诸岛 inset. Pure; cached
 * per topology.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { ProvinceTopology } from './buildProvinceTopology';
import { type ProvinceFeatures, provinceFeatures } from './provinceFeatures';

/** South of this latitude (Hainan's southern tip is at 18.15°N) a polygon in 105°E–123°E belongs to the inset. */
export const MAINLAND_SOUTH = 17.5;

const cache = new WeakMap<ProvinceTopology, ProvinceFeatures>();

function isSouthSeaIsland(rings: Position[][]): boolean {
  return (rings[0] ?? []).every(
    ([lon, lat]) => (lat as number) < MAINLAND_SOUTH && (lon as number) > 105 && (lon as number) < 123,
  );
}

/** Every province with its South China Sea islands south of 17.5°N left out. */
export function mainlandFeatures(topology: ProvinceTopology): ProvinceFeatures {
  const hit = cache.get(topology);
  if (hit !== undefined) return hit;
  const all = provinceFeatures(topology);
  const features = all.features.map((f) => {
    if (f.geometry.type !== 'MultiPolygon') return f;
    const kept = f.geometry.coordinates.filter((rings) => !isSouthSeaIsland(rings));
    const geometry: Polygon | MultiPolygon = { type: 'MultiPolygon', coordinates: kept };
    return { ...f, geometry };
  });
  const result: ProvinceFeatures = { type: 'FeatureCollection', features };
  cache.set(topology, result);
  return result;
}
