/**
 * Places the map's words so that none overlaps another, a dot or a badge, or crosses the map's edge, at one text
 * size: each item tries its candidate positions in order and takes the first free one; an item with no free
 * position is left out at that size (its place and figure stay in the tooltip and the table). Greedy and
 * deterministic: earlier items win. Pure numbers, viewBox units.
 */
import type { Point } from './buildArcPath';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A text to place. `candidates` are anchor points (x, and the y its `dy` shifts from), best first. */
export interface TextItem {
  id: string;
  text: string;
  /** Font size, viewBox units. */
  size: number;
  anchor: 'start' | 'middle' | 'end';
  /** The text's `dy` in em: 0.35 centres it on y, 0 sits it on y, -0.5 lifts it above. */
  dy: number;
  candidates: readonly Point[];
}

/** A badge or dot: a circle to place (badges) or to avoid (dots). */
export interface CircleItem {
  id: string;
  radius: number;
  candidates: readonly Point[];
}

/** Width of a text in em: CJK and full-width characters one em, digits and Latin letters about 0.56. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u2014]/.test(ch) ? 1 : 0.56;
  return em;
}

/** The em box of a text anchored at (x, y) with its `dy`, plus `pad` around it (the halo). */
export function textRect(item: Pick<TextItem, 'text' | 'size' | 'anchor' | 'dy'>, at: Point, pad = 0): Rect {
  const width = textWidthEm(item.text) * item.size;
  const x0 = item.anchor === 'middle' ? at[0] - width / 2 : item.anchor === 'end' ? at[0] - width : at[0];
  const baseline = at[1] + item.dy * item.size;
  // The em square sits from 0.88 em above the baseline to 0.12 em below it.
  return {
    x0: x0 - pad,
    y0: baseline - 0.88 * item.size - pad,
    x1: x0 + width + pad,
    y1: baseline + 0.12 * item.size + pad,
  };
}

export function circleRect(at: Point, radius: number): Rect {
  return { x0: at[0] - radius, y0: at[1] - radius, x1: at[0] + radius, y1: at[1] + radius };
}

export const overlaps = (a: Rect, b: Rect): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const inside = (r: Rect, width: number, height: number): boolean =>
  r.x0 >= 1 && r.y0 >= 1 && r.x1 <= width - 1 && r.y1 <= height - 1;

/** Keeps a set of taken boxes; `place` finds the first free candidate and takes it. */
export class TextPlacer {
  private readonly taken: Rect[];

  constructor(
    private readonly width: number,
    private readonly height: number,
    obstacles: readonly Rect[] = [],
  ) {
    this.taken = [...obstacles];
  }

  /** A copy with the same taken boxes (each map view places its own badges and years on the shared base). */
  fork(): TextPlacer {
    return new TextPlacer(this.width, this.height, this.taken);
  }

  private first(rects: readonly Rect[]): number {
    return rects.findIndex((r) => inside(r, this.width, this.height) && !this.taken.some((t) => overlaps(t, r)));
  }

  /** The anchor point chosen for a text, or undefined when none of its candidates is free. */
  placeText(item: TextItem, pad: number): Point | undefined {
    const i = this.first(item.candidates.map((c) => textRect(item, c, pad)));
    if (i < 0) return undefined;
    this.taken.push(textRect(item, item.candidates[i] as Point, pad));
    return item.candidates[i];
  }

  /** The centre chosen for a badge, or undefined. */
  placeCircle(item: CircleItem): Point | undefined {
    const i = this.first(item.candidates.map((c) => circleRect(c, item.radius)));
    if (i < 0) return undefined;
    const at = item.candidates[i] as Point;
    this.taken.push(circleRect(at, item.radius));
    return at;
  }

  /** Marks a box as taken without placing anything (dots, fixed frame text). */
  block(rect: Rect): void {
    this.taken.push(rect);
  }
}

/** Candidate anchors around (x, y) for a centred label: in place, then below, above, right, left, diagonals. */
export function aroundPoint(at: Point, size: number, widthEm: number): Point[] {
  const [x, y] = at;
  const h = size * 1.05;
  const w = (widthEm * size) / 2 + size * 0.6;
  return [
    [x, y],
    [x, y + h],
    [x, y - h],
    [x + w, y],
    [x - w, y],
    [x + w, y + h],
    [x - w, y + h],
    [x + w, y - h],
    [x - w, y - h],
  ];
}
