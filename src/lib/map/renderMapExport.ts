/**
 * One view of a pairing map (national, or focused on a province or a pair) as a self-contained SVG for download (and, rasterised, a PNG): the title
 * above, the map with its frame (南海诸岛 inset, 钓鱼岛, 台湾省资料暂缺, the 审图号 at the lower left), then how to
 * read it, the sources and the credit, all in the layout's language (an English layout: the outlets named in
 * English where `outletNameEn` knows them). The site's stylesheet is replaced by a small `<style>` with fixed colours,
 * which resvg and any editor understand. Pure string building.
 */
import { CHART_FONT_FAMILY } from '../chart/renderFigureChartSvg';
import { outletNameEn } from '../i18n/english/outletNamesEn';
import { translator } from '../i18n/messages';
import { wrapText } from '../text/wrapText';
import { escapeMarkup as esc } from './escapeMarkup';
import type { MapLayout } from './layoutPairingMap';
import { metricLabel } from './mapText';
import { renderMapSvg } from './renderMapSvg';
import type { MapMetric } from './types';

const PAD = 16;
const TITLE_HEIGHT = 34;
const LINE = 18;
const ID = 'mx';

/**
 * map.css's colours and its wide-scale text rules, written out: the export has no custom properties, container
 * queries or `:not()` to rely on. `fontSize` is the layout's wide text size (the size its labels were placed with).
 */
function exportStyle(fontSize: number): string {
  return [
    '.pm-prov{fill:#efeeea;stroke:#fff;stroke-width:.8;stroke-linejoin:round}',
    '.pm-prov--east{fill:#f2d4bd}',
    '.pm-prov--west{fill:#d3e3ea}',
    '.pm-prov.is-focus{stroke:#1f2328;stroke-width:1.6}',
    `.pm-hatch{fill:url(#${ID}-hatch);stroke:none}`,
    '.pm-hatch-pattern line{stroke:#8fb0bf;stroke-width:1.2}',
    '.pm-arc-hit{fill:none;stroke:none}',
    '.pm-arc.is-context{opacity:.28}',
    '.pm-arc-shape{fill:#b23a1e;fill-opacity:.9;stroke:#fff;stroke-width:1;stroke-linejoin:round}',
    '.pm-arc--reverse .pm-arc-shape{fill:#1d6a86}',
    '.pm-arc-line{fill:none;stroke:#6b6f73;stroke-width:1.2;stroke-dasharray:4 3}',
    '.pm-arc-head{fill:#6b6f73}',
    '.pm-q circle{fill:#fff;stroke:#b23a1e;stroke-width:1.5}',
    `.pm-q text{font-size:${fontSize}px;font-weight:700;text-anchor:middle;fill:#1f2328}`,
    `.pm-label,.pm-arc-label{font-size:${fontSize}px;font-weight:600;text-anchor:middle;fill:#1f2328;stroke:#fff;stroke-width:3px;stroke-linejoin:round;paint-order:stroke}`,
    '.pm-arc-label{font-weight:400}',
    '.pm-label--none{font-weight:400;fill:#5c6166}',
    '.pm-label--point{font-weight:400;text-anchor:start}',
    '.pm-label--end{text-anchor:end}',
    // Texts placed only for small maps (the labeller found no room for them at the wide scale).
    '.pm-hide-w{display:none}',
    '.pm-point--east{fill:#b4774d;stroke:#fff;stroke-width:1.5}',
    '.pm-point--west{fill:#6f93a3;stroke:#fff;stroke-width:1.5}',
  ].join('');
}

export interface MapExportOptions {
  metric: MapMetric;
  period: string;
  /** The site's 审图号, printed at the map's lower left when set. */
  approvalNumber: string | undefined;
  /** "山海 Shanhai · <page URL> · 数据 CC BY 4.0" (`exportCredit`, in the layout's language). */
  credit: string;
  /**
   * The heading; default: the national view's (东西部协作：各结对省市的财政援助资金（2023年）, East–West
   * cooperation: fiscal aid by pairing (2023)).
   */
  title?: string;
}

/**
 * The standalone SVG of `layout` (laid out for one view, `only: { metric, period }`). Throws when the layout lacks
 * the view, like `renderMapSvg`.
 */
export function renderMapExportSvg(layout: MapLayout, options: MapExportOptions): string {
  const map = renderMapSvg(layout, {
    idPrefix: ID,
    metric: options.metric,
    period: options.period,
    approvalNumber: options.approvalNumber,
  });
  const view = layout.views.find((v) => v.metric === options.metric && v.period === options.period);
  const locale = layout.locale;
  const t = translator(locale);
  const outlet = (name: string): string => (locale === 'zh' ? name : outletNameEn(name).text);
  const periodLabel = view?.periodLabel ?? options.period;
  const title =
    options.title ?? t('embed.mapExport.title', { metric: metricLabel(options.metric, locale), period: periodLabel });
  // The sources of the figures in the focus (a focused map draws its neighbours' arcs faded, as context).
  const sources = [
    ...new Map(
      (view?.arcs ?? [])
        .filter((a) => a.inFocus)
        .flatMap((a) => [...(a.figure === undefined ? [] : [a.figure]), ...a.below])
        .map((f) => [f.source.id, f.source]),
    ).values(),
  ];
  const scale = (view?.legend ?? []).map((tick) => tick.label).join(t('embed.mapExport.keySeparator'));
  // About 76 characters of 12px text fit a line of the 960-unit national map; a focused map is narrower.
  const perLine = Math.floor(layout.width / 12.6);
  const sourceList = sources.map((s) => `${outlet(s.outlet)}${t('embed.sourceDate', { date: s.date })}`);
  const notes = [
    // What the view draws, generated from its arcs (as on the page), then why some figures have no width.
    ...wrapText(`${view?.caption ?? ''}${scale === '' ? '' : t('embed.mapExport.key', { scale })}`, perLine, 4),
    ...(view?.notes ?? []).flatMap((n) => wrapText(n, perLine, 3)),
    t('embed.svg.figuresNote'),
    ...(sources.length === 0
      ? []
      : wrapText(`${t('embed.sources')}${sourceList.join(t('embed.sourceSeparator'))}`, perLine, 4)),
    options.credit,
  ];
  const w = layout.width;
  const h = layout.height;
  const width = w + 2 * PAD;
  const height = PAD + TITLE_HEIGHT + h + 10 + notes.length * LINE + PAD;
  const inner = map
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '')
    .replace(/<title[^>]*>.*?<\/title><desc[^>]*>.*?<\/desc>/s, '');
  const noteLines = notes
    .map((n, i) => `<text x="${PAD}" y="${PAD + TITLE_HEIGHT + h + 10 + (i + 1) * LINE - 4}">${esc(n)}</text>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
    ` font-family='${CHART_FONT_FAMILY}' font-size="12" fill="#1f2328">` +
    `<title>${esc(title)}</title><style>${exportStyle(layout.textSizes.wide)}</style>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${PAD}" y="${PAD + 20}" font-size="19" font-weight="700">${esc(title)}</text>` +
    // Clipped to the map's box: a focused map's context arcs run off its edges and would cross the title.
    `<clipPath id="${ID}-clip"><rect width="${w}" height="${h}"/></clipPath>` +
    `<g transform="translate(${PAD},${PAD + TITLE_HEIGHT})" clip-path="url(#${ID}-clip)">${inner}</g>` +
    `<g font-size="12" fill="#4a545b">${noteLines}</g>` +
    `</svg>\n`
  );
}
