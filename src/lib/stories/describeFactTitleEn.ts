import type { CompiledFact } from '../data/types';
import { describeFactEn } from '../i18n/english/describeFactEn';
import { QUALIFIER_LABEL_EN } from '../i18n/english/labelsEn';
import { outletNameEn } from '../i18n/english/outletNamesEn';
import type { StoryContext } from './storyContext';

/**
 * The English one-line description of a linked figure (the title of an English story's fact link): period,
 * direction when not east→west, basis, qualifier, metric, places, target, source. `describeFact` is the Chinese one.
 */
export function describeFactTitleEn(fact: CompiledFact, ctx: Pick<StoryContext, 'source'>): string {
  const en = describeFactEn(fact);
  const source = ctx.source(fact.sourceId);
  const parts = [
    en.coverage,
    fact.direction === 'east-to-west' ? '' : en.direction,
    en.basis,
    QUALIFIER_LABEL_EN[fact.qualifier],
    `${en.metric}${fact.status === 'target' ? ' (a target, not an outcome)' : ''}`,
    en.places,
    source === undefined ? '' : `source: ${outletNameEn(source.outlet).text}, ${source.date}`,
  ];
  return parts.filter((p) => p !== '').join(' · ');
}
