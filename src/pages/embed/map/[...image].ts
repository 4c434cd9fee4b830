/**
 * The national map's downloads, one per view: `/embed/map/map.svg|png` (the default view) and
 * `/embed/map/<metric>/<period>/map.svg|png` — standalone, with the 南海诸岛 inset and the 审图号 slot
 * (`renderMapExportSvg`); the PNG is resvg with the bundled Noto Sans SC.
 */
import type { APIRoute } from 'astro';
import { mapEmbedPath, mapImagePaths } from '../../../lib/embed/embedPaths';
import { layoutPairingMap } from '../../../lib/map/layoutPairingMap';
import { loadChinaTopology } from '../../../lib/map/loadChinaTopology';
import { renderMapExportSvg } from '../../../lib/map/renderMapExport';
import type { MapMetric } from '../../../lib/map/types';
import { rasterizeSvg } from '../../../lib/render/rasterizeSvg';
import { loadMapData } from '../../../lib/site/datasets';
import { loadMapApproval } from '../../../lib/site/loadMapApproval';

type Props = { metric: MapMetric; period: string; ext: 'svg' | 'png'; fullPath: string };

export function getStaticPaths() {
  const data = loadMapData();
  const views = [
    { path: mapEmbedPath(), ...data.defaults, fullPath: '/' },
    ...(Object.entries(data.periods) as [MapMetric, string[]][]).flatMap(([metric, periods]) =>
      periods.map((period) => ({
        path: mapEmbedPath({ metric, period }),
        metric,
        period,
        fullPath: `/?metric=${metric}&period=${period}`,
      })),
    ),
  ];
  return views.flatMap((v) =>
    (['svg', 'png'] as const).map((ext) => ({
      params: { image: mapImagePaths(v.path)[ext].replace(/^\/embed\/map\//, '') },
      props: { metric: v.metric, period: v.period, ext, fullPath: v.fullPath } satisfies Props,
    })),
  );
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const layout = layoutPairingMap(loadMapData(), loadChinaTopology(), {
    width: 960,
    height: 760,
    only: { metric: props.metric, period: props.period },
  });
  const svg = renderMapExportSvg(layout, {
    metric: props.metric,
    period: props.period,
    approvalNumber: loadMapApproval(),
    credit: `山海 Shanhai · ${new URL(props.fullPath, site).href} · 数据 CC BY 4.0`,
  });
  const body = props.ext === 'svg' ? svg : await rasterizeSvg(svg, { zoom: 1.5, background: '#ffffff' });
  return new Response(body as BodyInit, {
    headers: { 'content-type': props.ext === 'svg' ? 'image/svg+xml' : 'image/png' },
  });
};
