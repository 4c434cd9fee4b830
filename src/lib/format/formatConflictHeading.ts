import type { FactConflict } from '../data/types';
import type { Locale } from '../i18n/locale';
import { type MessageKey, translate } from '../i18n/messages';

/** What readers are told first about a figure's conflicts, most serious kind first. */
const HEADINGS: readonly (readonly [FactConflict['kind'], MessageKey])[] = [
  ['different-value', 'tables.conflict.differentValue'],
  ['part-exceeds-whole', 'tables.conflict.partExceedsWhole'],
  ['same-value-other-period', 'tables.conflict.sameValueOtherPeriod'],
];

/** The heading of a figure's conflict tag: the most serious kind among its conflicts (data/README.md, rule 7). */
export function formatConflictHeading(conflicts: readonly FactConflict[], locale: Locale = 'zh'): string {
  const found = HEADINGS.find(([kind]) => conflicts.some((c) => c.kind === kind));
  return found === undefined ? '' : translate(locale, found[1]);
}
