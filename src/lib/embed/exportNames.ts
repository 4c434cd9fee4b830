/**
 * File names of the downloads: ASCII, descriptive and unique, so a journalist's downloads folder reads
 * `shanhai-guangdong-guangxi-funds-2022.png` rather than `chart.png`. Pair ids (`guangdong--guangxi`) lose their
 * double hyphen; every name starts with `shanhai-`.
 */

const slug = (part: string): string =>
  part
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The base name (no extension) of a file, from its parts: `exportName('guangdong--guangxi', 'chart')`. */
export function exportName(...parts: readonly (string | number)[]): string {
  const words = parts.map((p) => slug(String(p))).filter((p) => p !== '');
  if (words.length === 0) throw new Error('exportName: at least one part with a letter or digit is needed');
  return ['shanhai', ...words].join('-');
}

/** A map view's images: the focus (a province or pair id, or `national`), metric and period. */
export const mapViewName = (focus: string, metric: string, period: string): string => exportName(focus, metric, period);
