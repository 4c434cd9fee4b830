import { isClauseBreak } from './splitSentences';

/** Longest quote the helper proposes. */
export const MAX_QUOTE = 80;
// A clause shorter than this (医院2家) is quoted with the clause before it.
const MIN_CLAUSE = 8;

/**
 * The clause of `sentence` that holds the figure at [start, end), cut to at most MAX_QUOTE characters around
 * the figure and never outside the sentence. A very short clause takes the clause before it along, so the quote
 * says what is counted. Trailing punctuation is left out.
 */
export function quoteClause(sentence: string, start: number, end: number): string {
  const isBreak = (i: number): boolean => isClauseBreak(sentence, i);
  let a = start;
  while (a > 0 && !isBreak(a - 1)) a -= 1;
  let b = end;
  while (b < sentence.length && !isBreak(b)) b += 1;
  if (b - a < MIN_CLAUSE && a > 0) {
    let a2 = a - 1;
    while (a2 > 0 && !isBreak(a2 - 1)) a2 -= 1;
    if (b - a2 <= MAX_QUOTE) a = a2;
  }
  if (b - a > MAX_QUOTE) {
    const room = MAX_QUOTE - (end - start);
    const left = Math.max(a, start - Math.floor(room / 2));
    a = left;
    b = Math.min(b, a + MAX_QUOTE);
    if (b < end) b = end;
  }
  return sentence.slice(a, b).trim();
}
