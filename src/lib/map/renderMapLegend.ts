/**
 * The map's legend as HTML: the province key, and for each metric sample arcs at round values
 * in real units (亿元, 人, 万人), the dashed "no figure" line and the qualifier badges. The sample
 * arcs are small SVGs in the map's own units, sized with container query units so they scale
 * exactly like the map while the text stays at reading size. Pure string building.
 */

import { translator } from '../i18n/messages';
import { buildArcPath, buildTwoWayArcPath } from './buildArcPath';
import { escapeMarkup as esc } from './escapeMarkup';
import type { MapLayout } from './layoutPairingMap';
import { metricLabel, metricUnitText } from './mapText';
import type { MapMetric } from './types';

const SAMPLE_LENGTH = 56;

function sample(layout: MapLayout, inner: string, height: number): string {
  const style = `width:calc(100cqi * ${SAMPLE_LENGTH + 4} / ${layout.width});aspect-ratio:${SAMPLE_LENGTH + 4} / ${height}`;
  return `<svg class="pm-sample" viewBox="-2 ${-height / 2} ${SAMPLE_LENGTH + 4} ${height}" style="${style}" aria-hidden="true">${inner}</svg>`;
}

/** Renders the legend; the active metric's part is marked `data-active`. */
export function renderMapLegend(layout: MapLayout, activeMetric: MapMetric): string {
  const t = translator(layout.locale);
  const metrics = [...new Set(layout.views.map((v) => v.metric))];
  const key =
    `<ul class="pm-key">` +
    `<li><span class="pm-swatch pm-swatch--east"></span>${t('map.key.east')}</li>` +
    `<li><span class="pm-swatch pm-swatch--west"></span>${t('map.key.west')}</li></ul>`;
  const parts = metrics.map((metric) => {
    const view = layout.views.find((v) => v.metric === metric);
    const ticks = (view?.legend ?? []).map((tick) => {
      const arrow = buildArcPath([0, 0], [SAMPLE_LENGTH, 0], { bend: 0, side: 'left', startWidth: tick.width });
      const h = Math.ceil(Math.max(tick.width, 10) + 4);
      return `<li>${sample(layout, `<path class="pm-arc-shape" d="${arrow.d}"/>`, h)}<span>${esc(tick.label)}</span></li>`;
    });
    const line = buildArcPath([0, 0], [SAMPLE_LENGTH, 0], { bend: 0, side: 'left', startWidth: 1.2 });
    const lineSample = (cls: string): string =>
      sample(
        layout,
        `<g class="${cls}"><path class="pm-arc-line" d="${line.centerline}"/><path class="pm-arc-head" d="${line.head}"/></g>`,
        12,
      );
    const mid = buildArcPath([0, 0], [SAMPLE_LENGTH, 0], { bend: 0, side: 'left', startWidth: 8 });
    const twoWay = buildTwoWayArcPath([0, 0], [SAMPLE_LENGTH, 0], { bend: 0, side: 'left', startWidth: 6 });
    const thin = buildArcPath([0, 0], [SAMPLE_LENGTH, 0], { bend: 0, side: 'left', startWidth: 1.6 });
    // Every direction and kind has its own shape, so the legend (and the map) read without colour.
    const kinds =
      `<li>${sample(layout, `<g class="pm-arc--reverse"><path class="pm-arc-shape" d="${mid.d}"/></g>`, 14)}<span>${t('map.key.reverse')}</span></li>` +
      `<li>${sample(layout, `<g class="pm-arc--mutual"><path class="pm-arc-shape" d="${twoWay.d}"/></g>`, 14)}<span>${t('map.key.mutual')}</span></li>` +
      `<li>${sample(layout, `<g class="pm-arc--partial"><path class="pm-arc-shape" d="${thin.d}"/></g>`, 12)}<span>${t('map.key.partial')}</span></li>` +
      `<li>${lineSample('pm-arc--below')}<span>${t('map.key.below')}</span></li>` +
      `<li>${lineSample('pm-arc--none')}<span>${t('map.key.none')}</span></li>`;
    const badges = `<li><span class="pm-badge">≥</span><span class="pm-badge">${t('map.key.badgeApprox')}</span><span>${t('map.key.badges')}</span></li><li><span class="pm-badge pm-badge--conflict">!</span><span>${t('map.key.conflict')}</span></li>`;
    return (
      `<div class="pm-legend-metric" data-metric="${metric}"${metric === activeMetric ? ' data-active=""' : ''}>` +
      `<p class="pm-legend-title">${esc(t('map.key.title', { metric: metricLabel(metric, layout.locale), unit: metricUnitText(metric, layout.locale) }))}</p>` +
      `<ul class="pm-ticks">${ticks.join('')}${kinds}${badges}</ul></div>`
    );
  });
  return `<div class="pm-legend">${key}${parts.join('')}</div>`;
}
