/** A label to place: anchored at (x, y), drawn to the right of a point or centred on a province. */
export interface LabelBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle';
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a label takes at a font size (CJK glyphs are about one em wide). */
function boxOf(label: LabelBox, fontSize: number): Rect {
  const width = [...label.text].length * fontSize;
  const x0 = label.anchor === 'middle' ? label.x - width / 2 : label.x;
  return { x0, y0: label.y - fontSize, x1: x0 + width, y1: label.y + fontSize * 0.2 };
}

const overlaps = (a: Rect, b: Rect): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Which point labels can be drawn without overlapping each other or the (always drawn) province labels, in order:
 * the first points win. Returns the ids of the labels to draw; the others keep their dot and their table row.
 */
export function placePointLabels(
  points: readonly LabelBox[],
  fixed: readonly LabelBox[],
  sizes: { point: number; fixed: number },
): Set<string> {
  const taken = fixed.map((l) => boxOf(l, sizes.fixed));
  const shown = new Set<string>();
  for (const p of points) {
    const box = boxOf(p, sizes.point);
    if (taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    shown.add(p.id);
  }
  return shown;
}
