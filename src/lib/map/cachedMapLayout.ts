/**
 * `layoutPairingMap`, remembered for the build: the home page and its 19 national embeds, a province page and its
 * embed, a pair page and its map embed all lay out the same map (≈0.3–0.5 s each). Layouts are read, never changed,
 * by the renderers, so one object can serve them all. A map drawing a page's shared outlines (a story's steps) is
 * the cached layout with the two things shared outlines change: each province's reference to its outline, and the
 * transform and inset ids of the page's definitions (`withSharedOutlines`).
 */
import type { ProvinceTopology } from './buildProvinceTopology';
import { outlineTransform, type SharedOutlines } from './buildSharedOutlines';
import { fitMapProjection } from './fitMapProjection';
import { type LayoutOptions, layoutPairingMap, type MapLayout } from './layoutPairingMap';
import type { MapData } from './types';

const layouts = new WeakMap<MapData, WeakMap<ProvinceTopology, Map<string, MapLayout>>>();

/** The layout of `data` with `options`, computed once per data, topology and options. */
export function cachedMapLayout(data: MapData, topology: ProvinceTopology, options: LayoutOptions): MapLayout {
  const { sharedOutlines, ...own } = options;
  if (sharedOutlines !== undefined) {
    return withSharedOutlines(cachedMapLayout(data, topology, own), data, topology, sharedOutlines);
  }
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

/**
 * The layout `layoutPairingMap` gives with `sharedOutlines`, from the one it gives without (the same but for each
 * province's `ref` and `shared`): a story's steps were laid out afresh for every story, about 100 ms a story.
 */
function withSharedOutlines(
  layout: MapLayout,
  data: MapData,
  topology: ProvinceTopology,
  shared: SharedOutlines,
): MapLayout {
  const { width, height, focus } = layout;
  const projection = fitMapProjection(data, topology, { width, height, focus: focus?.id });
  return {
    ...layout,
    provinces: layout.provinces.map(({ code, province, d, ref: _ref, ...rest }) => {
      const ref = d === '' ? undefined : shared.ids.get(code);
      return { code, province, d, ...(ref === undefined ? {} : { ref }), ...rest };
    }),
    shared: { transform: outlineTransform(shared, projection), insetIds: shared.insetIds },
  };
}
