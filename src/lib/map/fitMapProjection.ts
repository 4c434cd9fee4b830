/**
 * The projection of one map: all China, or zoomed to a focus (a province with its partners, or a pair's two
 * provinces). Shared by the layout (`layoutPairingMap`) and the page-wide outlines (`buildSharedOutlines`), which
 * must know every map's projection before any map is drawn. Pure: no DOM.
 */
import type { GeoProjection } from 'd3';
import type { ProvinceTopology } from './buildProvinceTopology';
import { createProjection } from './createProjection';
import type { MapData, MapPair } from './types';

/** The frame of one map on a page: its viewBox size and focus. */
export interface MapFrameSpec {
  width: number;
  height: number;
  /** A province id or a pair id. */
  focus?: string | undefined;
}

/** Margin (viewBox units) past the viewport at which a zoomed map's shapes are cut. */
export const ZOOMED_CLIP_MARGIN = 20;

/** Province ids a focused map is fitted to: the province and its partners, or the pair's two provinces. */
export function focusFitIds(data: MapData, focus: string): string[] {
  const provincePairs = data.pairs.filter((p) => p.level === 'province');
  if (data.provinces.some((p) => p.id === focus)) {
    const partners = provincePairs
      .filter((p) => p.east === focus || p.west === focus)
      .map((p) => (p.east === focus ? p.west : p.east));
    return [focus, ...partners];
  }
  const pair = data.pairs.find((p) => p.id === focus) as MapPair | undefined;
  if (pair === undefined)
    throw new Error(`layoutPairingMap: focus "${focus}" is neither a province id nor a pair id in the data`);
  return [pair.eastProvince, pair.westProvince];
}

/** The fitted projection of a map, its shapes cut at the viewport (a zoomed map a little beyond it). */
export function fitMapProjection(data: MapData, topology: ProvinceTopology, frame: MapFrameSpec): GeoProjection {
  const { width, height, focus } = frame;
  const codeOf = new Map(data.provinces.map((p) => [p.id, p.code]));
  const fitIds = focus === undefined ? undefined : focusFitIds(data, focus);
  // A county pairing is shown at county scale: fitted to its two seats, not to two whole provinces.
  const pair = focus === undefined ? undefined : data.pairs.find((p) => p.id === focus);
  const fitPoints =
    pair?.level === 'county' && pair.point !== undefined ? [pair.point.east, pair.point.west] : undefined;
  const projection = createProjection(width, height, topology, {
    // Two seats leave room at the sides for their labels.
    padding: focus === undefined ? 12 : fitPoints === undefined ? 48 : 110,
    ...(fitIds === undefined ? {} : { fitCodes: fitIds.map((id) => codeOf.get(id) as string) }),
    ...(fitPoints === undefined ? {} : { fitPoints }),
  });
  if (focus !== undefined) {
    // Cut shapes at the viewport so a zoomed map does not carry all of China's outline.
    const m = ZOOMED_CLIP_MARGIN;
    projection.clipExtent([
      [-m, -m],
      [width + m, height + m],
    ]);
  }
  return projection;
}
