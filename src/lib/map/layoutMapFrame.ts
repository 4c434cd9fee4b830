/**
 * What a map of all China carries besides the data (《公开地图内容表示规范》): the 南海诸岛 inset at the lower
 * right, the dash line where it falls in the main view, 钓鱼岛 and 赤尾屿 named, the note "台湾省资料暂缺" beside
 * Taiwan (not a programme member, so no figure) and the slot for the 审图号 at the lower left. Pure: numbers and
 * path strings; `renderMapFrame` draws them.
 */
import { type GeoProjection, geoConicEqualArea, geoPath } from 'd3';
import type { MultiLineString, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { ProvinceTopology } from './buildProvinceTopology';
import { round1 } from './createProjection';
import { mainlandFeatures } from './mainlandFeatures';
import { provinceFeatures } from './provinceFeatures';

/**
 * The inset's extent: Hanoi (105.8°E) to Manila (121°E) and the dash east of Taiwan (122.8°E), 曾母暗沙 (3.97°N) to
 * that dash's north end (24.7°N), just north of the Tropic of Cancer.
 */
export const INSET_EXTENT = { west: 105, east: 123, south: 3, north: 24.8 } as const;
/** The inset's width as a share of the map's. */
export const INSET_WIDTH_SHARE = 0.16;
export const INSET_LABEL = '南海诸岛';
export const TAIWAN_NOTE = '台湾省资料暂缺';
const TAIWAN_CODE = '710000';
/** Font size of the island names (viewBox units) and the room kept around what the inset must not cover. */
const ISLAND_LABEL_SIZE = 10;
const CLEARANCE = 4;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * What the inset must never cover (《公开地图内容表示规范》: nothing hides important islands): Taiwan's main island,
 * and 钓鱼岛 and 赤尾屿 with their names, as boxes in viewBox units.
 */
export function keepClearBoxes(topology: ProvinceTopology, projection: GeoProjection): Box[] {
  const taiwan = mainlandFeatures(topology).features.find((f) => f.properties.code === TAIWAN_CODE);
  const main =
    taiwan === undefined || taiwan.geometry.type !== 'MultiPolygon'
      ? []
      : taiwan.geometry.coordinates.filter((rings) => (rings[0] ?? []).every(([lon]) => (lon as number) < 122.5));
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'MultiPolygon', coordinates: main });
  const boxes: Box[] = [{ x0: x0 - CLEARANCE, y0: y0 - CLEARANCE, x1: x1 + CLEARANCE, y1: y1 + CLEARANCE }];
  for (const island of NAMED_ISLANDS) {
    const p = projection(island.lonLat);
    if (p === null) continue;
    const text = 4 + [...island.name].length * ISLAND_LABEL_SIZE;
    const [left, right] = island.anchor === 'end' ? [text, 0] : [0, text];
    boxes.push({
      x0: p[0] - left - CLEARANCE,
      y0: p[1] - 4 - ISLAND_LABEL_SIZE - CLEARANCE,
      x1: p[0] + right + CLEARANCE,
      y1: p[1] + CLEARANCE,
    });
  }
  return boxes;
}

/** Whether a box and a rectangle overlap. */
export function overlaps(box: Box, rect: { x: number; y: number; width: number; height: number }): boolean {
  return box.x0 < rect.x + rect.width && box.x1 > rect.x && box.y0 < rect.y + rect.height && box.y1 > rect.y;
}

/** Named islands the map labels; points are inside their rings in the built geometry (tested). */
export const NAMED_ISLANDS = [
  { name: '钓鱼岛', lonLat: [123.48, 25.745] as [number, number], anchor: 'end' },
  { name: '赤尾屿', lonLat: [124.555, 25.92] as [number, number], anchor: 'start' },
] as const;

export interface InsetLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The land in the inset but the small islands, one path in the mainland's base colour, clipped to the frame. */
  land: string;
  /** The small islands of the South China Sea, outlined so that each reef shows as a dot. */
  islands: string;
  dashLine: string;
  label: { x: number; y: number; text: string };
}

export interface MapFrame {
  /** Present when the view shows the whole country (national maps, and focused maps that still show all of it). */
  inset: InsetLayout | undefined;
  /** Dash-line segments in the main view ('' when none). */
  dashLine: string;
  /** Dot at (x, y); the name at (labelX, labelY): above it, ending left of the dot or starting right of it, or centred below. */
  islandLabels: {
    x: number;
    y: number;
    text: string;
    anchor: 'start' | 'end' | 'middle';
    labelX: number;
    labelY: number;
  }[];
  /** Where "台湾省资料暂缺" goes, when Taiwan is in view. */
  taiwanNote: { x: number; y: number; text: string } | undefined;
  /** Lower-left anchor of the 审图号 line. */
  approval: { x: number; y: number };
}

const EDGE = 12;

function inView(p: [number, number] | null, width: number, height: number): p is [number, number] {
  return p !== null && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;
}

/** Whether every point of the mainland (Hainan included, the far islands excepted) projects inside the viewport. */
export function showsWholeCountry(
  topology: ProvinceTopology,
  projection: GeoProjection,
  width: number,
  height: number,
): boolean {
  const slack = 1;
  return mainlandFeatures(topology).features.every((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polygons.every((rings) =>
      (rings[0] ?? []).every((pos: Position) => {
        const p = projection([pos[0] as number, pos[1] as number]);
        return p !== null && p[0] >= -slack && p[0] <= width + slack && p[1] >= -slack && p[1] <= height + slack;
      }),
    );
  });
}

/** The inset's box at the lower right of a `width`×`height` map: its width a share of the map's, its height the extent's. */
export function insetRect(width: number, height: number): { x: number; y: number; width: number; height: number } {
  const outline = outlineOfExtent();
  const w = Math.round(width * INSET_WIDTH_SHARE);
  const sized = geoConicEqualArea().rotate([-105, 0]).parallels([25, 47]).fitWidth(w, outline);
  const [[, top], [, bottom]] = geoPath(sized).bounds(outline);
  const h = Math.round(bottom - top);
  return { x: width - EDGE - w, y: height - EDGE - h, width: w, height: h };
}

function outlineOfExtent(): GeoJSON.LineString {
  const { west, east, south, north } = INSET_EXTENT;
  const coordinates: Position[] = [];
  for (let lon = west; lon <= east; lon += 1) coordinates.push([lon, south], [lon, north]);
  coordinates.push([east, south], [east, north]);
  return { type: 'LineString', coordinates };
}

function dashLineOf(topology: ProvinceTopology): MultiLineString | undefined {
  const object = topology.objects.dashLine;
  return object === undefined ? undefined : (feature(topology, object).geometry as MultiLineString);
}

/** The inset, fitted to `INSET_EXTENT` with the main map's projection, at the lower right of a `width`×`height` map. */
export function layoutInset(topology: ProvinceTopology, width: number, height: number): InsetLayout {
  const outline = outlineOfExtent();
  const { x, y, width: w, height: h } = insetRect(width, height);
  const projection = geoConicEqualArea()
    .rotate([-105, 0])
    .parallels([25, 47])
    .fitExtent(
      [
        [x, y],
        [x + w, y + h],
      ],
      outline,
    )
    .clipExtent([
      [x, y],
      [x + w, y + h],
    ]);
  const path = geoPath(projection).digits(1);
  // China is ~62° wide; the inset shows ~18° in `w` pixels, so it needs the detail of a map 62/18 × as wide.
  const shapes = provinceFeatures(topology, Math.round((w * 62) / (INSET_EXTENT.east - INSET_EXTENT.west)));
  // Small islands (under 0.5° across, south of 21.5°N) are drawn once, outlined so each reef shows as a dot; the rest
  // of the land is one path.
  const isSmallIsland = (rings: Position[][]): boolean => {
    const lons = (rings[0] ?? []).map((p) => p[0] as number);
    const lats = (rings[0] ?? []).map((p) => p[1] as number);
    return Math.max(...lats) < 21.5 && Math.max(...lons) - Math.min(...lons) < 0.5 && Math.min(...lons) > 105;
  };
  const small: Position[][][] = [];
  const land = shapes.features
    .map((f) => {
      if (f.geometry.type !== 'MultiPolygon') return path(f) ?? '';
      small.push(...f.geometry.coordinates.filter(isSmallIsland));
      return path({ type: 'MultiPolygon', coordinates: f.geometry.coordinates.filter((r) => !isSmallIsland(r)) }) ?? '';
    })
    .join('');
  const islands = path({ type: 'MultiPolygon', coordinates: small }) ?? '';
  const dash = dashLineOf(topology);
  return {
    x,
    y,
    width: w,
    height: h,
    land,
    islands,
    dashLine: dash === undefined ? '' : (path(dash) ?? ''),
    label: { x: x + w - 8, y: y + h - 10, text: INSET_LABEL },
  };
}

/**
 * Lays out the frame of a map drawn with `projection` (the main map's). Shows the inset only when the view holds the
 * whole country; a zoomed map still names 钓鱼岛 and notes Taiwan when they are in view, and always has the 审图号 slot.
 */
export function layoutMapFrame(
  topology: ProvinceTopology,
  projection: GeoProjection,
  width: number,
  height: number,
): MapFrame {
  const whole = showsWholeCountry(topology, projection, width, height);
  const dash = dashLineOf(topology);
  const islandLabels = NAMED_ISLANDS.flatMap((island) => {
    const p = projection(island.lonLat);
    if (!inView(p, width, height)) return [];
    // A name that would run past the right edge (a zoomed map) goes centred below its dot, kept inside the view.
    const textWidth = [...island.name].length * ISLAND_LABEL_SIZE;
    const overflows = island.anchor === 'start' && p[0] + 4 + textWidth > width;
    return [
      {
        x: round1(p[0]),
        y: round1(p[1]),
        text: island.name,
        anchor: overflows ? ('middle' as const) : island.anchor,
        labelX: round1(
          overflows ? Math.min(p[0], width - textWidth / 2 - 2) : island.anchor === 'end' ? p[0] - 3 : p[0] + 3,
        ),
        labelY: round1(overflows ? p[1] + 13 : p[1] - 4),
      },
    ];
  });
  // Taiwan's east coast, about 121.6°E 23.7°N: the note starts in the sea beside it.
  const taiwan = projection([121.6, 23.7]);
  const inset = whole ? layoutInset(topology, width, height) : undefined;
  // The note ends just left of the inset's bottom, in the open sea south of Taiwan; on a zoomed map, it is by Taiwan.
  const note =
    inset !== undefined
      ? { x: inset.x - 8, y: inset.y + inset.height, text: TAIWAN_NOTE }
      : inView(taiwan, width, height)
        ? { x: round1(taiwan[0] + 14), y: round1(taiwan[1] + 16), text: TAIWAN_NOTE }
        : undefined;
  // In the main view only dashes north of the inset's extent (none with today's extent; kept in case it shrinks).
  const northernDashes: MultiLineString | undefined =
    dash === undefined
      ? undefined
      : {
          type: 'MultiLineString',
          coordinates: dash.coordinates.filter((line) => line.some(([, lat]) => (lat as number) > INSET_EXTENT.north)),
        };
  return {
    inset,
    dashLine: northernDashes === undefined ? '' : (geoPath(projection).digits(1)(northernDashes) ?? ''),
    islandLabels,
    taiwanNote: note,
    approval: { x: EDGE, y: height - 6 },
  };
}
