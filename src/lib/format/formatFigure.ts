import type { Unit } from '../model/metrics';
import type { Qualifier } from '../schema/curatedFile';

/** The Chinese word for each unit: 元, 人, 人次 … */
export const UNIT_SUFFIX: Record<Unit, string> = {
  yuan: '元',
  usd: '美元',
  person: '人',
  'person-time': '人次',
  count: '个',
  mu: '亩',
  sqm: '平方米',
  tonne: '吨',
};

/** Trims a decimal to at most `digits` places without trailing zeros: 231.90 → 231.9. */
function trimDecimal(n: number, digits: number): string {
  return Number(n.toFixed(digits)).toString();
}

/**
 * A value in base units written the Chinese way: 231.9亿元, 2.5万人, 3045人, with the qualifier kept
 * (约2.5万人, 2.8万余人, 不到1万人). For display of computed values (legends, tables of base values);
 * a fact's own figure is shown as its source wrote it.
 */
export function formatFigure(value: number, unit: Unit, qualifier: Qualifier = 'exact'): string {
  let number: string;
  let multiplier = '';
  if (value >= 1e8) {
    number = trimDecimal(value / 1e8, 2);
    multiplier = '亿';
  } else if (value >= 1e4) {
    number = trimDecimal(value / 1e4, 2);
    multiplier = '万';
  } else {
    number = trimDecimal(value, 2);
  }
  const suffix = UNIT_SUFFIX[unit];
  switch (qualifier) {
    case 'approx':
      return `约${number}${multiplier}${suffix}`;
    case 'at-least':
      return multiplier === '' ? `${number}余${suffix}` : `${number}${multiplier}余${suffix}`;
    case 'at-most':
      return `不到${number}${multiplier}${suffix}`;
    default:
      return `${number}${multiplier}${suffix}`;
  }
}

/** The qualifier in words for tables and tooltips. */
export const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exact: '确数',
  approx: '约数（约、近、左右）',
  'at-least': '下限（多、余、超过、以上）',
  'at-most': '上限（不到、以内）',
};
