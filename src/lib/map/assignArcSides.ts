/**
 * Chooses which side each arc bends to. All arcs bulge the same way by default (`right` of
 * travel: flows running east→west bulge north, like flight paths, and parallel flows nest
 * instead of crossing). Where two arcs leave the same source within a narrow angle (山东→重庆 and
 * 山东→甘肃, 广东→广西 and 广东→贵州), the inner one — whose target lies to the left of the other —
 * bends left instead, so the two fan apart where they are widest. Pure.
 */
import type { ArcSide, Point } from './buildArcPath';

export interface ArcEnds {
  id: string;
  /** Endpoint ids (province or place ids), used to find arcs that share a source. */
  fromId: string;
  toId: string;
  from: Point;
  to: Point;
}

/** Arcs leaving one source closer than this (radians) are fanned apart. */
const NARROW = (50 * Math.PI) / 180;

/** > 0 when p lies left of the directed line a → b on screen (y pointing down). */
function leftness(a: Point, b: Point, p: Point): number {
  return (b[1] - a[1]) * (p[0] - a[0]) - (b[0] - a[0]) * (p[1] - a[1]);
}

function angleBetween(a: Point, b: Point, c: Point): number {
  const u = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const v = Math.atan2(c[1] - a[1], c[0] - a[0]);
  const d = Math.abs(u - v) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/** The side each arc bends to, by arc id. */
export function assignArcSides(arcs: readonly ArcEnds[], fallback: ArcSide = 'right'): Map<string, ArcSide> {
  const sides = new Map<string, ArcSide>(arcs.map((a) => [a.id, fallback]));
  const opposite: ArcSide = fallback === 'right' ? 'left' : 'right';
  for (const a of arcs) {
    for (const b of arcs) {
      if (a.id === b.id || a.fromId !== b.fromId) continue;
      if (angleBetween(a.from, a.to, b.to) >= NARROW) continue;
      // Of the two, the one on the side the arcs bulge towards stays; the other turns away.
      const bIsOnBulgeSide = fallback === 'right' ? leftness(a.from, a.to, b.to) < 0 : leftness(a.from, a.to, b.to) > 0;
      if (bIsOnBulgeSide) sides.set(a.id, opposite);
    }
  }
  return sides;
}
