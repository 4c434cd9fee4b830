/**
 * The English words of our one-line description of a source, from the typed fields of the figures taken from it:
 * which measures, which places and which years. No word of the article is translated here.
 */
import type { CompiledFact } from '../../data/types';
import { METRIC_LABEL_EN } from './labelsEn';
import { placeNameEn } from './placeNamesEn';

export interface SourceWordsEn {
  /** funds (fiscal aid), cadres and professionals sent, … in the order they first appear. */
  readonly metrics: string;
  /** Guangdong, Guangxi and Guizhou. */
  readonly places: string;
  /** 2023, or 2016–2023. */
  readonly years: string;
}

/** A list in English: a; a and b; a, b and c. */
export function listEn(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

type SourceFact = Pick<
  CompiledFact,
  'metric' | 'from' | 'to' | 'at' | 'jointFrom' | 'jointTo' | 'periodStart' | 'periodEnd'
>;

/** What the figures of one source are about; undefined for a source we took no figure from (a page of context). */
export function describeSourceEn(facts: readonly SourceFact[]): SourceWordsEn | undefined {
  if (facts.length === 0) return undefined;
  // Labels are written to start a table cell; inside a sentence they start lower case, except a proper noun.
  const inSentence = (label: string): string =>
    label.startsWith('Party') ? label : label[0]?.toLowerCase() + label.slice(1);
  const metrics = [...new Set(facts.map((f) => inSentence(METRIC_LABEL_EN[f.metric])))];
  const places = [
    ...new Set(
      facts
        .flatMap((f) => [f.from, ...(f.jointFrom ?? []), f.to, ...(f.jointTo ?? []), f.at])
        .filter((id) => id !== undefined),
    ),
  ].map(placeNameEn);
  const first = Math.min(...facts.map((f) => Number((f.periodStart ?? f.periodEnd).slice(0, 4))));
  const last = Math.max(...facts.map((f) => Number(f.periodEnd.slice(0, 4))));
  // A long list is cut after four measures; the table below names them all.
  const shown = metrics.length > 5 ? [...metrics.slice(0, 4), `${metrics.length - 4} other measures`] : metrics;
  return { metrics: listEn(shown), places: listEn(places), years: first === last ? String(last) : `${first}–${last}` };
}
