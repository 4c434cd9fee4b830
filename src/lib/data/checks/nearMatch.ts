/** Edit distance between two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * The known id an editor most likely meant by `typed`: one that ends with it after a hyphen (`dongli` →
 * `tianjin-dongli`), or the nearest by edit distance when that is small for the id's length (`funds.fical` →
 * `funds.fiscal`). Undefined when nothing is close.
 */
export function findNearMatch(typed: string, known: Iterable<string>): string | undefined {
  const ids = [...known];
  const suffix = ids.filter((id) => id.endsWith(`-${typed}`) || id.endsWith(`.${typed}`));
  if (suffix.length === 1) return suffix[0];
  const limit = Math.max(1, Math.min(3, Math.floor(typed.length / 4)));
  const ranked = ids
    .map((id) => ({ id, d: distance(typed, id) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  return ranked[0]?.id;
}
