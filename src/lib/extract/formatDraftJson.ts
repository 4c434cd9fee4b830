/** The line width of the repository's formatter (biome.json `formatter.lineWidth`). */
const LINE_WIDTH = 120;

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

const isScalar = (v: Json): boolean => v === null || typeof v !== 'object';

/**
 * Writes a draft as `biome format` would: two-space indent, objects one key per line, and an array of plain
 * values on one line when that line fits in 120 columns (otherwise one value per line). A draft moved to
 * data/curated/ then passes `npm run lint` unchanged.
 */
export function formatDraftJson(value: unknown): string {
  return `${render(value as Json, '', 0)}\n`;
}

/** `lead` is how many columns precede the value on its line; `trail` the comma after it (0 or 1). */
function render(value: Json, indent: string, lead: number, trail = 0): string {
  if (isScalar(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value as readonly Json[];
    if (items.length === 0) return '[]';
    if (items.every(isScalar)) {
      const flat = `[${items.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (lead + flat.length + trail <= LINE_WIDTH) return flat;
    }
    const lines = items.map((v, i) => `${inner}${render(v, inner, inner.length, i < items.length - 1 ? 1 : 0)}`);
    return `[\n${lines.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as { readonly [key: string]: Json | undefined }).filter(
    (e): e is [string, Json] => e[1] !== undefined,
  );
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v], i) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return `${key}${render(v, inner, key.length, i < entries.length - 1 ? 1 : 0)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
