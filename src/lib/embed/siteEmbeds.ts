/**
 * Every embeddable view of the site, described once: its embed page, id, title, full view, the height that fits
 * it, its downloads (ASCII names) and its image. Pages (the "嵌入本图" controls), embed pages, download routes and
 * oEmbed files all read these, so a snippet, its image and its files always agree.
 */
import { CHART_WIDTHS } from '../chart/chartVariants';
import { layoutFigureChart } from '../chart/layoutFigureChart';
import {
  allStoryCharts,
  chartedPairIds,
  chartedProvinceIds,
  pairChart,
  provinceChart,
  type StoryChart,
} from '../chart/siteCharts';
import type { FigureChart } from '../chart/types';
import { placeNameEn } from '../i18n/english/placeNamesEn';
import type { Locale } from '../i18n/locale';
import { translator } from '../i18n/messages';
import { localizePath } from '../i18n/paths';
import { cachedMapLayout } from '../map/cachedMapLayout';
import { viewLabel } from '../map/describeView';
import type { MapLayout } from '../map/layoutPairingMap';
import { loadChinaTopology } from '../map/loadChinaTopology';
import { metricLabel } from '../map/mapText';
import type { MapMetric } from '../map/types';
import { loadMapData, loadPair, loadProvince, memberProvinceIds, provincePairIds } from '../site/datasets';
import type { EmbedSnippetInput } from './buildEmbedSnippet';
import {
  chartDownloads,
  mapEmbedPath,
  mapViewFiles,
  pairChartEmbedPath,
  pairMapEmbedPath,
  provinceChartEmbedPath,
  provinceMapEmbedPath,
  storyChartEmbedPath,
} from './embedPaths';
import { exportName, mapViewName } from './exportNames';
import { chartEmbedHeight, chartEmbedMaxHeight, MAP_EMBED_HEIGHT, MAP_EMBED_HEIGHT_EN } from './initialHeight';

/** What a snippet needs (the site's origin is added by the caller). */
export type EmbedSpec = Omit<EmbedSnippetInput, 'site'>;

/** Width of the share images (WeChat articles are 1080 px wide); national maps get twice that for print. */
export const IMAGE_WIDTH = { share: 1080, print: 2160 } as const;

export interface ChartEmbed extends EmbedSpec {
  readonly chart: FigureChart;
  readonly name: string;
  readonly files: { svg: string; png: string; csv: string };
  /** The snippet's height at a phone's width, for a test that it still fits. */
  readonly phoneHeight: number;
}

function chartEmbed(chart: FigureChart, path: string, id: string, name: string, fullPath: string): ChartEmbed {
  const files = chartDownloads(path, name);
  const narrow = layoutFigureChart(chart, CHART_WIDTHS.narrow).height;
  const wide = layoutFigureChart(chart, CHART_WIDTHS.wide).height;
  return {
    chart,
    path,
    id,
    name,
    title: chart.title,
    fullPath,
    files,
    height: chartEmbedMaxHeight(chart, narrow, wide),
    phoneHeight: chartEmbedHeight(chart, narrow),
    image: { path: files.png, alt: chart.description, width: IMAGE_WIDTH.share },
  };
}

export function pairChartEmbed(id: string): ChartEmbed | undefined {
  const chart = pairChart(id);
  if (chart === undefined) return undefined;
  return chartEmbed(chart, pairChartEmbedPath(id), `shanhai-pair-${id}`, exportName(id, 'chart'), `/pair/${id}/`);
}

export function provinceChartEmbed(id: string): ChartEmbed | undefined {
  const chart = provinceChart(id);
  if (chart === undefined) return undefined;
  const path = provinceChartEmbedPath(id);
  return chartEmbed(chart, path, `shanhai-province-chart-${id}`, exportName(id, 'chart'), `/province/${id}/`);
}

const storyChartEmbeds = new Map<Locale, { charts: readonly StoryChart[]; embeds: Map<string, ChartEmbed> }>();

/** One story chart as an embed, in its Chinese or English edition (`/en/embed/story/<slug>/<n>/`, files `…-en`). */
function buildStoryChartEmbed({ story, chart, n }: StoryChart, lang: Locale): ChartEmbed {
  const slug = story.slug;
  const edition = lang === 'zh' ? [] : [lang];
  const embed = chartEmbed(
    chart,
    localizePath(storyChartEmbedPath(slug, n), lang),
    ['shanhai-story', slug, n, ...edition].join('-'),
    exportName(slug, n, 'chart', ...edition),
    localizePath(`/stories/${slug}/`, lang),
  );
  return lang === 'zh' ? embed : { ...embed, lang };
}

/** The n-th chart of a story as an embed. All of an edition's are built at the first call, once per build. */
export function storyChartEmbed(slug: string, n: number, lang: Locale = 'zh'): ChartEmbed | undefined {
  const charts = allStoryCharts(lang);
  let cached = storyChartEmbeds.get(lang);
  if (cached?.charts !== charts) {
    cached = { charts, embeds: new Map(charts.map((c) => [`${c.story.slug}/${c.n}`, buildStoryChartEmbed(c, lang)])) };
    storyChartEmbeds.set(lang, cached);
  }
  return cached.embeds.get(`${slug}/${n}`);
}

/** The chart embeds of the English edition: the charts of the English stories. */
export function englishChartEmbeds(): ChartEmbed[] {
  return allStoryCharts('en')
    .map((c) => storyChartEmbed(c.story.slug, c.n, 'en'))
    .filter((e): e is ChartEmbed => e !== undefined);
}

/** One view (metric × period) of a map embed. */
export interface MapViewEmbed extends EmbedSpec {
  readonly metric: MapMetric;
  readonly period: string;
  readonly name: string;
  /** Whether the view shows any figure (in the focus): only then are its images and CSV published. */
  readonly hasFigures: boolean;
  readonly files: { svg: string; png: string; csv: string };
}

export interface MapEmbed {
  /** The embed page (for a national view, the default one: `/embed/map/`). */
  readonly path: string;
  readonly focus: string | undefined;
  /** The title without a view: 广东的东西部协作结对. */
  readonly title: string;
  readonly fullPath: string;
  readonly views: readonly MapViewEmbed[];
  /** The view the page opens on. */
  readonly initial: MapViewEmbed;
  /** The language of its words; Chinese when absent. */
  readonly lang?: Locale;
}

/**
 * The map laid out at its embed size (960×760 national, 720×560 focused), once per focus: the same layout object
 * the embed page's map draws (`cachedMapLayout`), so it is computed once for both.
 */
export function embedMapLayout(focus: string | undefined): MapLayout {
  return cachedMapLayout(
    loadMapData(),
    loadChinaTopology(),
    focus === undefined ? { width: 960, height: 760 } : { width: 720, height: 560, focus },
  );
}

function mapEmbed(
  focus: string | undefined,
  path: string,
  title: string,
  fullPath: string,
  initial: { metric: MapMetric; period: string },
  lang: Locale = 'zh',
): MapEmbed {
  const layout = embedMapLayout(focus);
  const base = focus === undefined ? 'national' : focus;
  const t = translator(lang);
  const views = layout.views.map((v): MapViewEmbed => {
    const name = mapViewName(base, v.metric, v.period);
    const files = mapViewFiles(path, v, name);
    const viewTitle = t('embed.map.viewTitle', {
      title,
      metric: metricLabel(v.metric, lang),
      view: viewLabel(v.period, lang),
    });
    const query = `metric=${v.metric}&period=${v.period}`;
    const figures =
      (focus === undefined && v.national !== undefined) ||
      v.arcs.some((a) => a.inFocus && (a.figure !== undefined || a.below.length > 0 || a.others.length > 0));
    // The English map views have no images and figure files of their own yet: only the Chinese ones are drawn.
    const hasFigures = figures && lang === 'zh';
    if (lang !== 'zh') {
      return {
        hasFigures,
        metric: v.metric,
        period: v.period,
        name: `${name}-${lang}`,
        files,
        path: focus === undefined ? localizePath(mapEmbedPath(v), lang) : `${path}?${query}`,
        id: `shanhai-${focus === undefined ? 'map' : base}-${v.metric}-${v.period}-${lang}`,
        title: viewTitle,
        fullPath: `${fullPath}?${query}`,
        height: focus === undefined ? MAP_EMBED_HEIGHT_EN.national : MAP_EMBED_HEIGHT_EN.focused,
        lang,
      };
    }
    return {
      hasFigures,
      metric: v.metric,
      period: v.period,
      name,
      files,
      path: focus === undefined ? mapEmbedPath(v) : `${path}?${query}`,
      id: `shanhai-${focus === undefined ? 'map' : base}-${v.metric}-${v.period}`,
      title: viewTitle,
      fullPath: `${fullPath}?${query}`,
      height: focus === undefined ? MAP_EMBED_HEIGHT.national : MAP_EMBED_HEIGHT.focused,
      ...(hasFigures
        ? {
            image: {
              path: files.png,
              alt: `${viewTitle}。${v.caption}${v.notes.length > 0 ? `不按线宽比较（非全年数字）：${v.notes.join('；')}。` : ''}`,
              width: IMAGE_WIDTH.share,
            },
          }
        : {}),
    };
  });
  const first = views.find((v) => v.metric === initial.metric && v.period === initial.period) ?? views[0];
  if (first === undefined) throw new Error(`mapEmbed: ${path} has no view`);
  return { path, focus, title, fullPath, views, initial: first, ...(lang === 'zh' ? {} : { lang }) };
}

/** The national map's embed, in Chinese (`/embed/map/`) or English (`/en/embed/map/`). */
export function nationalMapEmbed(lang: Locale = 'zh'): MapEmbed {
  const title = translator(lang)('embed.map.title');
  return mapEmbed(
    undefined,
    localizePath(mapEmbedPath(), lang),
    title,
    localizePath('/', lang),
    loadMapData().defaults,
    lang,
  );
}

/** A province's map embed, in Chinese (`/embed/province/<id>/`) or English (`/en/embed/province/<id>/`). */
export function provinceMapEmbed(id: string, lang: Locale = 'zh'): MapEmbed {
  const data = loadMapData();
  const { province } = loadProvince(id);
  const initial = data.focusDefaults[id] ?? data.defaults;
  const name = lang === 'zh' ? province.shortZh : placeNameEn(id);
  const title = translator(lang)('embed.map.provinceTitle', { name });
  const path = localizePath(provinceMapEmbedPath(id), lang);
  return mapEmbed(id, path, title, localizePath(`/province/${id}/`, lang), initial, lang);
}

/** The pair's name on its map: 广东 → 广西, Guangdong → Guangxi. */
export function pairMapName(id: string, lang: Locale = 'zh'): string {
  const { pair } = loadPair(id);
  return lang === 'zh'
    ? `${pair.eastName} → ${pair.westName}`
    : `${placeNameEn(pair.east)} → ${placeNameEn(pair.west)}`;
}

/** A province-level pair's map embed, in Chinese (`/embed/pair-map/<id>/`) or English (`/en/embed/pair-map/<id>/`). */
export function pairMapEmbed(id: string, lang: Locale = 'zh'): MapEmbed {
  const data = loadMapData();
  const initial = data.focusDefaults[id] ?? data.defaults;
  const title = translator(lang)('embed.map.pairTitle', { title: pairMapName(id, lang) });
  const path = localizePath(pairMapEmbedPath(id), lang);
  return mapEmbed(id, path, title, localizePath(`/pair/${id}/`, lang), initial, lang);
}

/** Every chart embed of the site. */
export function siteChartEmbeds(): ChartEmbed[] {
  return [
    ...chartedPairIds().map(pairChartEmbed),
    ...chartedProvinceIds().map(provinceChartEmbed),
    ...allStoryCharts().map((c) => storyChartEmbed(c.story.slug, c.n)),
  ].filter((e): e is ChartEmbed => e !== undefined);
}

/** Every map embed of an edition: the national map, each member province's and each province-level pair's. */
export function siteMapEmbeds(lang: Locale = 'zh'): MapEmbed[] {
  return [
    nationalMapEmbed(lang),
    ...memberProvinceIds().map((id) => provinceMapEmbed(id, lang)),
    ...provincePairIds().map((id) => pairMapEmbed(id, lang)),
  ];
}

/** The pages of some map embeds, for their oEmbed files: a focused map's page opens on its default view; national views have pages each. */
export function mapEmbedPages(embeds: readonly MapEmbed[]): EmbedSpec[] {
  return embeds.flatMap((e) =>
    e.focus === undefined ? [{ ...e.initial, path: e.path }, ...e.views] : [{ ...e.initial, path: e.path }],
  );
}
