import * as OpenCC from 'opencc-js';

const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Text the site writes, in simplified characters: "34.05億元" → "34.05亿元", "864個" → "864个". Quotes keep the
 * source's own script; only what the site displays as its own words or values goes through here.
 */
export function toSimplified(text: string): string {
  let simplified = converted.get(text);
  if (simplified === undefined) {
    simplified = convert(text);
    converted.set(text, simplified);
  }
  return simplified;
}

/** Conversions already made: the same expressions and notes recur across thousands of facts. */
const converted = new Map<string, string>();
