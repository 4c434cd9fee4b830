/**
 * Geometry of one flow arc on the map: a quadratic curve from source to target, bent to one side,
 * drawn as a filled ribbon that is widest at the source, narrows along the way and ends in an
 * arrowhead whose tip sits exactly on the target. Each side of the ribbon (the curve moved sideways by half the
 * width, which narrows) is drawn as a few cubic Bézier pieces rather than many short lines: the same shape within
 * ~0.05 px, in a fifth of the markup. Pure: numbers in, path strings out, every coordinate rounded to one decimal.
 */
import { round1 } from './createProjection';

export type Point = readonly [number, number];

/** Which side of the straight line from source to target the arc bulges to, as seen on screen. */
export type ArcSide = 'left' | 'right';

export interface ArcOptions {
  /** How far the middle of the curve leaves the chord, as a fraction of the chord length (0.2 ≈ gentle). */
  bend: number;
  side: ArcSide;
  /** Ribbon width at the source, in pixels. */
  startWidth: number;
  /** Ribbon width where the arrowhead begins; defaults to 35% of `startWidth` (at least 0.6px). */
  endWidth?: number;
  /** Stop this many pixels (along the curve) short of the target, e.g. to keep a label clear. */
  trimEnd?: number;
}

export interface ArcGeometry {
  /** The filled ribbon with its arrowhead, as an SVG path. */
  d: string;
  /** The bare curve (`M … Q …`), for dashed "no figure" arcs and wide invisible hit areas. */
  centerline: string;
  /** A small arrowhead alone, for arcs drawn as a dashed centerline. */
  head: string;
  start: [number, number];
  end: [number, number];
  control: [number, number];
  /** The point halfway along the curve (t = 0.5). */
  mid: [number, number];
  /** Where a qualifier badge goes: a little before the middle, clear of the target's label. */
  marker: [number, number];
}

/** Cubic pieces per side of a ribbon: two keep every arc the map draws within 0.05 px of its exact edge. */
const EDGE_PIECES = 2;

function bezier(p0: Point, c: Point, p1: Point, t: number): [number, number] {
  const a = (1 - t) * (1 - t);
  const b = 2 * (1 - t) * t;
  const d = t * t;
  return [a * p0[0] + b * c[0] + d * p1[0], a * p0[1] + b * c[1] + d * p1[1]];
}

/** Unit normal to the left of the direction of travel (screen coordinates, y down). */
function leftNormal(p0: Point, c: Point, p1: Point, t: number): [number, number] {
  const dx = 2 * (1 - t) * (c[0] - p0[0]) + 2 * t * (p1[0] - c[0]);
  const dy = 2 * (1 - t) * (c[1] - p0[1]) + 2 * t * (p1[1] - c[1]);
  const len = Math.hypot(dx, dy) || 1;
  return [dy / len, -dx / len];
}

function fmt(p: Point): string {
  return `${round1(p[0])},${round1(p[1])}`;
}

/**
 * One side of a ribbon along `curve` from t0 to t1 (either way round): the curve moved `halfWidth(t)` to its left
 * (`sign` 1) or right (-1). Returns its first point and the `C` pieces that follow it; each piece matches the edge's
 * position and direction at both its ends (Hermite; the direction taken numerically).
 */
function ribbonEdge(
  curve: readonly [Point, Point, Point],
  t0: number,
  t1: number,
  halfWidth: (t: number) => number,
  sign: 1 | -1,
): { start: string; pieces: string } {
  const [p0, c, p1] = curve;
  const at = (t: number): [number, number] => {
    const p = bezier(p0, c, p1, t);
    const n = leftNormal(p0, c, p1, t);
    const h = sign * halfWidth(t);
    return [p[0] + n[0] * h, p[1] + n[1] * h];
  };
  const eps = 1e-5;
  const slope = (t: number): [number, number] => {
    const [a, b] = [at(t - eps), at(t + eps)];
    return [(b[0] - a[0]) / (2 * eps), (b[1] - a[1]) / (2 * eps)];
  };
  let pieces = '';
  for (let i = 0; i < EDGE_PIECES; i++) {
    const ta = t0 + ((t1 - t0) * i) / EDGE_PIECES;
    const tb = t0 + ((t1 - t0) * (i + 1)) / EDGE_PIECES;
    const [a, b, da, db] = [at(ta), at(tb), slope(ta), slope(tb)];
    const k = (tb - ta) / 3;
    pieces += `C${fmt([a[0] + da[0] * k, a[1] + da[1] * k])} ${fmt([b[0] - db[0] * k, b[1] - db[1] * k])} ${fmt(b)}`;
  }
  return { start: fmt(at(t0)), pieces };
}

/** The parameter t at which `length` pixels of curve remain before the target. */
function tBeforeEnd(p0: Point, c: Point, p1: Point, length: number): number {
  const steps = 64;
  let remaining = length;
  let prev = p1 as [number, number];
  for (let i = steps - 1; i >= 0; i--) {
    const t = i / steps;
    const p = bezier(p0, c, p1, t);
    const seg = Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    if (seg >= remaining) return t + (remaining / seg) * (1 / steps);
    remaining -= seg;
    prev = p;
  }
  return 0;
}

/** The control point of a quadratic arc from `from` to `to`, bent to `side` by `bend` × chord length. */
export function arcControlPoint(from: Point, to: Point, bend: number, side: ArcSide): [number, number] {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const s = side === 'left' ? 1 : -1;
  // Left normal of (dx, dy) on screen is (dy, -dx); scaled by the chord length already.
  return [(from[0] + to[0]) / 2 + s * bend * dy, (from[1] + to[1]) / 2 - s * bend * dx];
}

/**
 * The part of a quadratic curve between t0 and t1, itself a quadratic curve (its control point is
 * the curve's blossom at t0, t1).
 */
function subCurve(p0: Point, c: Point, p1: Point, t0: number, t1: number): [Point, Point, Point] {
  const a = (1 - t0) * (1 - t1);
  const b = (1 - t0) * t1 + t0 * (1 - t1);
  const d = t0 * t1;
  const control: Point = [a * p0[0] + b * c[0] + d * p1[0], a * p0[1] + b * c[1] + d * p1[1]];
  return [bezier(p0, c, p1, t0), control, bezier(p0, c, p1, t1)];
}

/** Builds a tapered, arrow-tipped arc from `from` (source) to `to` (target). */
export function buildArcPath(source: Point, target: Point, options: ArcOptions): ArcGeometry {
  const fullChord = Math.hypot(target[0] - source[0], target[1] - source[1]);
  if (!(fullChord > 0)) throw new Error('buildArcPath: source and target are the same point');
  const c0 = arcControlPoint(source, target, options.bend, options.side);
  const trim = Math.min(options.trimEnd ?? 0, fullChord / 3);
  const [from, c, to] =
    trim > 0 ? subCurve(source, c0, target, 0, tBeforeEnd(source, c0, target, trim)) : [source, c0, target];
  const chord = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const w0 = Math.max(options.startWidth, 0);
  const w1 = Math.max(options.endWidth ?? w0 * 0.35, 0.6);
  // The head is never longer than a third of the arc, so short arcs keep a visible body.
  const headLength = Math.min(Math.max(7, w1 * 2.6), chord / 3);
  const headHalf = Math.max(3.5, w1 * 1.6);
  const tHead = tBeforeEnd(from, c, to, headLength);

  const curve = [from, c, to] as const;
  // The half width narrows linearly from the source to the head.
  const half = (t: number): number => (w0 + ((w1 - w0) * t) / tHead) / 2;
  const left = ribbonEdge(curve, 0, tHead, half, 1);
  const right = ribbonEdge(curve, tHead, 0, half, -1);
  const base = bezier(from, c, to, tHead);
  const nb = leftNormal(from, c, to, tHead);
  const wingL = fmt([base[0] + nb[0] * headHalf, base[1] + nb[1] * headHalf]);
  const wingR = fmt([base[0] - nb[0] * headHalf, base[1] - nb[1] * headHalf]);
  const tip = fmt(to);
  const d = `M${left.start}${left.pieces}L${wingL}L${tip}L${wingR}L${right.start}${right.pieces}Z`;

  // A lone head for dashed arcs: same direction, fixed small size.
  const smallLength = Math.min(7, chord / 3);
  const tSmall = tBeforeEnd(from, c, to, smallLength);
  const sb = bezier(from, c, to, tSmall);
  const ns = leftNormal(from, c, to, tSmall);
  const head = `M${fmt([sb[0] + ns[0] * 3.5, sb[1] + ns[1] * 3.5])}L${tip}L${fmt([sb[0] - ns[0] * 3.5, sb[1] - ns[1] * 3.5])}Z`;

  return {
    d,
    centerline: `M${fmt(from)}Q${fmt(c)} ${tip}`,
    head,
    start: [round1(from[0]), round1(from[1])],
    end: [round1(to[0]), round1(to[1])],
    control: [round1(c[0]), round1(c[1])],
    mid: bezier(from, c, to, 0.5).map(round1) as [number, number],
    marker: bezier(from, c, to, 0.4).map(round1) as [number, number],
  };
}

/**
 * A two-headed arc for a mutual figure (互派: one number for both directions together): a ribbon of even width
 * along the same curve as `buildArcPath`, with an arrowhead at each end, so the shape itself says "both ways"
 * without relying on colour. `trimEnd` keeps both tips clear of the places' labels.
 */
export function buildTwoWayArcPath(a: Point, b: Point, options: ArcOptions): ArcGeometry {
  const fullChord = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (!(fullChord > 0)) throw new Error('buildTwoWayArcPath: the two ends are the same point');
  const c0 = arcControlPoint(a, b, options.bend, options.side);
  const trim = Math.min(options.trimEnd ?? 0, fullChord / 4);
  const tStart = trim > 0 ? 1 - tBeforeEnd(b, c0, a, trim) : 0;
  const tEnd = trim > 0 ? tBeforeEnd(a, c0, b, trim) : 1;
  const [from, c, to] = subCurve(a, c0, b, tStart, tEnd);
  const chord = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const w = Math.max(options.startWidth, 0.6);
  const headLength = Math.min(Math.max(7, w * 1.2), chord / 4);
  const headHalf = Math.max(3.5, w * 0.9);
  const t0 = 1 - tBeforeEnd(to, c, from, headLength);
  const t1 = tBeforeEnd(from, c, to, headLength);
  const curve = [from, c, to] as const;
  const half = (): number => w / 2;
  const left = ribbonEdge(curve, t0, t1, half, 1);
  const right = ribbonEdge(curve, t1, t0, half, -1);
  const wing = (t: number, sign: 1 | -1): string => {
    const p = bezier(from, c, to, t);
    const n = leftNormal(from, c, to, t);
    return fmt([p[0] + sign * n[0] * headHalf, p[1] + sign * n[1] * headHalf]);
  };
  const d =
    `M${left.start}${left.pieces}L${wing(t1, 1)}L${fmt(to)}L${wing(t1, -1)}L${right.start}${right.pieces}` +
    `L${wing(t0, -1)}L${fmt(from)}L${wing(t0, 1)}Z`;
  const small = (tip: Point, base: number): string => {
    const p = bezier(from, c, to, base);
    const n = leftNormal(from, c, to, base);
    return `M${fmt([p[0] + n[0] * 3.5, p[1] + n[1] * 3.5])}L${fmt(tip)}L${fmt([p[0] - n[0] * 3.5, p[1] - n[1] * 3.5])}Z`;
  };
  const smallLength = Math.min(7, chord / 4);
  return {
    d,
    centerline: `M${fmt(from)}Q${fmt(c)} ${fmt(to)}`,
    head: small(to, tBeforeEnd(from, c, to, smallLength)) + small(from, 1 - tBeforeEnd(to, c, from, smallLength)),
    start: [round1(from[0]), round1(from[1])],
    end: [round1(to[0]), round1(to[1])],
    control: [round1(c[0]), round1(c[1])],
    mid: bezier(from, c, to, 0.5).map(round1) as [number, number],
    marker: bezier(from, c, to, 0.4).map(round1) as [number, number],
  };
}
