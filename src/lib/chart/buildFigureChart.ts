import type { CompiledFact } from '../data/types';
import { type ChartRow, type ChartSeries, chooseDisplayUnit } from '../stories/buildChartSeries';
import { describePlaces, factHref } from '../stories/describeFact';
import type { StoryContext } from '../stories/storyContext';
import { CHART_METRICS } from './chartMetrics';
import type { ChartPanel, FigureChart } from './types';

type Ctx = Pick<StoryContext, 'placeName' | 'source'>;

/** `showPlaces` names the places on every bar, for a chart whose figures are about places below its subject. */
export interface ChartOptions {
  readonly showPlaces?: boolean;
}

/** Oldest first by cut-off, then wider periods first, then by places, so each panel reads over time. */
function byTime(a: CompiledFact, b: CompiledFact): number {
  return (
    a.periodEnd.localeCompare(b.periodEnd) ||
    (a.periodStart ?? '').localeCompare(b.periodStart ?? '') ||
    `${a.from ?? ''}${a.to ?? ''}${a.at ?? ''}`.localeCompare(`${b.from ?? ''}${b.to ?? ''}${b.at ?? ''}`) ||
    a.status.localeCompare(b.status) ||
    a.id.localeCompare(b.id)
  );
}

function metricRank(metric: string): number {
  const i = CHART_METRICS.indexOf(metric as (typeof CHART_METRICS)[number]);
  return i === -1 ? CHART_METRICS.length : i;
}

/** One panel: the facts of one metric in one unit, each bar labelled by its period (and places when they vary). */
export function buildPanel(facts: readonly CompiledFact[], ctx: Ctx, options: ChartOptions = {}): ChartPanel {
  const first = facts[0];
  if (first === undefined) throw new Error('buildPanel: a panel needs facts');
  const units = new Set(facts.map((f) => f.unit));
  if (units.size > 1) throw new Error(`buildPanel: one unit per panel, got ${[...units].join(', ')}`);
  const sorted = [...facts].sort(byTime);
  const display = chooseDisplayUnit(Math.max(...sorted.map((f) => f.value)), first.unit);
  const places = sorted.map((f) => describePlaces(f, ctx));
  const showPlaces = options.showPlaces === true || new Set(places).size > 1;
  let labels = sorted.map(
    (f, i) => `${showPlaces ? `${places[i]} · ` : ''}${f.labels.coverage}${f.status === 'target' ? '（目标）' : ''}`,
  );
  if (new Set(labels).size < labels.length) {
    labels = labels.map((l, i) => `${l} · ${ctx.source(sorted[i]?.sourceId ?? '')?.date ?? sorted[i]?.id ?? ''}`);
  }
  const rows: ChartRow[] = sorted.map((f, i) => ({
    factId: f.id,
    label: labels[i] ?? f.id,
    value: f.value / display.divisor,
    expression: f.display,
    target: f.status === 'target',
    href: factHref(f),
  }));
  const sameMetric = new Set(sorted.map((f) => f.metricLabel)).size === 1;
  const heading = `${sameMetric ? first.metricLabel : '单位'}（${display.label}）`;
  const series: ChartSeries = {
    title: heading,
    rows,
    unitLabel: display.label,
    axisLabel: heading,
    description: `${heading}：${rows.map((r) => `${r.label} ${r.expression}`).join('；')}。`,
    sources: [],
    hasTargets: rows.some((r) => r.target),
  };
  return { heading, series };
}

/**
 * Builds a pair's or a province's chart: one panel per (metric, unit), in the order of `CHART_METRICS`, so cadres
 * counted in 人次 and in 人 never share an axis and nothing is added up. Targets stay in the panel of their metric,
 * marked （目标） and drawn apart by the renderer.
 */
export function buildFigureChart(
  title: string,
  facts: readonly CompiledFact[],
  ctx: Ctx,
  options: ChartOptions = {},
): FigureChart {
  const groups = new Map<string, CompiledFact[]>();
  const ordered = [...facts].sort((a, b) => metricRank(a.metric) - metricRank(b.metric) || byTime(a, b));
  for (const f of ordered) {
    const key = `${f.metric}|${f.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const panels = [...groups.values()].map((group) => buildPanel(group, ctx, options));
  return assembleChart(title, panels, ordered, ctx);
}

/** Wraps finished panels with the chart's description, drawn facts and sources. */
export function assembleChart(
  title: string,
  panels: readonly ChartPanel[],
  facts: readonly CompiledFact[],
  ctx: Ctx,
): FigureChart {
  const drawn = panels.flatMap((p) => p.series.rows.map((r) => r.factId));
  const byId = new Map(facts.map((f) => [f.id, f]));
  const drawnFacts = drawn.map((id) => byId.get(id)).filter((f): f is CompiledFact => f !== undefined);
  const sources = [...new Set(drawnFacts.map((f) => f.sourceId))]
    .map((id) => ctx.source(id))
    .filter((s) => s !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((s) => ({ ...s, href: `/source/${s.id}/` }));
  return {
    title,
    panels,
    description: panels.map((p) => p.series.description).join(''),
    facts: drawnFacts,
    sources,
    hasTargets: panels.some((p) => p.series.hasTargets),
  };
}
