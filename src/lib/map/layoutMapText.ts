/**
 * Where the map's words go at each text scale: province names, city and county names beside their dots, the
 * qualifier badges and the years written on arcs, kept clear of each other, of the dots, of the 南海诸岛 inset and
 * its words, and inside the map. The site draws a map at two scales (map.css: a wide map, and one drawn small on a
 * phone, where every text is set larger so it still renders at 11 px); each scale gets its own placement.
 * Pure numbers, viewBox units; `renderMapSvg` writes the wide position as x/y and the narrow one as a CSS variable.
 */
import type { ArcGeometry, Point } from './buildArcPath';
import type { MapFrame } from './layoutMapFrame';
import { aroundPoint, circleRect, type Rect, TextPlacer, textRect, textWidthEm } from './placeMapText';

export type TextScale = 'wide' | 'narrow';
export const TEXT_SCALES: readonly TextScale[] = ['wide', 'narrow'];

/** A text's anchor at each scale; undefined where it does not fit (it is then not drawn at that scale). */
export type Placed = Record<TextScale, Point | undefined>;

/**
 * The narrowest on-screen width (px) each scale serves: map.css switches to the narrow scale at 640 px, and a
 * phone of 360–390 px draws the map 340–358 px wide.
 */
const SCALE_WIDTH: Record<TextScale, number> = { wide: 736, narrow: 340 };
/** The smallest text a reader gets, in CSS px (issue 14: 11 px at 390 px), with a little room for rounding. */
const MIN_TEXT_PX = 11.2;

/** Font size (viewBox units) of the map's text at a scale, so that it renders at ≥ 11 px at that scale's width. */
export function mapTextSize(viewBoxWidth: number, scale: TextScale): number {
  return Math.max(12, Math.ceil((MIN_TEXT_PX * viewBoxWidth) / SCALE_WIDTH[scale]));
}

/** A badge's radius for its text size. */
export const badgeRadius = (size: number): number => Math.round(size * 0.62 * 10) / 10;

export interface ProvinceText {
  id: string;
  text: string;
  at: Point;
  /** Programme member: labelled at every scale; the others only on wide maps. */
  member: boolean;
  /** Drawn first (the focus and its partners). */
  important: boolean;
}

export interface PointText {
  id: string;
  text: string;
  at: Point;
}

export interface ArcText {
  key: string;
  geometry: ArcGeometry;
  width: number;
  /** The badge's mark (≥, 约, !), or '' for none. */
  badge: string;
  /** The year or period written on the arc, or undefined. */
  label: string | undefined;
}

export interface MapTextLayout {
  provinces: Map<string, Placed>;
  points: Map<string, Placed>;
  /** Per view, per arc key: its badge centre and its label anchor. */
  views: Map<string, { badge: Placed; label: Placed }>[];
  /** Font size per scale (viewBox units). */
  sizes: Record<TextScale, number>;
}

function onCurve(g: ArcGeometry, t: number): Point {
  const u = 1 - t;
  return [
    u * u * g.start[0] + 2 * u * t * g.control[0] + t * t * g.end[0],
    u * u * g.start[1] + 2 * u * t * g.control[1] + t * t * g.end[1],
  ];
}

function normalAt(g: ArcGeometry, t: number): Point {
  const dx = 2 * (1 - t) * (g.control[0] - g.start[0]) + 2 * t * (g.end[0] - g.control[0]);
  const dy = 2 * (1 - t) * (g.control[1] - g.start[1]) + 2 * t * (g.end[1] - g.control[1]);
  const len = Math.hypot(dx, dy) || 1;
  return [dy / len, -dx / len];
}

/** Room kept around a city or county dot (its radius is 3.5). */
const DOT_CLEARANCE = 4.5;

const BADGE_T = [0.4, 0.32, 0.48, 0.25, 0.56, 0.62, 0.18, 0.7, 0.12, 0.78];
const LABEL_T = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];

/** The obstacles of the frame at a scale: the inset, its name, the islands' names, the Taiwan note. */
function frameRects(frame: MapFrame, size: number): Rect[] {
  const rects: Rect[] = [];
  const pad = size * 0.1;
  if (frame.inset !== undefined) {
    const { x, y, width, height } = frame.inset;
    rects.push({ x0: x, y0: y, x1: x + width, y1: y + height });
  }
  for (const l of frame.islandLabels) {
    rects.push(circleRect([l.x, l.y], 3));
    rects.push(textRect({ text: l.text, size, anchor: l.anchor, dy: 0 }, [l.labelX, l.labelY], pad));
  }
  const note = frame.taiwanNote;
  if (note !== undefined) {
    const anchor = frame.inset === undefined ? 'start' : 'end';
    rects.push(textRect({ text: note.text, size, anchor, dy: 0 }, [note.x, note.y], pad));
  }
  return rects;
}

/** Lays out every text of the map at both scales. `views` holds each view's arcs in drawing order. */
export function layoutMapText(
  width: number,
  height: number,
  frame: MapFrame,
  provinces: readonly ProvinceText[],
  points: readonly PointText[],
  views: readonly (readonly ArcText[])[],
): MapTextLayout {
  const sizes = { wide: mapTextSize(width, 'wide'), narrow: mapTextSize(width, 'narrow') };
  const result: MapTextLayout = {
    provinces: new Map(provinces.map((p) => [p.id, { wide: undefined, narrow: undefined }])),
    points: new Map(points.map((p) => [p.id, { wide: undefined, narrow: undefined }])),
    views: views.map(
      (arcs) =>
        new Map(
          arcs.map((a) => [
            a.key,
            { badge: { wide: undefined, narrow: undefined }, label: { wide: undefined, narrow: undefined } },
          ]),
        ),
    ),
    sizes,
  };
  const ordered = [...provinces].sort(
    (a, b) => Number(b.important) - Number(a.important) || Number(b.member) - Number(a.member),
  );
  for (const scale of TEXT_SCALES) {
    const size = sizes[scale];
    const pad = size * 0.1;
    const base = new TextPlacer(width, height, frameRects(frame, size));
    for (const p of points) base.block(circleRect(p.at, DOT_CLEARANCE));
    for (const p of ordered) {
      if (scale === 'narrow' && !p.member) continue;
      const item = { id: p.id, text: p.text, size, anchor: 'middle' as const, dy: 0.35 };
      const placed = result.provinces.get(p.id) as Placed;
      placed[scale] = base.placeText({ ...item, candidates: aroundPoint(p.at, size, textWidthEm(p.text)) }, pad);
    }
    for (const p of points) {
      const [x, y] = p.at;
      // Clear of its own dot (blocked above with radius DOT_CLEARANCE) and of the halo.
      const gap = DOT_CLEARANCE + pad + 1;
      const below = y + gap + size * 0.88;
      const candidates: [Point, 'start' | 'end'][] = [
        [[x + gap, y - gap], 'start'],
        [[x + gap, below], 'start'],
        [[x - gap, y - gap], 'end'],
        [[x - gap, below], 'end'],
      ];
      const placed = result.points.get(p.id) as Placed;
      for (const [at, anchor] of candidates) {
        // The label's side is fixed per candidate, so each is tried on its own; the anchor is read back from x.
        const spot = base.placeText({ id: p.id, text: p.text, size, anchor, dy: 0, candidates: [at] }, pad);
        if (spot !== undefined) {
          placed[scale] = spot;
          break;
        }
      }
    }
    views.forEach((arcs, v) => {
      const placer = base.fork();
      const out = result.views[v] as Map<string, { badge: Placed; label: Placed }>;
      for (const arc of arcs) {
        const slot = out.get(arc.key) as { badge: Placed; label: Placed };
        if (arc.badge !== '') {
          const radius = badgeRadius(size);
          slot.badge[scale] = placer.placeCircle({
            id: arc.key,
            radius,
            candidates: BADGE_T.map((t) => onCurve(arc.geometry, t)),
          });
        }
      }
      for (const arc of arcs) {
        const slot = out.get(arc.key) as { badge: Placed; label: Placed };
        if (arc.label === undefined) continue;
        const off = arc.width / 2 + size * 0.75;
        // Beside the arc on either side, nearest the middle first, then a little further out.
        const candidates = [1, 1.9].flatMap((k) =>
          LABEL_T.flatMap((t): Point[] => {
            const p = onCurve(arc.geometry, t);
            const n = normalAt(arc.geometry, t);
            return [
              [p[0] + n[0] * off * k, p[1] + n[1] * off * k],
              [p[0] - n[0] * off * k, p[1] - n[1] * off * k],
            ];
          }),
        );
        const item = { id: arc.key, text: arc.label, size, anchor: 'middle' as const, dy: 0.35, candidates };
        slot.label[scale] = placer.placeText(item, pad);
      }
    });
  }
  return result;
}

/** Whether a point label placed at `at` for a dot at `dot` starts at it (right side) or ends at it (left side). */
export function pointAnchor(at: Point, dot: Point): 'start' | 'end' {
  return at[0] >= dot[0] ? 'start' : 'end';
}
