import type { CompiledFact } from '../data/types';
import { UNIT_SUFFIX } from '../format/formatFigure';
import { describeFactEn } from '../i18n/english/describeFactEn';
import { UNIT_EN } from '../i18n/english/labelsEn';
import type { Unit } from '../model/metrics';
import { describePlaces, factHref, factHrefIn, sourceHrefIn } from './describeFact';
import type { StoryContext, StorySource } from './storyContext';
import type { StoryLanguage } from './types';

/** One bar: a fact's value in the chart's display unit, labelled by what sets it apart from the others. */
export interface ChartRow {
  readonly factId: string;
  readonly label: string;
  /** Value divided by the display unit's size (亿, 万 or 1), for the bar length. */
  readonly value: number;
  /** The figure as the site writes it, at the end of the bar: the source's expression, or the figure in English. */
  readonly expression: string;
  readonly target: boolean;
  readonly href: string;
}

/** A chart block turned into bars: no pixels yet (see src/lib/chart/layoutFigureChart.ts). */
export interface ChartSeries {
  readonly title: string;
  readonly rows: readonly ChartRow[];
  /** The display unit, e.g. 亿元, 万人, 人次. */
  readonly unitLabel: string;
  /** The x-axis label: the shared metric (when there is one) and the unit. */
  readonly axisLabel: string;
  /** A text alternative: every bar in words. */
  readonly description: string;
  readonly sources: readonly (StorySource & { readonly href: string })[];
  readonly hasTargets: boolean;
}

/** The display unit for the largest value: 亿 from 1亿, 万 from 1万 (as the articles write them), else units. */
export function chooseDisplayUnit(max: number, unit: Unit): { divisor: number; label: string } {
  const word = UNIT_SUFFIX[unit];
  if (max >= 1e8) return { divisor: 1e8, label: `亿${word}` };
  if (max >= 1e4) return { divisor: 1e4, label: `万${word}` };
  return { divisor: 1, label: word };
}

/**
 * The display unit in English: billions and millions for money, thousands for people and counts from 10,000
 * (as the English figures are written: 23.19 billion yuan, 815,000 people).
 */
export function chooseDisplayUnitEn(max: number, unit: Unit): { divisor: number; label: string } {
  const word = UNIT_EN[unit].many;
  const scaled = (divisor: number, scale: string): { divisor: number; label: string } => ({
    divisor,
    label: word === '' ? scale : `${scale} ${word}`,
  });
  if ((unit === 'yuan' || unit === 'usd') && max >= 1e9) return scaled(1e9, 'billion');
  if ((unit === 'yuan' || unit === 'usd') && max >= 1e6) return scaled(1e6, 'million');
  if (max >= 1e4) return scaled(1e3, 'thousand');
  return { divisor: 1, label: word === '' ? 'number' : word };
}

/** The words of a chart in each language: what names a bar, the figure at its end, the axis, the text alternative. */
export interface ChartWords {
  metric(f: CompiledFact): string;
  places(f: CompiledFact): string;
  coverage(f: CompiledFact): string;
  figure(f: CompiledFact): string;
  href(f: CompiledFact): string;
  sourceHref(id: string): string;
  target: string;
  displayUnit(max: number, unit: Unit): { divisor: number; label: string };
  axis(metric: string, unitLabel: string): string;
  description(common: readonly string[], rows: readonly ChartRow[]): string;
}

/** A chart's words in `lang` (story charts and the pair and province charts share them). */
export function chartWords(lang: StoryLanguage): ChartWords {
  if (lang === 'en') {
    return {
      metric: (f) => describeFactEn(f).metric,
      places: (f) => describeFactEn(f).places,
      coverage: (f) => describeFactEn(f).coverage,
      figure: (f) => describeFactEn(f).display,
      href: (f) => factHrefIn('en', f),
      sourceHref: (id) => sourceHrefIn('en', id),
      target: ' (target)',
      displayUnit: chooseDisplayUnitEn,
      axis: (metric, unitLabel) => (metric === '' ? `Unit: ${unitLabel}` : `${metric} (${unitLabel})`),
      description: (common, rows) =>
        `${common.length > 0 ? `${common.join(', ')}: ` : ''}${rows.map((r) => `${r.label} ${r.expression}`).join('; ')}.`,
    };
  }
  return {
    metric: (f) => f.metricLabel,
    places: describePlaces,
    coverage: (f) => f.labels.coverage,
    figure: (f) => f.display,
    href: factHref,
    sourceHref: (id) => `/source/${id}/`,
    target: '（目标）',
    displayUnit: chooseDisplayUnit,
    axis: (metric, unitLabel) => (metric === '' ? `单位：${unitLabel}` : `${metric}（${unitLabel}）`),
    description: (common, rows) =>
      `${common.length > 0 ? `${common.join('，')}：` : ''}${rows.map((r) => `${r.label} ${r.expression}`).join('；')}。`,
  };
}

function allSame(values: readonly string[]): boolean {
  return new Set(values).size <= 1;
}

/**
 * One bar per fact, in order, labelled `labels[i]`; when two labels are the same, every label gets its source's
 * date, so no two bars read alike. Values are divided by the display unit's `divisor`.
 */
export function chartRows(
  facts: readonly CompiledFact[],
  labels: readonly string[],
  divisor: number,
  words: ChartWords,
  ctx: Pick<StoryContext, 'source'>,
): ChartRow[] {
  const unique =
    new Set(labels).size < labels.length
      ? labels.map((l, i) => `${l} · ${ctx.source(facts[i]?.sourceId ?? '')?.date ?? facts[i]?.id ?? ''}`)
      : labels;
  return facts.map((f, i) => ({
    factId: f.id,
    label: unique[i] ?? f.id,
    value: f.value / divisor,
    expression: words.figure(f),
    target: f.status === 'target',
    href: words.href(f),
  }));
}

/**
 * Builds the bars of a chart block. Labels use only what varies between the facts (metric, places, period), so a
 * chart of one pair's cadres both ways reads `惠州 → 黔西南` / `黔西南 → 惠州`. Facts must share one unit (checked
 * when the block is parsed). `lang` en writes every word in English, the figures too (23.19 billion yuan).
 */
export function buildChartSeries(
  title: string,
  facts: readonly CompiledFact[],
  ctx: Pick<StoryContext, 'placeName' | 'source'>,
  lang: StoryLanguage = 'zh',
): ChartSeries {
  const first = facts[0];
  if (first === undefined) throw new Error('buildChartSeries: a chart needs facts');
  const words = chartWords(lang);
  const unit = first.unit;
  const display = words.displayUnit(Math.max(...facts.map((f) => f.value)), unit);
  const dims = [facts.map(words.metric), facts.map(words.places), facts.map(words.coverage)].filter(
    (values) => !allSame(values),
  );
  // Only what varies names a bar; when nothing does, the places do, and a target is marked either way.
  const labels = facts.map((f, i) => {
    const base = dims.length > 0 ? dims.map((values) => values[i]).join(' · ') : words.places(f);
    return `${base}${f.status === 'target' ? words.target : ''}`;
  });
  const rows = chartRows(facts, labels, display.divisor, words, ctx);
  const metric = allSame(facts.map(words.metric)) ? words.metric(first) : '';
  const sourceIds = [...new Set(facts.map((f) => f.sourceId))];
  const sources = sourceIds
    .map((id) => ctx.source(id))
    .filter((s) => s !== undefined)
    .map((s) => ({ ...s, href: words.sourceHref(s.id) }));
  const common = [
    metric,
    allSame(facts.map(words.places)) ? words.places(first) : '',
    allSame(facts.map(words.coverage)) ? words.coverage(first) : '',
  ].filter((p) => p !== '');
  return {
    title,
    rows,
    unitLabel: display.label,
    axisLabel: words.axis(metric, display.label),
    description: words.description(common, rows),
    sources,
    hasTargets: rows.some((r) => r.target),
  };
}
