import { outletNameEn } from '../i18n/english/outletNamesEn';
import { buildChartSeries } from '../stories/buildChartSeries';
import { sourceHrefIn } from '../stories/describeFact';
import type { StoryContext } from '../stories/storyContext';
import type { ChartSection, StoryLanguage } from '../stories/types';
import { assembleChart } from './buildFigureChart';
import type { FigureChart } from './types';

/**
 * A story's chart section as a one-panel figure chart, labelled as the story labels it (`buildChartSeries`), in
 * the story's language: an English story's chart names its sources in English and links to their English pages.
 */
export function chartFromStory(
  block: ChartSection,
  ctx: Pick<StoryContext, 'placeName' | 'source'>,
  lang: StoryLanguage = 'zh',
): FigureChart {
  const series = buildChartSeries(block.title, block.facts, ctx, lang);
  const chart = assembleChart(block.title, [{ heading: series.axisLabel, series }], block.facts, ctx);
  if (lang === 'zh') return chart;
  const sources = chart.sources.map((s) => ({
    ...s,
    outlet: outletNameEn(s.outlet).text,
    href: sourceHrefIn(lang, s.id),
  }));
  return { ...chart, sources, lang };
}
