/**
 * A headline card (written in Chinese by the build, src/lib/data/buildCards.ts) in English: the figure, period and
 * places from the fact's typed fields, each tag from what it stands for. The source's outlet is named in English
 * where `outletNameEn` knows it, otherwise in Chinese; the build's Chinese reason for choosing the headline becomes the count of other figures kept beside it.
 */
import type { CompiledFact, CompiledSource, FigureCard } from '../../data/types';
import { linkIn } from '../editions';
import { translate } from '../messages';
import { describeFactEn } from './describeFactEn';
import { DIRECTION_LABEL_EN, STAGE_LABEL_EN } from './labelsEn';
import { outletNameEn } from './outletNamesEn';

/** A card as an English page prints it; `outletLang` is `zh-CN` when the outlet has no English name here. */
export interface CardEn {
  readonly factId: string;
  readonly metricLabel: string;
  /** The fact's measure in the source's words (Chinese), when the metric covers several; else undefined. */
  readonly measure: string | undefined;
  readonly display: string;
  readonly period: string;
  readonly places: string;
  readonly tags: FigureCard['tags'];
  readonly source: {
    readonly href: string;
    readonly outlet: string;
    readonly outletLang: 'en' | 'zh-CN';
    readonly date: string;
  };
  readonly note: string;
}

/**
 * A tag the build wrote (buildCards.ts, buildPageSummary.ts) in English, matched to the fact field it was written
 * from. An unknown tag stops the build: it needs its English here.
 */
export function tagTextEn(text: string, kind: FigureCard['tags'][number]['kind'], fact: CompiledFact): string {
  if (text === fact.labels.direction) return DIRECTION_LABEL_EN[fact.direction];
  if (fact.stage !== undefined && text === fact.labels.stage) return STAGE_LABEL_EN[fact.stage];
  if (kind === 'target' || text === translate('zh', 'tables.tag.target')) return translate('en', 'tables.tag.target');
  if (text === translate('zh', 'tables.tag.periodInDoubt')) return translate('en', 'tables.tag.periodInDoubt');
  if (text === translate('zh', 'tables.tag.conflict')) return translate('en', 'tables.tag.conflict');
  throw new Error(`localizeCard: no English for the tag "${text}" of ${fact.id}; add it to localizeCard.ts`);
}

/** The English card for `card`, from its fact and source. */
export function localizeCard(card: FigureCard, fact: CompiledFact, source: CompiledSource | undefined): CardEn {
  const words = describeFactEn(fact);
  const others = /^另有 (\d+) 个/u.exec(card.note)?.[1];
  return {
    factId: card.factId,
    metricLabel: words.metric,
    measure: fact.measure,
    display: words.display,
    period: words.coverage,
    places: words.places,
    tags: card.tags.map((tag) => ({ ...tag, text: tagTextEn(tag.text, tag.kind, fact) })),
    source: {
      href: linkIn(card.source.href, 'en'),
      ...(source === undefined
        ? { outlet: fact.sourceId, outletLang: 'en' as const }
        : (({ text, lang }) => ({ outlet: text, outletLang: lang }))(outletNameEn(source.outlet))),
      date: source?.published.date ?? '',
    },
    note: others === undefined ? '' : translate('en', 'tables.card.others', { n: others }),
  };
}
