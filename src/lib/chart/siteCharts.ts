import { placeNameEn } from '../i18n/english/placeNamesEn';
import { translate } from '../i18n/messages';
import { loadPair, loadProvince, memberProvinceIds, provincePairIds } from '../site/datasets';
import { loadStories, siteStoryContext } from '../stories/loadStories';
import type { Story, StoryLanguage } from '../stories/types';
import { buildFigureChart } from './buildFigureChart';
import { chartFromStory } from './chartFromStory';
import { selectChartFacts } from './selectChartFacts';
import type { FigureChart } from './types';

/**
 * The site's charts, built from the generated datasets in `public/data/` (pages, embeds and downloads all call
 * these, so every view of a chart shows the same figures).
 */

/** A pair's chart title: 广东 → 广西：历年主要数字, Guangdong → Guangxi: main figures by year. */
export function pairChartTitle(
  pair: { east: string; west: string; eastName: string; westName: string },
  lang: StoryLanguage,
): string {
  const name =
    lang === 'zh' ? `${pair.eastName} → ${pair.westName}` : `${placeNameEn(pair.east)} → ${placeNameEn(pair.west)}`;
  return translate(lang, 'embed.chart.title', { name });
}

/** A province's chart title: 甘肃：历年主要数字, Gansu: main figures by year. */
export function provinceChartTitle(province: { id: string; shortZh: string }, lang: StoryLanguage): string {
  const name = lang === 'zh' ? province.shortZh : placeNameEn(province.id);
  return translate(lang, 'embed.chart.title', { name });
}

/**
 * A pair's chart in Chinese or English, or undefined when its dataset has no figure of a chart metric. Both
 * languages draw the same facts in the same order; only the words differ.
 */
export function pairChart(id: string, lang: StoryLanguage = 'zh'): FigureChart | undefined {
  const data = loadPair(id);
  const { facts, belowSubject } = selectChartFacts(data);
  if (facts.length === 0) return undefined;
  const title = pairChartTitle(data.pair, lang);
  return buildFigureChart(title, facts, siteStoryContext(), { showPlaces: belowSubject, lang });
}

/** A province's chart of its headline figures in Chinese or English, or undefined when it has none. */
export function provinceChart(id: string, lang: StoryLanguage = 'zh'): FigureChart | undefined {
  const data = loadProvince(id);
  const { facts, belowSubject } = selectChartFacts(data);
  if (facts.length === 0) return undefined;
  const title = provinceChartTitle(data.province, lang);
  return buildFigureChart(title, facts, siteStoryContext(), { showPlaces: belowSubject, lang });
}

/** Pair ids that have a chart. */
export const chartedPairIds = (): string[] => provincePairIds().filter((id) => pairChart(id) !== undefined);

/** Province ids that have a chart. */
export const chartedProvinceIds = (): string[] => memberProvinceIds().filter((id) => provinceChart(id) !== undefined);

/** A story's chart sections in reading order, numbered from 1 (the number is the embed's URL segment). */
export interface StoryChart {
  readonly story: Story;
  readonly n: number;
  readonly chart: FigureChart;
}

export function storyCharts(story: Story): StoryChart[] {
  const ctx = siteStoryContext();
  return story.segments
    .filter((s) => s.kind === 'chart')
    .map((block, i) => ({ story, n: i + 1, chart: chartFromStory(block, ctx, story.lang) }));
}

const storyChartCache = new Map<StoryLanguage, { stories: readonly Story[]; charts: StoryChart[] }>();

/**
 * Every story chart of an edition (Chinese by default), built once per build (the stories are parsed once): every
 * chart block and embed asks for them, and rebuilding all of them each time made the build quadratic in stories.
 */
export function allStoryCharts(lang: StoryLanguage = 'zh'): StoryChart[] {
  const stories = loadStories(undefined, undefined, lang);
  let cached = storyChartCache.get(lang);
  if (cached?.stories !== stories) {
    cached = { stories, charts: stories.flatMap(storyCharts) };
    storyChartCache.set(lang, cached);
  }
  return cached.charts;
}
