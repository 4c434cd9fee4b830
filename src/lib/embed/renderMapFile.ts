/**
 * One download of a map view, in the view's language (Chinese, or English for `/en/embed/…` views, files `…-en`):
 * the standalone SVG (`renderMapExportSvg`: title, map with 南海诸岛 inset, 钓鱼岛, Taiwan and the 审图号, notes,
 * sources, credit), its PNG (1080 px; a national view 2160 px, for print) or the CSV of the figures it shows (the
 * site's facts columns; the English CSV has the same rows with English labels, as on /en/data/).
 */
import { type FactsCsvContext, formatFactsCsv } from '../data/formatFactsCsv';
import type { Locale } from '../i18n/locale';
import { layoutPairingMap, type MapLayout } from '../map/layoutPairingMap';
import { loadChinaTopology } from '../map/loadChinaTopology';
import { renderMapExportSvg } from '../map/renderMapExport';
import { SITE_ORIGIN } from '../publish/siteOrigin';
import { rasterizeSvg } from '../render/rasterizeSvg';
import { loadFacts, loadPlaces, loadSources } from '../site/datasets';
import { loadMapApproval } from '../site/loadMapApproval';
import { exportCredit } from './renderChartFile';
import { IMAGE_WIDTH, type MapViewEmbed, mapDataIn } from './siteEmbeds';

const layouts = new Map<string, MapLayout>();
const exportSvgs = new Map<string, string>();
const csvContexts = new Map<Locale, FactsCsvContext>();

const viewKey = (focus: string | undefined, view: MapViewEmbed): string =>
  `${focus ?? ''}|${view.metric}|${view.period}|${view.lang ?? 'zh'}`;

/** One view laid out once for its three files (SVG, PNG, CSV are separate routes), in the view's language. */
function viewLayout(focus: string | undefined, view: MapViewEmbed): MapLayout {
  const key = viewKey(focus, view);
  let layout = layouts.get(key);
  if (layout === undefined) {
    const lang = view.lang ?? 'zh';
    layout = layoutPairingMap(mapDataIn(lang), loadChinaTopology(), {
      ...(focus === undefined ? { width: 960, height: 760 } : { width: 720, height: 560, focus }),
      only: { metric: view.metric, period: view.period },
      ...(lang === 'zh' ? {} : { locale: lang }),
    });
    layouts.set(key, layout);
  }
  return layout;
}

/** The CSV's context in `lang`, one per build (the CSV formatter caches each fact's line per context). */
function csvContext(lang: Locale): FactsCsvContext {
  let context = csvContexts.get(lang);
  if (context === undefined) {
    const sources = loadSources();
    context = {
      sources: new Map(sources.map((s) => [s.id, s])),
      places: loadPlaces(),
      site: SITE_ORIGIN,
      ...(lang === 'zh' ? {} : { lang }),
    };
    csvContexts.set(lang, context);
  }
  return context;
}

/** The ids of the facts a laid-out view shows: its arcs in the focus (figure, plans, finer figures), the national total. */
function shownFactIds(layout: MapLayout, focus: string | undefined): Set<string> {
  const view = layout.views[0];
  const shown = view?.arcs.filter((a) => a.inFocus) ?? [];
  const ids = new Set(
    shown.flatMap((a) => [...(a.figure ? [a.figure] : []), ...a.others, ...a.below]).map((f) => f.factId),
  );
  if (focus === undefined && view?.national !== undefined) ids.add(view.national.factId);
  return ids;
}

/** A map view's SVG, PNG or CSV (`focus`: the embed's province or pair, undefined for the national map). */
export async function renderMapFile(
  view: MapViewEmbed,
  focus: string | undefined,
  ext: 'svg' | 'png' | 'csv',
  site: URL | undefined,
): Promise<string | Uint8Array> {
  const layout = viewLayout(focus, view);
  const lang = view.lang ?? 'zh';
  if (ext === 'csv') {
    const ids = shownFactIds(layout, focus);
    return formatFactsCsv(
      loadFacts().filter((f) => ids.has(f.id)),
      csvContext(lang),
    );
  }
  const key = viewKey(focus, view);
  const svg =
    exportSvgs.get(key) ??
    renderMapExportSvg(layout, {
      metric: view.metric,
      period: view.period,
      approvalNumber: loadMapApproval(),
      credit: exportCredit(view.fullPath, site, lang),
      ...(focus === undefined ? {} : { title: view.title }),
    });
  exportSvgs.set(key, svg);
  if (ext === 'svg') return svg;
  return rasterizeSvg(svg, {
    width: focus === undefined ? IMAGE_WIDTH.print : IMAGE_WIDTH.share,
    background: '#ffffff',
  });
}
