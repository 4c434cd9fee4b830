/**
 * The downloads of the English embeds (/en/embed/…): for each English chart (every charted pair and province,
 * and each chart of an English story; `englishChartEmbeds`) its SVG and PNG with the
 * notes, sources and credit in English, the CSV of exactly the figures drawn, and the embed's oEmbed file; the
 * oEmbed files of the English map embeds' pages; for every English map view with figures its SVG, PNG (national
 * 2160 px, focused 1080 px) and CSV, named `…-en` (`renderMapFile`). The
 * Chinese embeds' files are written by src/pages/embed/[...file].ts.
 */
import type { APIRoute } from 'astro';
import { buildOEmbed, oembedPath } from '../../../lib/embed/buildOEmbed';
import { renderChartFile } from '../../../lib/embed/renderChartFile';
import { renderMapFile } from '../../../lib/embed/renderMapFile';
import {
  type ChartEmbed,
  type EmbedSpec,
  englishChartEmbeds,
  type MapViewEmbed,
  mapEmbedPages,
  mapViewDownloads,
  siteMapEmbeds,
} from '../../../lib/embed/siteEmbeds';
import { SITE_ORIGIN } from '../../../lib/publish/siteOrigin';

type Ext = 'svg' | 'png' | 'csv';
type Props =
  | { kind: 'chart'; embed: ChartEmbed; ext: Ext }
  | { kind: 'oembed'; embed: EmbedSpec }
  | { kind: 'map'; view: MapViewEmbed; focus: string | undefined; ext: Ext };

const TYPES = { svg: 'image/svg+xml', png: 'image/png', csv: 'text/csv; charset=utf-8' } as const;
const EXTS = ['svg', 'png', 'csv'] as const;
const param = (path: string): string => path.replace(/^\/en\/embed\//, '');

export function getStaticPaths() {
  const maps = mapEmbedPages(siteMapEmbeds('en')).map((embed) => ({
    params: { file: param(oembedPath(embed.path)) },
    props: { kind: 'oembed', embed } satisfies Props,
  }));
  // The English map views' images and CSVs.
  const mapFiles = mapViewDownloads('en').map(({ view, focus, ext, path }) => ({
    params: { file: param(path) },
    props: { kind: 'map', view, focus, ext } satisfies Props,
  }));
  return [
    ...maps,
    ...mapFiles,
    ...englishChartEmbeds().flatMap((embed) => [
      ...EXTS.map((ext) => ({
        params: { file: param(embed.files[ext]) },
        props: { kind: 'chart', embed, ext } satisfies Props,
      })),
      { params: { file: param(oembedPath(embed.path)) }, props: { kind: 'oembed', embed } satisfies Props },
    ]),
  ];
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  if (props.kind === 'oembed') {
    const body = JSON.stringify(buildOEmbed(props.embed, site ?? SITE_ORIGIN), null, 2);
    return new Response(body, { headers: { 'content-type': 'application/json+oembed' } });
  }
  const body =
    props.kind === 'map'
      ? await renderMapFile(props.view, props.focus, props.ext, site)
      : await renderChartFile(props.embed, props.ext, site);
  return new Response(body as BodyInit, { headers: { 'content-type': TYPES[props.ext] } });
};
