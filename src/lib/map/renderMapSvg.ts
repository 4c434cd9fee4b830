/**
 * Draws a `MapLayout` as one SVG string: provinces, a pre-rendered layer of arcs for every
 * (metric, period) view — only the active one shows; `<shanhai-map>` switches `data-active` —
 * and labels. The legend is HTML beside it (`renderMapLegend`), so its text stays legible
 * when the SVG is drawn small. Pure string building, so it renders at build time and in tests alike.
 */
import { describeArc } from './describeArc';
import { escapeMarkup as esc } from './escapeMarkup';
import type { ArcMark, MapLayout, ProvinceMark, ViewLayout } from './layoutPairingMap';
import { metricLabel, QUALIFIER_MARK } from './mapText';
import { renderMapFrame } from './renderMapFrame';
import type { MapMetric } from './types';

export interface RenderOptions {
  /** Prefix for every id in the SVG, unique on the page. */
  idPrefix: string;
  /** The active view; defaults to the layout's defaults. */
  metric?: MapMetric;
  period?: string;
  /** The site's 审图号 (`loadMapApproval`), printed at the lower left; unset leaves its slot empty. */
  approvalNumber?: string | undefined;
}

export const PROGRAMME_TEXT = { east: '东部协作省市', west: '西部协作省区市', none: '' } as const;

function attrs(map: Record<string, string | number | undefined>): string {
  return Object.entries(map)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
}

function activeView(layout: MapLayout, options: RenderOptions): { metric: MapMetric; period: string } {
  const metric = options.metric ?? layout.defaults.metric;
  const period = options.period ?? layout.defaults.period;
  if (!layout.views.some((v) => v.metric === metric && v.period === period)) {
    const known = layout.views.map((v) => `${v.metric}/${v.period}`).join(', ');
    throw new Error(`renderMapSvg: no view for metric "${metric}" and period "${period}"; the data have ${known}`);
  }
  return { metric, period };
}

function renderProvince(mark: ProvinceMark): string {
  const p = mark.province;
  const programme = p?.programme ?? 'none';
  const cls = `pm-prov pm-prov--${programme}${mark.focused ? ' is-focus' : ''}`;
  if (p === undefined || programme === 'none') {
    return `<path class="${cls}" d="${mark.d}"${attrs({ 'data-province': p?.id })}/>`;
  }
  const partners = mark.partners.map((id) => id);
  const tip = [p.shortZh, `${PROGRAMME_TEXT[programme]}`, '打开省份页 →'];
  const label = `${p.nameZh}，${PROGRAMME_TEXT[programme]}${partners.length > 0 ? `，结对 ${mark.partners.length} 个省份` : ''}。打开省份页`;
  return (
    `<a class="pm-link"${attrs({
      href: `/province/${p.id}/`,
      tabindex: 0,
      role: 'link',
      'aria-label': label,
      'data-province': p.id,
      'data-partners': partners.join(' '),
      'data-pairs': mark.pairs.join(' '),
      'data-tip': tip.join('\n'),
    })}>` +
    `<path class="${cls}" d="${mark.d}"/>` +
    (programme === 'west' ? `<path class="pm-hatch" d="${mark.d}"/>` : '') +
    `</a>`
  );
}

function renderArc(arc: ArcMark, view: ViewLayout): string {
  const { ariaLabel, tip } = describeArc(arc, view);
  const figure = arc.selected.kind === 'figure' ? arc.selected.figure : undefined;
  const kind = figure === undefined ? (arc.selected.kind === 'target-only' ? 'target' : 'none') : 'figure';
  const qualifier = figure?.qualifier ?? 'none';
  const cls = [
    'pm-arc',
    `pm-arc--${kind}`,
    arc.fine ? 'pm-arc--fine' : '',
    figure !== undefined && figure.direction === 'west-to-east' ? 'pm-arc--reverse' : '',
    arc.inFocus ? '' : 'is-context',
  ]
    .filter((c) => c !== '')
    .join(' ');
  const g = arc.geometry;
  const shape =
    figure === undefined
      ? `<path class="pm-arc-line" d="${g.centerline}"/><path class="pm-arc-head" d="${g.head}"/>`
      : `<path class="pm-arc-shape" d="${g.d}"/>`;
  const mark = figure === undefined ? '' : QUALIFIER_MARK[figure.qualifier];
  const badge =
    mark === ''
      ? ''
      : `<g class="pm-q" transform="translate(${g.marker[0]} ${g.marker[1]})"><circle r="8.5"/><text dy="0.35em">${esc(mark)}</text></g>`;
  return (
    `<g${attrs({
      class: cls,
      tabindex: arc.inFocus ? 0 : -1,
      role: 'img',
      'aria-label': ariaLabel,
      'data-pair': arc.pair.id,
      'data-from': arc.fromId,
      'data-to': arc.toId,
      'data-metric': view.metric,
      'data-period': view.period,
      'data-value': figure?.value ?? '',
      'data-qualifier': qualifier,
      'data-status': kind,
      'data-width': arc.width,
      'data-tip': tip.join('\n'),
    })}>` + `<path class="pm-arc-hit" d="${g.centerline}"/>${shape}${badge}</g>`
  );
}

function renderView(view: ViewLayout, active: boolean): string {
  const arcs = view.arcs.map((a) => renderArc(a, view)).join('');
  return `<g${attrs({
    class: 'pm-view',
    'data-metric': view.metric,
    'data-period': view.period,
    'data-active': active ? '' : undefined,
  })}>${arcs}</g>`;
}

/** Province labels; `members` picks the programme's members (drawn above the arcs) or the rest (below). */
function renderProvinceLabels(layout: MapLayout, members: boolean): string {
  return layout.provinces
    .filter((p) => p.label !== undefined && p.province !== undefined)
    .filter((p) => (p.province?.programme !== 'none') === members)
    .filter((p) => !['hongkong', 'macau'].includes(p.province?.id ?? ''))
    .map((p) => {
      const l = p.label as { x: number; y: number; text: string };
      const programme = p.province?.programme ?? 'none';
      return `<text class="pm-label pm-label--${programme}" x="${l.x}" y="${l.y}" dy="0.35em"${attrs({
        'data-province': p.province?.id,
      })}>${esc(l.text)}</text>`;
    })
    .join('');
}

function renderLabels(layout: MapLayout): string {
  // A label that would overlap another is left out (the dot stays; the table names it); one that fits only at
  // desktop sizes is hidden on small maps by map.css.
  const pointLabels = layout.points.map(
    (p) =>
      `<circle class="pm-point pm-point--${p.side}" cx="${p.x}" cy="${p.y}" r="3.5"/>` +
      (p.labelFits.wide
        ? `<text class="pm-label pm-label--point${p.labelFits.narrow ? '' : ' pm-label--wide-only'}" x="${p.x + 6}" y="${p.y - 6}">${esc(p.label)}</text>`
        : ''),
  );
  return `<g class="pm-labels" aria-hidden="true">${renderProvinceLabels(layout, true)}${pointLabels.join('')}</g>`;
}

/** One sentence for `<desc>`: what the map shows in the active view. */
function describeMap(layout: MapLayout, view: ViewLayout): string {
  const drawn = view.arcs.filter((a) => a.selected.kind === 'figure');
  const missing = view.arcs.length - drawn.length;
  const focus = layout.focus === undefined ? '' : `聚焦${layout.focus.label}。`;
  return (
    `${focus}东西部协作结对地图：${view.arcs.length} 条弧线，每条连接一对结对地区，方向为资金或人员的流向，` +
    `线宽表示${metricLabel(view.metric)}（${view.periodLabel}）。${drawn.length} 对有数字，${missing} 对在所据资料中没有数字，以细虚线表示。` +
    `地图下方的表格列出同样的数字。`
  );
}

/** Renders the map's `<svg>` element as a string. */
export function renderMapSvg(layout: MapLayout, options: RenderOptions): string {
  const { metric, period } = activeView(layout, options);
  const view = layout.views.find((v) => v.metric === metric && v.period === period) as ViewLayout;
  const id = (s: string): string => `${options.idPrefix}-${s}`;
  const title = layout.focus === undefined ? '东西部协作结对关系' : `东西部协作：${layout.focus.label}的结对关系`;
  // A zoomed map clips far provinces to nothing; leave them out.
  const drawn = layout.provinces.filter((p) => p.d !== '');
  const members = drawn.filter((p) => p.province !== undefined && p.province.programme !== 'none');
  const others = drawn.filter((p) => p.province === undefined || p.province.programme === 'none');
  return (
    `<svg${attrs({
      class: 'pm-svg',
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      // Not role="img": an img's children are presentational, which would hide the focusable arcs
      // and province links inside from assistive technology (axe: nested-interactive).
      role: 'graphics-document',
      'aria-roledescription': '地图',
      'aria-labelledby': `${id('title')} ${id('desc')}`,
    })}>` +
    `<title id="${id('title')}">${esc(title)}</title>` +
    `<desc id="${id('desc')}">${esc(describeMap(layout, view))}</desc>` +
    `<defs><pattern id="${id('hatch')}" class="pm-hatch-pattern" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">` +
    `<line x1="0" y1="0" x2="0" y2="5"/></pattern></defs>` +
    `<g class="pm-provinces" style="--pm-hatch: url(#${id('hatch')})">` +
    others.map(renderProvince).join('') +
    members.map(renderProvince).join('') +
    `</g>` +
    `<g class="pm-labels" aria-hidden="true">${renderProvinceLabels(layout, false)}</g>` +
    `<g class="pm-views">${layout.views.map((v) => renderView(v, v === view)).join('')}</g>` +
    renderLabels(layout) +
    renderMapFrame(layout.frame, options.approvalNumber) +
    `</svg>`
  );
}
