import LineBreaker from 'linebreak';

/**
 * Splits text into lines for an SVG `<text>` (exports, social cards), where the renderer does no wrapping.
 * Breaks only where Unicode line breaking (UAX #14) allows: never before 。，、）」 and the like or after （「, never
 * inside a Latin word or a number (so "17.58" and "Jan–Nov" stay whole). Widths are in em of the font size: a CJK
 * character or full-width mark is 1, anything else about 0.55 (Noto Sans SC's Latin glyphs).
 * `maxWidth` is the line width in em; one closing mark may hang past it rather than start the next line (as in
 * Chinese typesetting). Text beyond `maxLines` is cut and the last line ends with "…".
 */
export function wrapText(text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const breaker = new LineBreaker(text);
  let start = 0;
  for (let brk = breaker.nextBreak(); brk !== null; brk = breaker.nextBreak()) {
    const segment = text.slice(start, brk.position);
    start = brk.position;
    if (line !== '' && fitWidth(line + segment) > maxWidth) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += segment;
    // A segment wider than a line (a long URL, a run without break opportunities) is cut by width.
    while (fitWidth(line) > maxWidth) {
      const [head, rest] = splitAtWidth(line, maxWidth);
      lines.push(head);
      line = rest;
    }
    if (brk.required) {
      lines.push(line.trimEnd());
      line = '';
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.at(-1) ?? '';
  kept[kept.length - 1] = `${fitWithEllipsis(last, maxWidth)}…`;
  return kept;
}

/** The width of text in em: 1 per CJK character or full-width form, 0.55 per other character. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 1 : 0.55;
  return width;
}

/** The width that must fit: one closing mark at the end may hang into the margin, as in Chinese typesetting. */
function fitWidth(line: string): number {
  const chars = [...line.trimEnd()];
  if (chars.length > 1 && NO_LINE_START.test(chars.at(-1) ?? '')) chars.pop();
  return textWidth(chars.join(''));
}

function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi, including 。「」 and kana
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) || // full-width forms: （），：；
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) ||
    code === 0x2014 || // —— in Chinese text is set full width
    code === 0x2026 ||
    code === 0x201c ||
    code === 0x201d
  );
}

const NO_LINE_START = /^[。．，、；：？！）」』】》〉”’…%,.;:!?)\]}]$/u;
const NO_LINE_END = /^[（「『【《〈“‘([{]$/u;

function splitAtWidth(text: string, maxWidth: number): [string, string] {
  const chars = [...text];
  let width = 0;
  let i = 0;
  for (; i < chars.length; i++) {
    width += isWide(chars[i] as string) ? 1 : 0.55;
    if (width > maxWidth) break;
  }
  // Move the cut back so that the next line does not start with a closing mark nor this one end with an opening one.
  let cut = Math.max(1, i);
  while (cut > 1 && (NO_LINE_START.test(chars[cut] ?? '') || NO_LINE_END.test(chars[cut - 1] ?? ''))) cut--;
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}

/** Drops characters from the end until the text and an ellipsis fit. */
function fitWithEllipsis(text: string, maxWidth: number): string {
  const chars = [...text.trimEnd()];
  while (chars.length > 0 && textWidth(chars.join('')) + 1 > maxWidth) chars.pop();
  return chars.join('').trimEnd();
}
