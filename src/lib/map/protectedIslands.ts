/**
 * Islands a map of China must never lose, whatever their size: every ring in the South China Sea (南海诸岛, and the
 * small islands of 广东、广西、海南 south of 21.5°N) and 钓鱼岛、赤尾屿 with their islets. Simplification keeps at
 * least a triangle of each of these rings; other specks (the hundreds of 浙江 islets) may still go. Pure.
 */
import type { Position } from 'geojson';

export interface LonLatBox {
  name: string;
  west: number;
  south: number;
  east: number;
  north: number;
}

export const PROTECTED_ISLAND_BOXES: readonly LonLatBox[] = [
  { name: '南海诸岛', west: 105, south: 0, east: 123, north: 21.5 },
  { name: '钓鱼岛、赤尾屿', west: 123, south: 25.5, east: 125, north: 26.2 },
];

/** Whether every point of `ring` lies in one of the protected boxes. */
export function isProtectedRing(ring: readonly Position[] | readonly number[][]): boolean {
  return PROTECTED_ISLAND_BOXES.some((box) =>
    ring.every(
      ([lon, lat]) =>
        (lon as number) >= box.west &&
        (lon as number) <= box.east &&
        (lat as number) >= box.south &&
        (lat as number) <= box.north,
    ),
  );
}
