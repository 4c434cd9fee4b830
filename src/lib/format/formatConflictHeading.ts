import type { FactConflict } from '../data/types';

/** What readers are told first about a figure's conflicts, most serious kind first. */
const HEADINGS: readonly (readonly [FactConflict['kind'], string])[] = [
  ['different-value', '来源不一致'],
  ['part-exceeds-whole', '与包含它的数字不符'],
  ['same-value-other-period', '与另一时段的数字相同，可能沿用了旧数字'],
];

/** The heading of a figure's conflict tag: the most serious kind among its conflicts (data/README.md, rule 7). */
export function formatConflictHeading(conflicts: readonly FactConflict[]): string {
  const found = HEADINGS.find(([kind]) => conflicts.some((c) => c.kind === kind));
  return found === undefined ? '' : found[1];
}
