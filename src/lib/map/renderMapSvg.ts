/**
 * Draws a `MapLayout` as one SVG string: provinces, a pre-rendered layer of arcs for every
 * (metric, period) view — only the active one shows; `<shanhai-map>` switches `data-active` —
 * and labels. The legend is HTML beside it (`renderMapLegend`), so its text stays legible
 * when the SVG is drawn small. Pure string building, so it renders at build time and in tests alike.
 */

import type { Locale } from '../i18n/locale';
import { translate, translator } from '../i18n/messages';
import { localizePath } from '../i18n/paths';
import type { Point } from './buildArcPath';
import { describeArc } from './describeArc';
import { escapeMarkup as esc } from './escapeMarkup';
import { formatPathRelative as rel } from './formatPathRelative';
import type { Placed } from './layoutMapText';
import type { ArcMark, MapLayout, ProvinceMark, ViewLayout } from './layoutPairingMap';
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

export const PROGRAMME_TEXT = {
  east: translate('zh', 'map.province.east'),
  west: translate('zh', 'map.province.west'),
  none: '',
} as const;

function round2(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}

function attrs(map: Record<string, string | number | undefined>): string {
  return Object.entries(map)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
}

/**
 * Position attributes of a text placed per scale: the wide position as x/y, the narrow one as a translation in
 * `--pm-n` (map.css applies it on small maps), and a class that hides it at a scale where it did not fit.
 */
function placedAt(at: Placed): { x: number; y: number; style: string | undefined; hide: string } | undefined {
  const base = at.wide ?? at.narrow;
  if (base === undefined) return undefined;
  const n = at.narrow;
  const moved = at.wide !== undefined && n !== undefined && (n[0] !== base[0] || n[1] !== base[1]);
  const round = (v: number): number => Math.round(v * 10) / 10;
  return {
    x: round(base[0]),
    y: round(base[1]),
    style: moved ? `--pm-n:translate(${round(n[0] - base[0])}px,${round(n[1] - base[1])}px)` : undefined,
    hide: `${at.wide === undefined ? ' pm-hide-w' : ''}${n === undefined ? ' pm-hide-n' : ''}`,
  };
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

/** A province's shape: its own path, or a `<use>` of the outline defined once on the page. */
function shape(mark: ProvinceMark, cls: string, extra = ''): string {
  return mark.ref === undefined
    ? `<path class="${cls}" d="${rel(mark.d)}"${extra}/>`
    : `<use class="${cls}" href="#${mark.ref}"${extra}/>`;
}

function renderProvince(mark: ProvinceMark, locale: Locale): string {
  const p = mark.province;
  const programme = p?.programme ?? 'none';
  const cls = `pm-prov pm-prov--${programme}${mark.focused ? ' is-focus' : ''}`;
  if (p === undefined || programme === 'none') return shape(mark, cls, attrs({ 'data-province': p?.id }));
  const partners = mark.partners.map((id) => id);
  const t = translator(locale);
  const role = t(programme === 'east' ? 'map.province.east' : 'map.province.west');
  const tip = [p.shortZh, role, t('map.province.open')];
  const label = t('map.province.aria', {
    name: p.nameZh,
    role,
    partners: partners.length > 0 ? t('map.province.partners', { n: mark.partners.length }) : '',
  });
  return (
    `<a class="pm-link"${attrs({
      href: localizePath(`/province/${p.id}/`, locale),
      tabindex: 0,
      role: 'link',
      'aria-label': label,
      'data-province': p.id,
      'data-partners': partners.join(' '),
      'data-pairs': mark.pairs.join(' '),
      'data-tip': tip.join('\n'),
    })}>` +
    shape(mark, cls) +
    (programme === 'west' ? shape(mark, 'pm-hatch') : '') +
    `</a>`
  );
}

/** A badge is moved as a whole: its narrow position is an absolute translation (the attribute holds the wide one). */
function placedTransform(at: Placed): string | undefined {
  const n: Point | undefined = at.narrow;
  if (n === undefined || at.wide === undefined || (n[0] === at.wide[0] && n[1] === at.wide[1])) return undefined;
  return `--pm-n:translate(${Math.round(n[0] * 10) / 10}px,${Math.round(n[1] * 10) / 10}px)`;
}

/** Badge radius in the wide scale; map.css scales the circle with the text on small maps. */
function layoutRadius(layout: MapLayout): number {
  return Math.round(layout.textSizes.wide * 0.62 * 10) / 10;
}

function renderArc(arc: ArcMark, view: ViewLayout, layout: MapLayout): string {
  const { ariaLabel, tip } = describeArc(arc, view, (id) => layout.pairLabels[id] ?? id, layout.locale);
  const drawn = arc.status === 'figure' || arc.status === 'partial' ? arc.figure : undefined;
  const cls = [
    'pm-arc',
    `pm-arc--${arc.status}`,
    arc.fine ? 'pm-arc--fine' : '',
    drawn !== undefined && arc.direction === 'west-to-east' ? 'pm-arc--reverse' : '',
    drawn !== undefined && arc.direction === 'mutual' ? 'pm-arc--mutual' : '',
    arc.inFocus ? '' : 'is-context',
  ]
    .filter((c) => c !== '')
    .join(' ');
  const g = arc.geometry;
  const shape =
    drawn === undefined
      ? `<path class="pm-arc-line" d="${rel(g.centerline)}"/><path class="pm-arc-head" d="${rel(g.head)}"/>`
      : `<path class="pm-arc-shape" d="${rel(g.d)}"/>`;
  // A faded context arc (outside a focused map's focus) carries no text: faded text would be unreadable.
  const badgeAt = arc.badge === '' || !arc.inFocus ? undefined : placedAt(arc.badgeAt);
  const badge =
    badgeAt === undefined
      ? ''
      : `<g${attrs({
          class: `pm-q${drawn?.conflict ? ' pm-q--conflict' : ''}${badgeAt.hide}`,
          transform: `translate(${badgeAt.x} ${badgeAt.y})`,
          style: placedTransform(arc.badgeAt),
        })}><circle r="${layoutRadius(layout)}"/><text dy="0.35em">${esc(arc.badge)}</text></g>`;
  // The year ("latest" view) or the period of a partial figure, written on the arc, so no colour or width is
  // needed to tell a 1—6月 figure from a full year.
  const labelAt = arc.label === undefined || !arc.inFocus ? undefined : placedAt(arc.labelAt);
  const label =
    labelAt === undefined
      ? ''
      : `<text${attrs({ class: `pm-arc-label${labelAt.hide}`, x: labelAt.x, y: labelAt.y, dy: '0.35em', style: labelAt.style })}>${esc(arc.label ?? '')}</text>`;
  return (
    `<g${attrs({
      class: cls,
      tabindex: arc.inFocus ? 0 : -1,
      role: 'img',
      'aria-label': ariaLabel,
      // The two ends are the pair's (east--west); which way the figure runs is `data-direction`. The view (metric,
      // period) is its parent `<g class="pm-view">`'s. Nothing is repeated on each of an embed's ~400 arcs that the
      // arc says already: an arc without a figure (`data-status="none"`) has no value and no qualifier.
      'data-pair': arc.pair.id,
      'data-value': drawn?.value,
      'data-qualifier': drawn?.qualifier,
      'data-status': arc.status,
      'data-direction': drawn === undefined ? undefined : arc.direction,
      'data-fact': arc.figure?.factId,
      'data-conflict': drawn?.conflict === true ? '' : undefined,
      'data-width': arc.width,
      'data-tip': tip.join('\n'),
    })}>` + `<path class="pm-arc-hit" d="${rel(g.centerline)}"/>${shape}${badge}${label}</g>`
  );
}

function renderView(view: ViewLayout, active: boolean, layout: MapLayout): string {
  const arcs = view.arcs.map((a) => renderArc(a, view, layout)).join('');
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
    .flatMap((p) => {
      const l = p.label as NonNullable<ProvinceMark['label']>;
      const at = placedAt(l.at);
      if (at === undefined) return [];
      const programme = p.province?.programme ?? 'none';
      return [
        `<text${attrs({
          class: `pm-label pm-label--${programme}${at.hide}`,
          x: at.x,
          y: at.y,
          dy: '0.35em',
          style: at.style,
          'data-province': p.province?.id,
        })}>${esc(l.text)}</text>`,
      ];
    })
    .join('');
}

function renderLabels(layout: MapLayout): string {
  // A label that would overlap another is left out (the dot stays; the table names it); one that fits only at
  // desktop sizes is hidden on small maps by map.css.
  const pointLabels = layout.points.map((p) => {
    const at = placedAt(p.labelAt);
    // Left of its dot or right of it, per scale: the narrow side is a class when it differs from the wide one.
    const side = (q: Point | undefined): string => (q === undefined ? '' : q[0] < p.x ? 'end' : 'start');
    const wide = side(p.labelAt.wide ?? p.labelAt.narrow);
    const narrow = side(p.labelAt.narrow);
    const label =
      at === undefined
        ? ''
        : `<text${attrs({
            class: `pm-label pm-label--point${wide === 'end' ? ' pm-label--end' : ''}${narrow !== '' && narrow !== wide ? ` pm-label--n-${narrow}` : ''}${at.hide}`,
            x: at.x,
            y: at.y,
            style: at.style,
          })}>${esc(p.label)}</text>`;
    return `<circle class="pm-point pm-point--${p.side}" cx="${p.x}" cy="${p.y}" r="3.5"/>${label}`;
  });
  return `<g class="pm-labels" aria-hidden="true">${renderProvinceLabels(layout, true)}${pointLabels.join('')}</g>`;
}

/** One sentence for `<desc>`: what the map shows in the active view, generated from its arcs. */
function describeMap(layout: MapLayout, view: ViewLayout): string {
  const t = translator(layout.locale);
  const focus = layout.focus === undefined ? '' : t('map.svg.descFocus', { focus: layout.focus.label });
  return t('map.svg.desc', { focus, caption: view.caption });
}

/** Renders the map's `<svg>` element as a string. */
export function renderMapSvg(layout: MapLayout, options: RenderOptions): string {
  const { metric, period } = activeView(layout, options);
  const view = layout.views.find((v) => v.metric === metric && v.period === period) as ViewLayout;
  const id = (s: string): string => `${options.idPrefix}-${s}`;
  const words = translator(layout.locale);
  const title =
    layout.focus === undefined ? words('map.svg.title') : words('map.svg.titleFocus', { focus: layout.focus.label });
  // A zoomed map clips far provinces to nothing; leave them out.
  const drawn = layout.provinces.filter((p) => p.d !== '');
  const members = drawn.filter((p) => p.province !== undefined && p.province.programme !== 'none');
  const others = drawn.filter((p) => p.province === undefined || p.province.programme === 'none');
  // Shared outlines are in the page's coordinates: one transform brings them to this map's, and strokes and
  // hatching are scaled back so they look as on a map drawing its own outlines (map.css: --pm-outline-scale).
  const t = layout.shared?.transform;
  const moved = t !== undefined && (t.k !== 1 || t.tx !== 0 || t.ty !== 0);
  const k = moved ? Number(t.k.toPrecision(6)) : 1;
  const outlineTransform = moved ? ` transform="matrix(${k} 0 0 ${k} ${round2(t.tx)} ${round2(t.ty)})"` : '';
  const outlineScale = moved ? `; --pm-outline-scale: ${k}` : '';
  // The hatching's tiles then start where this map's own would (its origin moved back, its size scaled back).
  const hatchScale = moved
    ? `translate(${round2(-t.tx / k)} ${round2(-t.ty / k)}) scale(${Number((1 / k).toPrecision(6))}) `
    : '';
  return (
    `<svg${attrs({
      class: 'pm-svg',
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      // Not role="img": an img's children are presentational, which would hide the focusable arcs
      // and province links inside from assistive technology (axe: nested-interactive).
      role: 'graphics-document',
      // Text sizes per scale (layoutMapText): map.css sets every label from these.
      style: `--pm-fs:${layout.textSizes.wide}px;--pm-fs-n:${layout.textSizes.narrow}px`,
      'aria-roledescription': words('map.svg.roledescription'),
      'aria-labelledby': `${id('title')} ${id('desc')}`,
    })}>` +
    `<title id="${id('title')}">${esc(title)}</title>` +
    `<desc id="${id('desc')}">${esc(describeMap(layout, view))}</desc>` +
    `<defs><pattern id="${id('hatch')}" class="pm-hatch-pattern" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="${hatchScale}rotate(45)">` +
    `<line x1="0" y1="0" x2="0" y2="5"/></pattern></defs>` +
    `<g class="pm-provinces"${outlineTransform} style="--pm-hatch: url(#${id('hatch')})${outlineScale}">` +
    others.map((p) => renderProvince(p, layout.locale)).join('') +
    members.map((p) => renderProvince(p, layout.locale)).join('') +
    `</g>` +
    `<g class="pm-labels" aria-hidden="true">${renderProvinceLabels(layout, false)}</g>` +
    `<g class="pm-views">${layout.views.map((v) => renderView(v, v === view, layout)).join('')}</g>` +
    renderLabels(layout) +
    renderMapFrame(layout.frame, options.approvalNumber, layout.shared?.insetIds, layout.locale) +
    `</svg>`
  );
}
