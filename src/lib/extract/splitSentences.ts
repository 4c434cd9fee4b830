/** A sentence of a paragraph: `paragraph.slice(start, end) === text`. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Sentence ends: 。！？；(full- and half-width) and line ends. The mark stays with its sentence.
const END = /[。！？；!?;]+|\n+/gu;

/**
 * Splits a paragraph into sentences at 。！？；and line ends, keeping offsets so that a figure's position in the
 * sentence maps back to the paragraph. Closing quotes after the mark (。”) stay with the sentence.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = paragraph.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') out.push({ text, start: start + lead, end: start + lead + text.length });
    start = end;
  };
  for (const m of paragraph.matchAll(END)) {
    let end = m.index + m[0].length;
    while (/[”’」』)）]/u.test(paragraph[end] ?? '')) end += 1;
    push(end);
  }
  push(paragraph.length);
  return out;
}

/** Clause boundaries inside a sentence: commas, colons and the sentence marks. */
export const CLAUSE_BREAK = /[，,：:。！？；!?;]/u;

/** True when `text[i]` ends a clause; a comma between digits (1,858) is a thousands separator, not a break. */
export function isClauseBreak(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (!CLAUSE_BREAK.test(ch)) return false;
  return !((ch === ',' || ch === ':') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

/** The clause of `sentence` around offsets [at, endAt): from the previous clause break to the next one. */
export function clauseAround(sentence: string, at: number, endAt = at): { start: number; end: number } {
  let start = at;
  while (start > 0 && !isClauseBreak(sentence, start - 1)) start -= 1;
  let end = endAt;
  while (end < sentence.length && !isClauseBreak(sentence, end)) end += 1;
  return { start, end };
}
