import { toSimplified } from '../text/normalizeArticle';

/**
 * Traditional → Simplified with the same length as the input, so that an offset found in the Simplified text
 * (for matching keywords and place names) is the offset of the same character in the original (for quoting it in
 * the article's own script). OpenCC converts a few phrases to a different length; then the text is converted
 * one character at a time.
 */
export function toSimplifiedAligned(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (ch) => {
    const one = toSimplified(ch);
    return one.length === ch.length ? one : ch;
  }).join('');
}

/** True when converting to Simplified changes a noticeable share of the Han characters (a Traditional article). */
export function looksTraditional(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const simplified = toSimplified(sample);
  let han = 0;
  let changed = 0;
  for (let i = 0; i < sample.length && i < simplified.length; i++) {
    if (/\p{Script=Han}/u.test(sample[i] ?? '')) {
      han += 1;
      if (sample[i] !== simplified[i]) changed += 1;
    }
  }
  return han > 0 && changed / han > 0.05;
}
