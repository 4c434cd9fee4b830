import type { PlaceIndex } from '../data/placeIndex';

/** A pairing id as readers say it: `jiangsu--xining` → `江苏—西宁` (undefined unless both ends are known places). */
export function pairingName(id: string, places: PlaceIndex): string | undefined {
  const [east, west] = id.split('--').map((end) => places.get(end)?.shortZh);
  return east === undefined || west === undefined ? undefined : `${east}—${west}`;
}
