/**
 * The metric radio group and period select above the map. They show only where JS runs:
 * an inline script in the page head marks <html class="js"> before first paint (no layout shift), and map.css hides them otherwise, so a reader without JS sees no dead controls.
 * Pure string building.
 */
import { translator } from '../i18n/messages';
import { escapeMarkup as esc } from './escapeMarkup';
import type { MapLayout } from './layoutPairingMap';
import { metricLabel } from './mapText';
import type { MapMetric } from './types';

/** The period a metric opens on: the default period when it has it, else its latest. */
export function defaultPeriodFor(layout: MapLayout, metric: MapMetric): string | undefined {
  const periods = layout.views.filter((v) => v.metric === metric).map((v) => v.period);
  if (layout.defaults.metric === metric && periods.includes(layout.defaults.period)) return layout.defaults.period;
  return periods[periods.length - 1];
}

/** Renders the controls for the metrics and periods that have views. */
export function renderMapControls(
  layout: MapLayout,
  active: { metric: MapMetric; period: string },
  idPrefix: string,
): string {
  const t = translator(layout.locale);
  const metrics = [...new Set(layout.views.map((v) => v.metric))];
  const radios = metrics
    .map(
      (m) =>
        `<label class="pm-radio"><input type="radio" name="${esc(idPrefix)}-metric" value="${m}"` +
        ` data-default-period="${esc(defaultPeriodFor(layout, m) ?? '')}"${m === active.metric ? ' checked' : ''}>` +
        `<span>${esc(metricLabel(m, layout.locale))}</span></label>`,
    )
    .join('');
  const seen = new Map<string, { label: string; metrics: MapMetric[] }>();
  for (const v of layout.views) {
    const entry = seen.get(v.period) ?? { label: v.periodLabel, metrics: [] };
    entry.metrics.push(v.metric);
    seen.set(v.period, entry);
  }
  const options = [...seen.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, { label, metrics: ms }]) => {
      const available = ms.includes(active.metric);
      return (
        `<option value="${esc(period)}" data-metrics="${ms.join(' ')}"${period === active.period ? ' selected' : ''}` +
        `${available ? '' : ' hidden disabled'}>${esc(label)}</option>`
      );
    })
    .join('');
  return (
    `<div class="pm-controls" data-controls>` +
    `<fieldset class="pm-metrics"><legend>${t('map.controls.metric')}</legend>${radios}</fieldset>` +
    `<label class="pm-period"><span>${t('map.controls.period')}</span><select name="${esc(idPrefix)}-period">${options}</select></label>` +
    `<p class="pm-status" role="status" aria-live="polite"${layout.locale === 'zh' ? '' : ` data-showing="${esc(t('map.controls.showing'))}"`}></p>` +
    `</div>`
  );
}

/** The id prefix of the map on an embed page, which keeps every view (the target of a split page's view links). */
export const EMBED_MAP_ID_PREFIX = 'embed-map';

/** The id of the empty anchor a no-JS view link targets. */
export function viewAnchorId(idPrefix: string, metric: MapMetric, period: string): string {
  return `${idPrefix}-v-${metric}-${period}`;
}

/**
 * The controls for readers without JS: every view of the map as a link to `#<idPrefix>-v-<metric>-<period>`, an
 * empty anchor inside the map. All views are already in the page, so CSS alone shows the targeted one (`:target`
 * inside `:has()`; a small per-map style names the views) — the same map, on the same page, at a URL that can be
 * shared; the element's script honours the same fragment. Hidden where JS runs (the radios and menu take over).
 */
export function renderMapViewLinks(
  layout: MapLayout,
  active: { metric: MapMetric; period: string },
  idPrefix: string,
): { links: string; style: string } {
  const metrics = [...new Set(layout.views.map((v) => v.metric))];
  const anchors = layout.views
    .map((v) => `<span class="pm-anchor" id="${esc(viewAnchorId(idPrefix, v.metric, v.period))}"></span>`)
    .join('');
  const rows = metrics
    .map((m) => {
      const links = layout.views
        .filter((v) => v.metric === m)
        .map((v) => {
          const current = v.metric === active.metric && v.period === active.period ? ' aria-current="true"' : '';
          return `<a href="#${esc(viewAnchorId(idPrefix, v.metric, v.period))}"${current}>${esc(v.periodLabel)}</a>`;
        })
        .join('');
      return `<li><span class="pm-nojs-metric">${esc(metricLabel(m, layout.locale))}</span>${links}</li>`;
    })
    .join('');
  const scope = (v: { metric: MapMetric; period: string }): string =>
    `:root:not(.js) #${idPrefix}:has(#${viewAnchorId(idPrefix, v.metric, v.period)}:target)`;
  const rules = layout.views
    .map((v) => {
      const s = scope(v);
      return (
        `${s} :is(.pm-view,.pm-view-rows,.pm-national,.pm-view-caption):not([data-metric="${v.metric}"][data-period="${v.period}"]),` +
        `${s} .pm-legend-metric:not([data-metric="${v.metric}"]){display:none}` +
        `${s} a[href="#${viewAnchorId(idPrefix, v.metric, v.period)}"]{background:var(--pm-ink);color:var(--pm-paper)}`
      );
    })
    .join('');
  // The style goes outside the <figure> (where <style> is not allowed), inside <shanhai-map>, and inside <noscript>:
  // only a reader without JS needs it, and where JS runs its 18 `:has(:target)` rules made Chromium restyle the map
  // as the page was parsed (an embed with every view spent 4× longer on style, one 0.8–1 s task on a throttled phone).
  return {
    links: `${anchors}<div class="pm-nojs"><p class="pm-nojs-title">${translator(layout.locale)('map.controls.choose')}</p><ul>${rows}</ul></div>`,
    style: `<noscript><style>${rules}</style></noscript>`,
  };
}
