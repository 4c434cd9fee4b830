import type { CompiledFact } from '../data/types';
import { UNIT_SUFFIX } from '../format/formatFigure';
import type { Unit } from '../model/metrics';
import { describePlaces, factHref } from './describeFact';
import type { StoryContext, StorySource } from './storyContext';

/** One bar: a fact's value in the chart's display unit, labelled by what sets it apart from the others. */
export interface ChartRow {
  readonly factId: string;
  readonly label: string;
  /** Value divided by the display unit's size (亿, 万 or 1), for the bar length. */
  readonly value: number;
  /** The figure as the source wrote it, shown at the end of the bar. */
  readonly expression: string;
  readonly target: boolean;
  readonly href: string;
}

/** A chart block turned into bars: no pixels yet (see `layoutChart`). */
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

function allSame(values: readonly string[]): boolean {
  return new Set(values).size <= 1;
}

/**
 * Builds the bars of a chart block. Labels use only what varies between the facts (metric, places, period), so a
 * chart of one pair's cadres both ways reads `惠州 → 黔西南` / `黔西南 → 惠州`. Facts must share one unit (checked
 * when the block is parsed).
 */
export function buildChartSeries(
  title: string,
  facts: readonly CompiledFact[],
  ctx: Pick<StoryContext, 'placeName' | 'source'>,
): ChartSeries {
  const first = facts[0];
  if (first === undefined) throw new Error('buildChartSeries: a chart needs facts');
  const unit = first.unit;
  const display = chooseDisplayUnit(Math.max(...facts.map((f) => f.value)), unit);
  const dims = [
    facts.map((f) => f.metricLabel),
    facts.map((f) => describePlaces(f, ctx)),
    facts.map((f) => f.labels.coverage),
  ].filter((values) => !allSame(values));
  // Only what varies names a bar; when nothing does, the places do, and a target is marked either way.
  let labels = facts.map((f, i) => {
    const base = dims.length > 0 ? dims.map((values) => values[i]).join(' · ') : describePlaces(f, ctx);
    return `${base}${f.status === 'target' ? '（目标）' : ''}`;
  });
  if (new Set(labels).size < labels.length) {
    labels = labels.map((l, i) => `${l} · ${ctx.source(facts[i]?.sourceId ?? '')?.date ?? facts[i]?.id ?? ''}`);
  }
  const rows = facts.map((f, i) => ({
    factId: f.id,
    label: labels[i] ?? f.id,
    value: f.value / display.divisor,
    expression: f.display,
    target: f.status === 'target',
    href: factHref(f),
  }));
  const metric = allSame(facts.map((f) => f.metricLabel)) ? first.metricLabel : '';
  const sourceIds = [...new Set(facts.map((f) => f.sourceId))];
  const sources = sourceIds
    .map((id) => ctx.source(id))
    .filter((s) => s !== undefined)
    .map((s) => ({ ...s, href: `/source/${s.id}/` }));
  const common = [
    metric,
    allSame(facts.map((f) => describePlaces(f, ctx))) ? describePlaces(first, ctx) : '',
    allSame(facts.map((f) => f.labels.coverage)) ? first.labels.coverage : '',
  ].filter((p) => p !== '');
  return {
    title,
    rows,
    unitLabel: display.label,
    axisLabel: metric === '' ? `单位：${display.label}` : `${metric}（${display.label}）`,
    description: `${common.length > 0 ? `${common.join('，')}：` : ''}${rows.map((r) => `${r.label} ${r.expression}`).join('；')}。`,
    sources,
    hasTargets: rows.some((r) => r.target),
  };
}
