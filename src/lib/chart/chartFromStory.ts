import { buildChartSeries } from '../stories/buildChartSeries';
import type { StoryContext } from '../stories/storyContext';
import type { ChartSection, StoryLanguage } from '../stories/types';
import { assembleChart } from './buildFigureChart';
import type { FigureChart } from './types';

/**
 * A story's chart section as a one-panel figure chart, labelled as the story labels it (`buildChartSeries`), in
 * the story's language: an English story's chart names its sources in English and links to their English pages. The
 * block's caption travels with it.
 */
export function chartFromStory(
  block: ChartSection,
  ctx: Pick<StoryContext, 'placeName' | 'source'>,
  lang: StoryLanguage = 'zh',
): FigureChart {
  const series = buildChartSeries(block.title, block.facts, ctx, lang);
  const chart = assembleChart(block.title, [{ heading: series.axisLabel, series }], block.facts, ctx, lang);
  return block.caption === undefined || block.caption === '' ? chart : { ...chart, caption: block.caption };
}
