import { chartCsv } from '../chart/chartCsv';
import { layoutFigureChart } from '../chart/layoutFigureChart';
import { renderChartPng } from '../chart/renderChartPng';
import { renderFigureChartSvg } from '../chart/renderFigureChartSvg';
import { toStandaloneSvg } from '../chart/toStandaloneSvg';
import type { Locale } from '../i18n/locale';
import { translator } from '../i18n/messages';
import { loadPlaces, loadSources } from '../site/datasets';
import { type ChartEmbed, IMAGE_WIDTH } from './siteEmbeds';

/** The credit line of a downloaded image: brand, the full view's address and the licence, in the image's language. */
export function exportCredit(fullPath: string, site: URL | undefined, lang: Locale = 'zh'): string {
  return translator(lang)('embed.credit', { url: new URL(fullPath, site).href });
}

/** Standalone SVGs by site and file: the SVG and PNG routes of a chart draw it once (Plot is most of their cost). */
const standaloneSvgs = new Map<string, string>();

function standaloneSvg(embed: ChartEmbed, site: URL | undefined): string {
  const key = `${site?.href ?? ''}\u0000${embed.files.svg}`;
  let svg = standaloneSvgs.get(key);
  if (svg === undefined) {
    const { chart } = embed;
    svg = toStandaloneSvg(
      chart,
      renderFigureChartSvg(chart, layoutFigureChart(chart, 640), 'chart'),
      exportCredit(embed.fullPath, site, chart.lang),
    );
    standaloneSvgs.set(key, svg);
  }
  return svg;
}

/**
 * One download of a chart embed: the standalone SVG (title, notes, sources and credit in the chart's language),
 * its PNG 1080 px wide, or the CSV of exactly the figures drawn (the site's facts columns, the same rows in both
 * editions).
 */
export async function renderChartFile(
  embed: ChartEmbed,
  ext: 'svg' | 'png' | 'csv',
  site: URL | undefined,
): Promise<string | Uint8Array> {
  if (ext === 'csv') return chartCsv(embed.chart, loadSources(), loadPlaces());
  const svg = standaloneSvg(embed, site);
  if (ext === 'svg') return svg;
  const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1] ?? 672);
  return renderChartPng(svg, IMAGE_WIDTH.share / width);
}
