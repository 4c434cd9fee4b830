import { buildChartSeries } from '../stories/buildChartSeries';
import type { StoryContext } from '../stories/storyContext';
import type { ChartSection } from '../stories/types';
import { assembleChart } from './buildFigureChart';
import type { FigureChart } from './types';

/** A story's chart section as a one-panel figure chart, labelled as the story labels it (`buildChartSeries`). */
export function chartFromStory(block: ChartSection, ctx: Pick<StoryContext, 'placeName' | 'source'>): FigureChart {
  const series = buildChartSeries(block.title, block.facts, ctx);
  return assembleChart(block.title, [{ heading: series.axisLabel, series }], block.facts, ctx);
}
