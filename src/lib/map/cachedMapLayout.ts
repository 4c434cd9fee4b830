/**
 * `layoutPairingMap`, remembered for the build: the home page and its 19 national embeds, a province page and its
 * embed, a pair page and its map embed all lay out the same map (≈0.3–0.5 s each). Layouts are read, never changed,
 * by the renderers, so one object can serve them all. Maps drawing a page's shared outlines are not cached.
 */
import type { ProvinceTopology } from './buildProvinceTopology';
import { type LayoutOptions, layoutPairingMap, type MapLayout } from './layoutPairingMap';
import type { MapData } from './types';

const layouts = new WeakMap<MapData, WeakMap<ProvinceTopology, Map<string, MapLayout>>>();

/** The layout of `data` with `options`, computed once per data, topology and options. */
export function cachedMapLayout(data: MapData, topology: ProvinceTopology, options: LayoutOptions): MapLayout {
  if (options.sharedOutlines !== undefined) return layoutPairingMap(data, topology, options);
  const byTopology = layouts.get(data) ?? new WeakMap<ProvinceTopology, Map<string, MapLayout>>();
  layouts.set(data, byTopology);
  const known = byTopology.get(topology) ?? new Map<string, MapLayout>();
  byTopology.set(topology, known);
  const key = JSON.stringify([
    options.width,
    options.height,
    options.focus ?? null,
    options.only ?? null,
    options.locale ?? 'zh',
  ]);
  let layout = known.get(key);
  if (layout === undefined) {
    layout = layoutPairingMap(data, topology, options);
    known.set(key, layout);
  }
  return layout;
}
