/**
 * One set of province outlines (and 南海诸岛 inset shapes) for every map on a page. A story page shows a map per
 * step, each zoomed differently; all use the same conic projection, so every map's outlines are the same shapes
 * scaled and moved (d3 fits a projection by its scale and translate only). This module projects the outlines once,
 * with the projection of the most zoomed map (whose coordinates therefore stay exactly what it would draw alone),
 * cut to the area any of the maps shows; each map then draws them with `<use>` and one transform
 * (`outlineTransform`). Inset shapes, drawn in their own projection, are shared when they are the same string.
 * Pure: numbers and path strings; `renderSharedOutlines` writes the definitions.
 */
import { type GeoProjection, geoPath } from 'd3';
import type { ProvinceTopology } from './buildProvinceTopology';
import { fitMapProjection, type MapFrameSpec, ZOOMED_CLIP_MARGIN } from './fitMapProjection';
import { layoutMapFrame } from './layoutMapFrame';
import { provinceFeatures } from './provinceFeatures';
import type { MapData } from './types';

/** Outlines defined once on the page. */
export interface SharedOutlines {
  /** Definitions to write once (`renderSharedOutlines`), in drawing order. */
  paths: { id: string; d: string }[];
  /** The id of each province's outline, by GB code (provinces cut away entirely have none). */
  ids: ReadonlyMap<string, string>;
  /** The id of an inset shape, by its path string. */
  insetIds: ReadonlyMap<string, string>;
  /** The projection the outlines were drawn with: its scale and translate. */
  scale: number;
  translate: [number, number];
  /** The width the national outlines were simplified for; undefined: full detail (some map is zoomed). */
  detailWidth: number | undefined;
}

/** How one map draws the shared outlines: `matrix(k 0 0 k tx ty)` from the shared coordinates to its own. */
export interface OutlineTransform {
  k: number;
  tx: number;
  ty: number;
}

/** The transform that draws `shared` in `projection`'s coordinates (same projection family, other fit). */
export function outlineTransform(shared: SharedOutlines, projection: GeoProjection): OutlineTransform {
  const k = projection.scale() / shared.scale;
  const [x, y] = projection.translate();
  return { k, tx: x - k * shared.translate[0], ty: y - k * shared.translate[1] };
}

/**
 * Outlines for the maps `frames` (all on one page), with ids `<idPrefix>-<GB code>`. The shapes are simplified as
 * the national map's when no map is zoomed, else kept in full detail, as each map would draw them alone.
 */
export function buildSharedOutlines(
  data: MapData,
  topology: ProvinceTopology,
  frames: readonly MapFrameSpec[],
  idPrefix: string,
): SharedOutlines {
  const key = JSON.stringify(frames.map((f) => [f.width, f.height, f.focus ?? null]));
  const byTopology = projected.get(data) ?? new WeakMap<ProvinceTopology, Map<string, SharedOutlines>>();
  projected.set(data, byTopology);
  const known = byTopology.get(topology) ?? new Map<string, SharedOutlines>();
  byTopology.set(topology, known);
  let outlines = known.get(key);
  if (outlines === undefined) {
    outlines = projectSharedOutlines(data, topology, frames, '');
    known.set(key, outlines);
  }
  // The same shapes under this page's ids (`<idPrefix>-<GB code>`, `<idPrefix>-inset-<n>`).
  const rename = (id: string): string => `${idPrefix}${id}`;
  return {
    ...outlines,
    paths: outlines.paths.map(({ id, d }) => ({ id: rename(id), d })),
    ids: new Map([...outlines.ids].map(([code, id]) => [code, rename(id)])),
    insetIds: new Map([...outlines.insetIds].map(([d, id]) => [d, rename(id)])),
  };
}

/**
 * Outlines projected once per data, topology and set of map frames: every story whose steps show the same
 * frames shares the same shapes (projecting them took ~25 ms a story), only under its own ids.
 */
const projected = new WeakMap<MapData, WeakMap<ProvinceTopology, Map<string, SharedOutlines>>>();

function projectSharedOutlines(
  data: MapData,
  topology: ProvinceTopology,
  frames: readonly MapFrameSpec[],
  idPrefix: string,
): SharedOutlines {
  if (frames.length === 0) throw new Error('buildSharedOutlines: no maps to share outlines between');
  const projections = frames.map((f) => fitMapProjection(data, topology, f));
  // The most zoomed map's projection, so rounding to whole units is never coarser than any map's own.
  const baseIndex = projections.reduce((best, p, i) => (p.scale() > (projections[best]?.scale() ?? 0) ? i : best), 0);
  const base = fitMapProjection(data, topology, frames[baseIndex] as MapFrameSpec);
  const shared = { scale: base.scale(), translate: base.translate() as [number, number] };
  // The part of the shared coordinates that any map shows, with a zoomed map's margin.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  frames.forEach((frame, i) => {
    const m = frame.focus === undefined ? 0 : ZOOMED_CLIP_MARGIN;
    const { k, tx, ty } = outlineTransform({ ...shared } as SharedOutlines, projections[i] as GeoProjection);
    x0 = Math.min(x0, (-m - tx) / k);
    y0 = Math.min(y0, (-m - ty) / k);
    x1 = Math.max(x1, (frame.width + m - tx) / k);
    y1 = Math.max(y1, (frame.height + m - ty) / k);
  });
  base.clipExtent([
    [Math.floor(x0), Math.floor(y0)],
    [Math.ceil(x1), Math.ceil(y1)],
  ]);
  const zoomed = frames.some((f) => f.focus !== undefined);
  const detailWidth = zoomed ? undefined : Math.max(...frames.map((f) => f.width));
  const outline = geoPath(base).digits(0);
  const paths: { id: string; d: string }[] = [];
  const ids = new Map<string, string>();
  for (const f of provinceFeatures(topology, detailWidth).features) {
    const d = outline(f) ?? '';
    if (d === '') continue;
    const id = `${idPrefix}-${f.properties.code}`;
    paths.push({ id, d });
    ids.set(f.properties.code, id);
  }
  // Inset shapes of the maps of all China: the same size of map gives the same strings.
  const insetIds = new Map<string, string>();
  frames.forEach((frame, i) => {
    const inset = layoutMapFrame(topology, projections[i] as GeoProjection, frame.width, frame.height).inset;
    for (const d of inset === undefined ? [] : [inset.land, inset.islands, inset.dashLine]) {
      if (insetIds.has(d)) continue;
      const id = `${idPrefix}-inset-${insetIds.size}`;
      insetIds.set(d, id);
      paths.push({ id, d });
    }
  });
  return { paths, ids, insetIds, ...shared, detailWidth };
}
