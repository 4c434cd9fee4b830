/**
 * The downloads of the English embeds (/en/embed/…): for each English chart (every charted pair and province,
 * and each chart of an English story; `englishChartEmbeds`) its SVG and PNG with the
 * notes, sources and credit in English, the CSV of exactly the figures drawn, and the embed's oEmbed file; the
 * oEmbed files of the English map embeds' pages. The
 * Chinese embeds' files are written by src/pages/embed/[...file].ts.
 */
import type { APIRoute } from 'astro';
import { buildOEmbed, oembedPath } from '../../../lib/embed/buildOEmbed';
import { renderChartFile } from '../../../lib/embed/renderChartFile';
import {
  type ChartEmbed,
  type EmbedSpec,
  englishChartEmbeds,
  mapEmbedPages,
  siteMapEmbeds,
} from '../../../lib/embed/siteEmbeds';
import { SITE_ORIGIN } from '../../../lib/publish/siteOrigin';

type Ext = 'svg' | 'png' | 'csv';
type Props = { kind: 'chart'; embed: ChartEmbed; ext: Ext } | { kind: 'oembed'; embed: EmbedSpec };

const TYPES = { svg: 'image/svg+xml', png: 'image/png', csv: 'text/csv; charset=utf-8' } as const;
const EXTS = ['svg', 'png', 'csv'] as const;
const param = (path: string): string => path.replace(/^\/en\/embed\//, '');

export function getStaticPaths() {
  const maps = mapEmbedPages(siteMapEmbeds('en')).map((embed) => ({
    params: { file: param(oembedPath(embed.path)) },
    props: { kind: 'oembed', embed } satisfies Props,
  }));
  return [
    ...maps,
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
  const body = await renderChartFile(props.embed, props.ext, site);
  return new Response(body as BodyInit, { headers: { 'content-type': TYPES[props.ext] } });
};
