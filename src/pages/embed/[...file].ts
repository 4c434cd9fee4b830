/**
 * The downloads beside the embeds, generated at build time, each named after its view (`exportNames.ts`):
 * for every chart an SVG (standalone, styles inline), a PNG 1080 px wide (resvg with the bundled Noto Sans SC) and
 * a CSV of exactly the figures drawn; for every map view with figures (national, and focused on each province and
 * pair) an SVG and a PNG with title, period, sources, credit and licence (1080 px; national views 2160 px for
 * print) and a CSV of its figures. PNGs are cached by content between builds (`rasterizeSvg`).
 */
import type { APIRoute } from 'astro';
import { formatFactsCsv } from '../../lib/data/formatFactsCsv';
import { buildOEmbed, oembedPath } from '../../lib/embed/buildOEmbed';
import { exportCredit, renderChartFile } from '../../lib/embed/renderChartFile';
import {
  type ChartEmbed,
  type EmbedSpec,
  IMAGE_WIDTH,
  type MapViewEmbed,
  mapEmbedPages,
  siteChartEmbeds,
  siteMapEmbeds,
} from '../../lib/embed/siteEmbeds';
import { layoutPairingMap, type MapLayout } from '../../lib/map/layoutPairingMap';
import { loadChinaTopology } from '../../lib/map/loadChinaTopology';
import { renderMapExportSvg } from '../../lib/map/renderMapExport';
import { SITE_ORIGIN } from '../../lib/publish/siteOrigin';
import { rasterizeSvg } from '../../lib/render/rasterizeSvg';
import { loadFacts, loadMapData, loadPlaces, loadSources } from '../../lib/site/datasets';
import { loadMapApproval } from '../../lib/site/loadMapApproval';

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
  const maps = siteMapEmbeds().flatMap((embed) =>
    embed.views
      .filter((v) => v.hasFigures)
      .flatMap((view) =>
        EXTS.map((ext) => ({
          params: { file: param(view.files[ext]) },
          props: { kind: 'map', view, focus: embed.focus, ext } satisfies Props,
        })),
      ),
  );
  // oEmbed: every embed page (a focused map's page opens on its default view; national views have pages each).
  const oembeds = [...siteChartEmbeds(), ...mapEmbedPages(siteMapEmbeds())].map((embed) => ({
    params: { file: param(oembedPath(embed.path)) },
    props: { kind: 'oembed', embed } satisfies Props,
  }));
  return [...charts, ...maps, ...oembeds];
}

const credit = (fullPath: string, site: URL | undefined): string => exportCredit(fullPath, site);

const layouts = new Map<string, MapLayout>();
const exportSvgs = new Map<string, string>();
/** One view laid out once for its three files (SVG, PNG, CSV are separate routes). */
function viewLayout(focus: string | undefined, view: MapViewEmbed): MapLayout {
  const key = `${focus ?? ''}|${view.metric}|${view.period}`;
  let layout = layouts.get(key);
  if (layout === undefined) {
    layout = layoutPairingMap(loadMapData(), loadChinaTopology(), {
      ...(focus === undefined ? { width: 960, height: 760 } : { width: 720, height: 560, focus }),
      only: { metric: view.metric, period: view.period },
    });
    layouts.set(key, layout);
  }
  return layout;
}

async function mapFile(
  view: MapViewEmbed,
  focus: string | undefined,
  ext: Ext,
  site: URL | undefined,
): Promise<string | Uint8Array> {
  const layout = viewLayout(focus, view);
  if (ext === 'csv') {
    const shown = layout.views[0]?.arcs.filter((a) => a.inFocus) ?? [];
    const ids = new Set(
      shown.flatMap((a) => [...(a.figure ? [a.figure] : []), ...a.others, ...a.below]).map((f) => f.factId),
    );
    const national = layout.views[0]?.national;
    if (focus === undefined && national !== undefined) ids.add(national.factId);
    const sources = loadSources();
    return formatFactsCsv(
      loadFacts().filter((f) => ids.has(f.id)),
      { sources: new Map(sources.map((s) => [s.id, s])), places: loadPlaces(), site: SITE_ORIGIN },
    );
  }
  const key = `${focus ?? ''}|${view.metric}|${view.period}`;
  const svg =
    exportSvgs.get(key) ??
    renderMapExportSvg(layout, {
      metric: view.metric,
      period: view.period,
      approvalNumber: loadMapApproval(),
      credit: credit(view.fullPath, site),
      ...(focus === undefined ? {} : { title: view.title }),
    });
  exportSvgs.set(key, svg);
  if (ext === 'svg') return svg;
  return rasterizeSvg(svg, {
    width: focus === undefined ? IMAGE_WIDTH.print : IMAGE_WIDTH.share,
    background: '#ffffff',
  });
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
      : await mapFile(props.view, props.focus, props.ext, site);
  return new Response(body as BodyInit, { headers: { 'content-type': TYPES[props.ext] } });
};
