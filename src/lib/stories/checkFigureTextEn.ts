import type { CompiledFact } from '../data/types';
import { formatAmountEn, formatFigureEn, qualifierWordsEn } from '../i18n/english/formatFigureEn';

type FigureFields = Pick<CompiledFact, 'value' | 'unit' | 'qualifier' | 'expression'>;

/**
 * What an English fact link must begin with. People and counts need only the number with its qualifier, so that
 * the prose can name what is counted ("3,045 officials", "more than 28,000 people"); every other unit keeps its
 * word, so yuan, person-times (人次) or mu can never read as something else ("23.19 billion yuan").
 */
export function requiredFigureTextEn(fact: FigureFields): string {
  if (fact.unit !== 'person' && fact.unit !== 'count')
    return formatFigureEn(fact.value, fact.unit, fact.qualifier, fact.expression);
  const words = qualifierWordsEn(fact.qualifier, fact.expression);
  const amount = formatAmountEn(fact.value, fact.unit);
  return words === '' ? amount : `${words} ${amount}`;
}

/**
 * Checks the text of an English fact link against the fact: it must be the figure in English (the value, its
 * qualifier and, except for people and counts, its unit — never a rounded or translated Chinese number), optionally
 * followed by words. Empty text is filled in. Returns the problem's message and fix, or undefined when it is right.
 */
export function checkFigureTextEn(
  text: string,
  fact: FigureFields & { id: string },
): { message: string; fix: string } | undefined {
  const required = requiredFigureTextEn(fact);
  if (text === '' || text === required || text.startsWith(`${required} `)) return undefined;
  const full = formatFigureEn(fact.value, fact.unit, fact.qualifier, fact.expression);
  const example =
    required === full
      ? `[${full}](fact:${fact.id})`
      : `[${required} …](fact:${fact.id}) (the figure, then what is counted)`;
  return {
    message: `the link text "${text}" does not begin with the fact's figure in English, "${required}" (${fact.expression} in the source)`,
    fix: `write ${example}, or [](fact:${fact.id}) to fill in "${full}"`,
  };
}
