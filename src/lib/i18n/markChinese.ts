/**
 * English text that cites Chinese words (17.58亿元, 互派) as HTML with each Chinese run marked `lang="zh-CN"`, so a
 * screen reader reads it in a Chinese voice and the English-only check knows it is meant. Escapes the rest.
 */
import { escapeMarkup } from '../map/escapeMarkup';

/** A run of Chinese characters, with the digits, dots and dashes inside it (2023年1—11月). */
const CHINESE_RUN = /[\u3400-\u9fff][\u3400-\u9fff0-9.—]*|\d[\d.—]*(?=[\u3400-\u9fff])[\u3400-\u9fff0-9.—]*/gu;

export function markChinese(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    out += escapeMarkup(text.slice(last, match.index));
    out += `<span lang="zh-CN">${escapeMarkup(match[0])}</span>`;
    last = match.index + match[0].length;
  }
  return out + escapeMarkup(text.slice(last));
}
