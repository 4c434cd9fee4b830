/**
 * The metric radio group and period select above the map. They show only where JS runs:
 * an inline script in the page head marks <html class="js"> before first paint (no layout shift), and map.css hides them otherwise, so a reader without JS sees no dead controls.
 * Pure string building.
 */
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
  const metrics = [...new Set(layout.views.map((v) => v.metric))];
  const radios = metrics
    .map(
      (m) =>
        `<label class="pm-radio"><input type="radio" name="${esc(idPrefix)}-metric" value="${m}"` +
        ` data-default-period="${esc(defaultPeriodFor(layout, m) ?? '')}"${m === active.metric ? ' checked' : ''}>` +
        `<span>${esc(metricLabel(m))}</span></label>`,
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
    `<fieldset class="pm-metrics"><legend>指标</legend>${radios}</fieldset>` +
    `<label class="pm-period"><span>时期</span><select name="${esc(idPrefix)}-period">${options}</select></label>` +
    `<p class="pm-status" role="status" aria-live="polite"></p>` +
    `</div>`
  );
}
