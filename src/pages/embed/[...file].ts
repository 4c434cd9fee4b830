/**
 * The downloads beside the embeds, generated at build time, each named after its view (`exportNames.ts`):
 * for every chart an SVG (standalone, styles inline), a PNG 1080 px wide (resvg with the bundled Noto Sans SC) and
 * a CSV of exactly the figures drawn; for every map view with figures (national, and focused on each province and
 * pair) an SVG and a PNG with title, period, sources, credit and licence (1080 px; national views 2160 px for
 * print) and a CSV of its figures (`renderMapFile`). PNGs are cached by content between builds (`rasterizeSvg`).
 * The English views' files are written by src/pages/en/embed/[...file].ts.
 */
import type { APIRoute } from 'astro';
import { buildOEmbed, oembedPath } from '../../lib/embed/buildOEmbed';
import { renderChartFile } from '../../lib/embed/renderChartFile';
import { renderMapFile } from '../../lib/embed/renderMapFile';
import {
  type ChartEmbed,
  type EmbedSpec,
  type MapViewEmbed,
  mapEmbedPages,
  mapViewDownloads,
  siteChartEmbeds,
  siteMapEmbeds,
} from '../../lib/embed/siteEmbeds';
import { SITE_ORIGIN } from '../../lib/publish/siteOrigin';

type Ext = 'svg' | 'png' | 'csv';
type Props =
  | { kind: 'chart'; embed: ChartEmbed; ext: Ext }
  | { kind: 'map'; view: MapViewEmbed; focus: string | undefined; ext: Ext }
  | { kind: 'oembed'; embed: EmbedSpec };

const TYPES = { svg: 'image/svg+xml', png: 'image/png', csv: 'text/csv; charset=utf-8' } as const;
const EXTS = ['svg', 'png', 'csv'] as const;
const param = (path: string): string => path.replace(/^\/embed\//, '');

export function getStaticPaths() {
  const charts = siteChartEmbeds().flatMap((embed) =>
    EXTS.map((ext) => ({
      params: { file: param(embed.files[ext]) },
      props: { kind: 'chart', embed, ext } satisfies Props,
    })),
  );
  const maps = mapViewDownloads().map(({ view, focus, ext, path }) => ({
    params: { file: param(path) },
    props: { kind: 'map', view, focus, ext } satisfies Props,
  }));
  // oEmbed: every embed page (a focused map's page opens on its default view; national views have pages each).
  const oembeds = [...siteChartEmbeds(), ...mapEmbedPages(siteMapEmbeds())].map((embed) => ({
    params: { file: param(oembedPath(embed.path)) },
    props: { kind: 'oembed', embed } satisfies Props,
  }));
  return [...charts, ...maps, ...oembeds];
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  if (props.kind === 'oembed') {
    // The embed's own id and view, from its spec; the discovery link is on its page.
    const body = JSON.stringify(buildOEmbed(props.embed, site ?? SITE_ORIGIN), null, 2);
    return new Response(body, { headers: { 'content-type': 'application/json+oembed' } });
  }
  const body =
    props.kind === 'chart'
      ? await renderChartFile(props.embed, props.ext, site)
      : await renderMapFile(props.view, props.focus, props.ext, site);
  return new Response(body as BodyInit, { headers: { 'content-type': TYPES[props.ext] } });
};
