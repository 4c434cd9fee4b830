/**
 * Rewrites an absolute SVG path (`M664,295L663,298L665,303Z`, as d3-geo and `buildArcPath` write them) with relative
 * commands and the fewest separators (`m664,295-1,3,2,5z`). Province outlines are long runs of small steps, so the
 * steps are short numbers that repeat, which gzip packs far better: it is the heaviest markup of every map page.
 *
 * The drawing is the same: each step is the difference of two written coordinates, rounded back to the decimals the
 * input was written with, so summing the steps lands on every written point again (up to float error, ~1e-12 px).
 * A step that goes nowhere (two equal points in a row, left by rounding to whole units) is dropped: it draws nothing,
 * except in a subpath left with no other step (a reef rounded to one point), which keeps one so it still draws a dot.
 * Pure; handles M, L, Q, C and Z (upper case, the only commands the map writes) and throws on anything else.
 */

const ARITY: Readonly<Record<string, number>> = { M: 2, L: 2, Q: 4, C: 6, Z: 0 };
const TOKEN = /[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** The shortest text of a number: no leading zero (`.5`, `-.5`), no `-0`. */
function formatNumber(value: number): string {
  const text = String(value + 0);
  if (text.startsWith('0.')) return text.slice(1);
  if (text.startsWith('-0.')) return `-${text.slice(2)}`;
  return text;
}

/** Numbers run together where the grammar allows: a minus sign starts a new number, so it needs no comma. */
function joinNumbers(numbers: readonly string[]): string {
  return numbers.map((n, i) => (i === 0 || n.startsWith('-') ? n : `,${n}`)).join('');
}

function decimalsOf(token: string): number {
  const dot = token.indexOf('.');
  return dot === -1 ? 0 : token.length - dot - 1;
}

/**
 * Paths already rewritten, by their absolute text: a build writes the same outlines and arcs on many pages (a layout
 * is shared by a page, its embed and their views), and rewriting them was the largest part of drawing a map.
 * Emptied when it grows past `MEMO_LIMIT` entries, so a large build's memory stays bounded.
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/** `d` with relative commands; an empty path stays empty. */
export function formatPathRelative(d: string): string {
  const known = memo.get(d);
  if (known !== undefined) return known;
  const relative = rewriteRelative(d);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(d, relative);
  return relative;
}

function rewriteRelative(d: string): string {
  const tokens = d.match(TOKEN) ?? [];
  if (tokens.some((t) => /[eE]/.test(t))) throw new Error(`formatPathRelative: exponent notation in "${d}"`);
  const scale = 10 ** Math.max(0, ...tokens.filter((t) => !/[A-Za-z]/.test(t)).map(decimalsOf));
  const step = (to: number, from: number): number => Math.round((to - from) * scale) / scale;
  let out = '';
  let last = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = '';
  /** Steps written and zero steps dropped since the subpath began. */
  let [written, dropped] = [0, 0];
  const keepDegenerateSubpath = (): void => {
    if (written > 0 || dropped === 0) return;
    out += last === 'm' || last === 'l' ? ',0,0' : 'l0,0';
    [written, dropped] = [1, 0];
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (/[A-Za-z]/.test(token)) {
      if (!(token in ARITY)) throw new Error(`formatPathRelative: command "${token}" in "${d}" (only M, L, Q, C, Z)`);
      command = token;
      i += 1;
      if (command === 'Z') {
        keepDegenerateSubpath();
        out += 'z';
        last = 'z';
        [x, y] = [startX, startY];
      }
      continue;
    }
    const arity = ARITY[command] ?? 0;
    const values = tokens.slice(i, i + arity).map(Number);
    if (arity === 0 || values.length < arity || values.some(Number.isNaN)) {
      throw new Error(`formatPathRelative: "${token}" at token ${i} of "${d}" is not part of a whole command`);
    }
    i += arity;
    const endX = values[arity - 2] as number;
    const endY = values[arity - 1] as number;
    if (command === 'L' && step(endX, x) === 0 && step(endY, y) === 0) {
      dropped += 1;
      continue;
    }
    if (command === 'M') {
      keepDegenerateSubpath();
      [written, dropped] = [0, 0];
    } else written += 1;
    const steps = values.map((v, k) => formatNumber(step(v, k % 2 === 0 ? x : y)));
    // After `m`, further pairs are implicit `l`; after `q` or `c`, the same command again.
    const letter = command === 'M' ? 'm' : command.toLowerCase();
    const implicit = letter === last || (letter === 'l' && last === 'm');
    const text = joinNumbers(steps);
    out += implicit ? (text.startsWith('-') ? text : `,${text}`) : `${letter}${text}`;
    last = letter;
    [x, y] = [endX, endY];
    if (command === 'M') {
      [startX, startY] = [endX, endY];
      command = 'L';
    }
  }
  keepDegenerateSubpath();
  return out;
}
