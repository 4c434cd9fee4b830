/**
 * Draws each group of Observable Plot's grid lines (`<line x1 y1 x2 y2/>`, one per tick) and axis ticks (`<path
 * d="M0,0L0,6" transform="translate(x,y)"/>`, one per tick) as one path with a segment per tick. The group keeps its
 * stroke, so the drawing is the same; the markup is a third. Run after `roundPlotNumbers`. Groups holding anything
 * else are left as they are.
 */
const NUMBER = String.raw`-?\d*\.?\d+`;
const LINE = new RegExp(`^<line y2="(${NUMBER})" y1="(${NUMBER})" x2="(${NUMBER})" x1="(${NUMBER})" ?/>`);
const TICK = new RegExp(
  `^<path d="M(${NUMBER}),(${NUMBER})L(${NUMBER}),(${NUMBER})" transform="translate\\((${NUMBER}),(${NUMBER})\\)" ?/>`,
);

/** The segments of a group's children (`M x1,y1 L x2,y2` each), or undefined when a child is neither kind. */
function segmentsOf(children: string): string | undefined {
  let d = '';
  let rest = children;
  const sum = (a: string, b: string): number => Math.round((Number(a) + Number(b)) * 10) / 10;
  while (rest !== '') {
    const line = LINE.exec(rest);
    const tick = line === null ? TICK.exec(rest) : null;
    if (line !== null) {
      const [all, y2, y1, x2, x1] = line as unknown as [string, string, string, string, string];
      d += `M${x1},${y1}L${x2},${y2}`;
      rest = rest.slice(all.length);
    } else if (tick !== null) {
      const [all, x1, y1, x2, y2, tx, ty] = tick as unknown as [string, string, string, string, string, string, string];
      d += `M${sum(x1, tx)},${sum(y1, ty)}L${sum(x2, tx)},${sum(y2, ty)}`;
      rest = rest.slice(all.length);
    } else return undefined;
  }
  return d;
}

export function mergePlotLines(markup: string): string {
  return markup.replace(
    /(<g [^>]*>)((?:<(?:line|path) [^>]*\/>){2,})<\/g>/g,
    (group, open: string, children: string) => {
      const d = segmentsOf(children);
      return d === undefined ? group : `${open}<path fill="none" d="${d}"/></g>`;
    },
  );
}
