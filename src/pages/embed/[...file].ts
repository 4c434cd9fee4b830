/**
 * The downloads beside the embeds, generated at build time: for every chart `chart.svg` (standalone, styles
 * inline), `chart.png` (resvg with the bundled Noto Sans SC) and `chart.csv` (exactly the figures drawn); for the
 * national map views `figures.csv`.
 */
import type { APIRoute } from 'astro';
import { chartCsv } from '../../lib/chart/chartCsv';
import { layoutFigureChart } from '../../lib/chart/layoutFigureChart';
import { renderChartPng } from '../../lib/chart/renderChartPng';
import { renderFigureChartSvg } from '../../lib/chart/renderFigureChartSvg';
import {
  allStoryCharts,
  chartedPairIds,
  chartedProvinceIds,
  pairChart,
  provinceChart,
} from '../../lib/chart/siteCharts';
import { toStandaloneSvg } from '../../lib/chart/toStandaloneSvg';
import type { FigureChart } from '../../lib/chart/types';
import { formatFactsCsv } from '../../lib/data/formatFactsCsv';
import {
  mapEmbedPath,
  pairChartEmbedPath,
  provinceChartEmbedPath,
  storyChartEmbedPath,
} from '../../lib/embed/embedPaths';
import { loadFacts, loadMapData, loadSources } from '../../lib/site/datasets';

type Props = { kind: 'chart'; chart: FigureChart; fullPath: string } | { kind: 'map'; metric: string; period: string };

const TYPES = { svg: 'image/svg+xml', png: 'image/png', csv: 'text/csv; charset=utf-8' } as const;

export function getStaticPaths() {
  const charts: { path: string; chart: FigureChart; fullPath: string }[] = [
    ...chartedPairIds().map((id) => ({ path: pairChartEmbedPath(id), chart: pairChart(id), fullPath: `/pair/${id}/` })),
    ...chartedProvinceIds().map((id) => ({
      path: provinceChartEmbedPath(id),
      chart: provinceChart(id),
      fullPath: `/province/${id}/`,
    })),
    ...allStoryCharts().map((c) => ({
      path: storyChartEmbedPath(c.story.slug, c.n),
      chart: c.chart,
      fullPath: `/stories/${c.story.slug}/`,
    })),
  ].filter((c): c is { path: string; chart: FigureChart; fullPath: string } => c.chart !== undefined);
  const chartFiles = charts.flatMap(({ path, chart, fullPath }) =>
    (['svg', 'png', 'csv'] as const).map((ext) => ({
      params: { file: `${path.replace(/^\/embed\//, '')}chart.${ext}` },
      props: { kind: 'chart', chart, fullPath } satisfies Props,
    })),
  );
  const map = loadMapData();
  const views = [
    { path: mapEmbedPath(), ...map.defaults },
    ...Object.entries(map.periods).flatMap(([metric, periods]) =>
      periods.map((period) => ({ path: mapEmbedPath({ metric, period }), metric, period })),
    ),
  ];
  const mapFiles = views.map((v) => ({
    params: { file: `${v.path.replace(/^\/embed\//, '')}figures.csv` },
    props: { kind: 'map', metric: v.metric, period: v.period } satisfies Props,
  }));
  return [...chartFiles, ...mapFiles];
}

export const GET: APIRoute<Props> = async ({ params, props, site }) => {
  const file = params.file ?? '';
  const ext = file.slice(file.lastIndexOf('.') + 1) as keyof typeof TYPES;
  const sources = loadSources();
  let body: string | Uint8Array;
  if (props.kind === 'map') {
    const ids = new Set(
      loadMapData()
        .figures.filter((f) => f.metric === props.metric && f.period === props.period)
        .map((f) => f.factId),
    );
    body = formatFactsCsv(
      loadFacts().filter((f) => ids.has(f.id)),
      new Map(sources.map((s) => [s.id, s])),
    );
  } else if (ext === 'csv') {
    body = chartCsv(props.chart, sources);
  } else {
    const { chart } = props;
    const credit = `山海 Shanhai · ${new URL(props.fullPath, site).href} · 数据 CC BY 4.0`;
    const svg = toStandaloneSvg(chart, renderFigureChartSvg(chart, layoutFigureChart(chart, 640), 'chart'), credit);
    body = ext === 'svg' ? svg : await renderChartPng(svg);
  }
  return new Response(body as BodyInit, { headers: { 'content-type': TYPES[ext] } });
};
