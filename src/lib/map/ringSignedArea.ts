import type { Position } from 'geojson';

/** Twice the signed planar area of a ring in lon/lat (positive when anticlockwise with y up). Pure. */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i] as Position;
    const b = ring[(i + 1) % n] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}
