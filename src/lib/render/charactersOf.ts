/**
 * The characters an SVG can draw: every code point of its markup (tags and attributes are ASCII, so they add
 * nothing a label could not use) with character references decoded, plus printable ASCII so numbers and Latin
 * abbreviations always render. Sorted and unique, so equal sets give equal strings (a cache key).
 */
const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');

const decodeReferences = (markup: string) =>
  markup
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)));

export function charactersOf(svg: string): string {
  const set = new Set<string>(PRINTABLE_ASCII);
  for (const ch of decodeReferences(svg)) if (ch >= ' ') set.add(ch);
  return [...set].sort().join('');
}
