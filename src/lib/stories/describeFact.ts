import type { CompiledFact } from '../data/types';
import { hasBothEditions } from '../i18n/editions';
import { localizePath } from '../i18n/paths';
import type { StoryContext } from './storyContext';
import type { StoryLanguage } from './types';

/** The qualifier in a few words, for callouts and link titles. */
export const QUALIFIER_TEXT = {
  exact: '确数',
  approx: '约数',
  'at-least': '下限（多、余、超过）',
  'at-most': '上限（不到）',
} as const;

/**
 * Where a fact is, as the build wrote it (`labels.places`): `惠州 → 黔西南` for a flow (`（未写明）` for an end the article does not name),
 * `广东 ⇄ 广西` for one figure of both directions (互派), `渭源（城阳协作）` for workers helped into jobs where
 * they live (an arrow would read as workers moving east to west), the place's name otherwise.
 */
export function describePlaces(fact: Pick<CompiledFact, 'labels'>): string {
  return fact.labels.places;
}

/** The page and anchor where a fact's source and quote are shown. */
export function factHref(fact: Pick<CompiledFact, 'id' | 'sourceId'>): string {
  return `/source/${fact.sourceId}/#fact-${fact.id}`;
}

/**
 * A source page in an edition: `/source/<id>/`, or its English page when the English edition has source pages
 * (src/lib/i18n/editions.ts). Until then an English story links to the Chinese source page, where the quote is.
 * Every link from a story to a source goes through here.
 */
export function sourceHrefIn(lang: StoryLanguage, sourceId: string, fragment = ''): string {
  const path = `/source/${sourceId}/`;
  return `${hasBothEditions(path) ? localizePath(path, lang) : path}${fragment}`;
}

/** The page and anchor of a fact's source and quote in an edition. */
export function factHrefIn(lang: StoryLanguage, fact: Pick<CompiledFact, 'id' | 'sourceId'>): string {
  return sourceHrefIn(lang, fact.sourceId, `#fact-${fact.id}`);
}

/** A one-line description for a linked figure's title: period, qualifier, metric, places, status, source. */
export function describeFact(fact: CompiledFact, ctx: StoryContext): string {
  const source = ctx.source(fact.sourceId);
  const parts = [
    fact.labels?.coverage ?? fact.periodLabel,
    fact.labels?.direction === '' || fact.direction === 'east-to-west' ? '' : (fact.labels?.direction ?? ''),
    fact.labels?.basis ?? '',
    QUALIFIER_TEXT[fact.qualifier],
    `${fact.metricLabel}${fact.status === 'target' ? '（目标，非实绩）' : ''}`,
    describePlaces(fact),
    source === undefined ? '' : `来源：${source.outlet}，${source.date}`,
  ];
  return parts.filter((p) => p !== '').join(' · ');
}
