import type { CompiledFact } from '../data/types';
import { outletNameEn } from '../i18n/english/outletNamesEn';
import { type ChartSeries, chartRows, chartWords } from '../stories/buildChartSeries';
import { sourceHrefIn } from '../stories/describeFact';
import type { StoryContext } from '../stories/storyContext';
import type { StoryLanguage } from '../stories/types';
import { CHART_METRICS } from './chartMetrics';
import type { ChartPanel, FigureChart } from './types';

type Ctx = Pick<StoryContext, 'placeName' | 'source'>;

/**
 * `showPlaces` names the places on every bar, for a chart whose figures are about places below its subject.
 * `lang` en writes every word in English (labels, units, figures, notes' sources) from the facts' typed fields, as
 * the English tables write them; the bars, their order and the facts drawn are the same in both languages.
 */
export interface ChartOptions {
  readonly showPlaces?: boolean;
  readonly lang?: StoryLanguage;
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
  const words = chartWords(options.lang ?? 'zh');
  const sorted = [...facts].sort(byTime);
  const display = words.displayUnit(Math.max(...sorted.map((f) => f.value)), first.unit);
  const places = sorted.map(words.places);
  // A figure of both directions (互派) always shows its places, so its ⇄ says it is not one way.
  const showPlaces =
    options.showPlaces === true || new Set(places).size > 1 || sorted.some((f) => f.direction === 'mutual');
  const labels = sorted.map(
    (f, i) => `${showPlaces ? `${places[i]} · ` : ''}${words.coverage(f)}${f.status === 'target' ? words.target : ''}`,
  );
  const rows = chartRows(sorted, labels, display.divisor, words, ctx);
  const metrics = new Set(sorted.map(words.metric));
  const heading = words.axis(metrics.size === 1 ? words.metric(first) : '', display.label);
  const series: ChartSeries = {
    title: heading,
    rows,
    unitLabel: display.label,
    axisLabel: heading,
    description: words.description([heading], rows),
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
  return assembleChart(title, panels, ordered, ctx, options.lang);
}

/**
 * Wraps finished panels with the chart's description, drawn facts and sources. In English the sources are named
 * in English where the outlet is known and link to their English pages.
 */
export function assembleChart(
  title: string,
  panels: readonly ChartPanel[],
  facts: readonly CompiledFact[],
  ctx: Ctx,
  lang: StoryLanguage = 'zh',
): FigureChart {
  const drawn = panels.flatMap((p) => p.series.rows.map((r) => r.factId));
  const byId = new Map(facts.map((f) => [f.id, f]));
  const drawnFacts = drawn.map((id) => byId.get(id)).filter((f): f is CompiledFact => f !== undefined);
  const sources = [...new Set(drawnFacts.map((f) => f.sourceId))]
    .map((id) => ctx.source(id))
    .filter((s) => s !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((s) =>
      lang === 'zh'
        ? { ...s, href: `/source/${s.id}/` }
        : { ...s, outlet: outletNameEn(s.outlet).text, href: sourceHrefIn(lang, s.id) },
    );
  return {
    title,
    panels,
    description: panels.map((p) => p.series.description).join(lang === 'zh' ? '' : ' '),
    facts: drawnFacts,
    sources,
    hasTargets: panels.some((p) => p.series.hasTargets),
    ...(lang === 'zh' ? {} : { lang }),
  };
}
