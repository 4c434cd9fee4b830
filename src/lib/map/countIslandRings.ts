/**
 * Counts the island rings of the South China Sea box the issue names (south of 21.5°N, 105°E–123°E): exterior rings
 * lying wholly in it, with at least three distinct points so they still draw. The build compares the count before
 * and after simplification; tests pin it. Pure.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export const ISLAND_BOX = { west: 105, east: 123, north: 21.5 } as const;

function isDrawable(ring: readonly Position[]): boolean {
  return new Set(ring.map(([x, y]) => `${x},${y}`)).size >= 3;
}

function inBox(ring: readonly Position[]): boolean {
  return ring.every(
    ([lon, lat]) =>
      (lon as number) >= ISLAND_BOX.west && (lon as number) <= ISLAND_BOX.east && (lat as number) < ISLAND_BOX.north,
  );
}

/** Exterior rings wholly south of 21.5°N between 105°E and 123°E that can still be drawn. */
export function countIslandRings(collection: FeatureCollection<Polygon | MultiPolygon, unknown>): number {
  let count = 0;
  for (const f of collection.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polygons) {
      const exterior = rings[0];
      if (exterior !== undefined && inBox(exterior) && isDrawable(exterior)) count++;
    }
  }
  return count;
}
