/**
 * Puts polygon rings in the winding order d3-geo expects: exterior rings clockwise and holes
 * anticlockwise, as seen on a map with north up. (GeoJSON RFC 7946 asks for the opposite; d3
 * reads an anticlockwise exterior as "everything except this shape", which fills the globe.)
 * Pure: returns new geometry, never mutates its input.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { ringSignedArea } from './ringSignedArea';

function wind(ring: Position[], clockwise: boolean): Position[] {
  const isClockwise = ringSignedArea(ring) < 0;
  return isClockwise === clockwise ? ring : [...ring].reverse();
}

function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => wind(ring, i === 0));
}

/** Rewinds every polygon of a feature collection for d3-geo. */
export function rewindForD3<P>(
  collection: FeatureCollection<Polygon | MultiPolygon, P>,
): FeatureCollection<Polygon | MultiPolygon, P> {
  const features = collection.features.map((f): Feature<Polygon | MultiPolygon, P> => {
    const g = f.geometry;
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: rewindPolygon(g.coordinates) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map(rewindPolygon) };
    return { ...f, geometry };
  });
  return { ...collection, features };
}
