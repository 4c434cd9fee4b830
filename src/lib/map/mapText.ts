/** The words the map shows, in one place so the tooltip, the table and the tests agree. */
import { MAP_METRIC_EN } from '../i18n/english/labelsEn';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/messages';
import { MAP_METRICS } from '../model/metrics';
import type { MapFigure, MapMetric } from './types';

/** What an arc without a figure says. Never drawn or read as zero. */
export const NO_FIGURE_TEXT = translate('zh', 'map.noFigure');

/** Shown for a target-only pair: targets are plans, not deliveries. */
export const TARGET_TEXT = translate('zh', 'map.target');

const QUALIFIER_TEXT: Record<MapFigure['qualifier'], string> = {
  exact: '',
  approx: '约数',
  'at-least': '至少此数',
  'at-most': '至多此数',
};

/** The words in a figure as written that already say its qualifier (16亿元以上, 约3万人, 200多名, 超50亿元). */
const QUALIFIER_WORDS: Record<MapFigure['qualifier'], RegExp | undefined> = {
  exact: undefined,
  approx: /约|近|左右|大约|上下|将近/,
  'at-least': /以上|超过|超|逾|多|余|突破|不少于|至少|不低于/,
  'at-most': /以下|以内|不超过|至多|不到|不足/,
};

/** The short mark drawn on an arc with an inexact figure, and put before its value in text. */
export const QUALIFIER_MARK: Record<MapFigure['qualifier'], string> = {
  exact: '',
  approx: '约',
  'at-least': '≥',
  'at-most': '≤',
};

const QUALIFIER_KEY = {
  approx: 'map.qualifier.approx',
  'at-least': 'map.qualifier.atLeast',
  'at-most': 'map.qualifier.atMost',
} as const;

/** The English figure (formatFigureEn) always says its qualifier in words. */
const QUALIFIER_WORDS_EN: Record<MapFigure['qualifier'], RegExp | undefined> = {
  exact: undefined,
  approx: /\b(?:about|nearly)\b/u,
  'at-least': /\b(?:more than|at least)\b/u,
  'at-most': /\b(?:less than|at most)\b/u,
};

/** The English map's marks: "~" for about (the Chinese 约). */
export const QUALIFIER_MARK_EN: Record<MapFigure['qualifier'], string> = { ...QUALIFIER_MARK, approx: '~' };

/** "至少此数" for at-least figures, "" for exact ones. */
export function qualifierText(q: MapFigure['qualifier'], locale: Locale = 'zh'): string {
  return q === 'exact' || locale === 'zh' ? QUALIFIER_TEXT[q] : translate(locale, QUALIFIER_KEY[q]);
}

/**
 * The qualifier as a note beside the figure, only when the figure as written does not already say it: 16亿元以上
 * needs none, 16亿元 marked at-least gets "至少此数". One phrase, never two.
 */
export function qualifierNote(figure: Pick<MapFigure, 'qualifier' | 'expression'>, locale: Locale = 'zh'): string {
  const words = (locale === 'zh' ? QUALIFIER_WORDS : QUALIFIER_WORDS_EN)[figure.qualifier];
  return words === undefined || words.test(figure.expression) ? '' : qualifierText(figure.qualifier, locale);
}

/** The metric's label, e.g. 财政援助资金, Fiscal aid. */
export function metricLabel(metric: MapMetric, locale: Locale = 'zh'): string {
  return locale === 'zh' ? MAP_METRICS[metric].label : MAP_METRIC_EN[metric].label;
}

/** The metric's legend unit, e.g. 亿元. */
export function metricUnitLabel(metric: MapMetric): '亿元' | '人' | '万人' {
  return MAP_METRICS[metric].unitLabel;
}

/** The unit the key and caption name, e.g. 亿元, billion yuan. */
export function metricUnitText(metric: MapMetric, locale: Locale = 'zh'): string {
  return locale === 'zh' ? MAP_METRICS[metric].unitLabel : MAP_METRIC_EN[metric].unitLabel;
}

const MADE_UP_TITLE = '（原题不详，本站拟题）';

/**
 * "outlet（2023-11-07）：title", the outlet named once: a title the site wrote for an untitled article ends with
 * the outlet in brackets, which is dropped here, and says （本站拟题） instead of the longer note.
 */
export function sourceText(figure: MapFigure, locale: Locale = 'zh'): string {
  const { outlet, date } = figure.source;
  const madeUp = figure.source.title.includes(MADE_UP_TITLE);
  let title = figure.source.title.replace(MADE_UP_TITLE, '');
  const bracket = /（([^（）]+)）$/.exec(title);
  if (bracket?.[1] !== undefined && outlet.includes(bracket[1])) title = title.slice(0, bracket.index);
  // The outlet and title stay in Chinese: they name the original article.
  const text = translate(locale, 'map.sourceText', { outlet, date, title });
  return `${text}${madeUp ? translate(locale, 'map.madeUpTitle') : ''}`;
}

/**
 * What the arrow means on the labour layer: arcs point from the helping province to the one it helps, while the
 * workers themselves travel from the west (to jobs in the east or near home), so the map says so in words.
 */
export const LABOR_ARROW_TEXT = translate('zh', 'map.laborArrow');
