/**
 * Figures in English, from a figure's value in base units (yuan, people), its unit and its qualifier — never by
 * translating the Chinese expression. Money goes in millions and billions (17.58亿元 → 1.758 billion yuan: 1亿 is
 * 100 million, so the digits shift and none is rounded away); people are written out (2.8万余人 → more than 28,000
 * people).
 */
import type { Unit } from '../../model/metrics';
import type { Qualifier } from '../../schema/curatedFile';
import { englishNumberFormat } from './englishNumberFormat';
import { UNIT_EN } from './labelsEn';

/** At most `digits` decimals, trailing zeros dropped, thousands grouped: 1234567 → 1,234,567; 1.7580 → 1.758. */
function formatNumber(n: number, digits: number): string {
  return englishNumberFormat(digits, true).format(n);
}

const MONEY: readonly Unit[] = ['yuan', 'usd'];

/** The number and its scale word: 1_758_000_000 yuan → "1.758 billion", 25_000 people → "25,000". */
export function formatAmountEn(value: number, unit: Unit): string {
  if (MONEY.includes(unit) && value >= 1e9) return `${formatNumber(value / 1e9, 4)} billion`;
  if (MONEY.includes(unit) && value >= 1e6) return `${formatNumber(value / 1e6, 4)} million`;
  return formatNumber(value, 2);
}

/** A value with its unit, no qualifier: "1.758 billion yuan", "25,000 people", "1 person", "3,045 person-times". */
export function formatValueEn(value: number, unit: Unit): string {
  const word = value === 1 ? UNIT_EN[unit].one : UNIT_EN[unit].many;
  const amount = formatAmountEn(value, unit);
  return word === '' ? amount : `${amount} ${word}`;
}

/**
 * The qualifier's words as the Chinese figure means them: 近 → "nearly", 约/左右 → "about"; 以上/不少于/至少 (the
 * number itself included) → "at least", 多/余/超过/逾 → "more than"; 不到/不足 → "less than", 以内/不超过 → "at
 * most". `expression` is the figure as the source wrote it; without it the qualifier's own meaning is used.
 */
export function qualifierWordsEn(qualifier: Qualifier, expression = ''): string {
  switch (qualifier) {
    case 'exact':
      return '';
    case 'approx':
      return /近|将近/u.test(expression) ? 'nearly' : 'about';
    case 'at-least':
      if (/以上|不少于|至少|不低于/u.test(expression)) return 'at least';
      return /多|余|超|逾|突破/u.test(expression) ? 'more than' : 'at least';
    case 'at-most':
      return /不到|不足/u.test(expression) ? 'less than' : 'at most';
  }
}

/**
 * A figure in English with its qualifier: 17.58亿元 → "1.758 billion yuan", 约2.5万人 → "about 25,000 people",
 * 2.8万余人 → "more than 28,000 people", 16亿元以上 → "at least 1.6 billion yuan".
 */
export function formatFigureEn(value: number, unit: Unit, qualifier: Qualifier = 'exact', expression = ''): string {
  const words = qualifierWordsEn(qualifier, expression);
  const text = formatValueEn(value, unit);
  return words === '' ? text : `${words} ${text}`;
}
