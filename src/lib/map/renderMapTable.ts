/**
 * The table under the map: the same figures as the arcs, one `<tbody>` per (metric, period)
 * view — only the active one shows — for screen readers and for readers who prefer numbers.
 * Pure string building.
 */
import { escapeMarkup as esc } from './escapeMarkup';
import type { ArcMark, MapLayout, ViewLayout } from './layoutPairingMap';
import { metricLabel, NO_FIGURE_TEXT, qualifierText, TARGET_TEXT } from './mapText';
import type { MapFigure, MapMetric } from './types';

function figureRow(pairText: string, figure: MapFigure, flow: string): string {
  const notes = [figure.status === 'target' ? `${TARGET_TEXT}（计划，非完成数）` : '', qualifierText(figure.qualifier)]
    .filter((t) => t !== '')
    .join('；');
  const s = figure.source;
  return (
    `<tr data-pair="${esc(figure.pair)}"><th scope="row">${esc(pairText)}</th><td data-label="流向">${esc(flow)}</td>` +
    `<td class="pm-num" data-label="数字">${esc(figure.expression)}</td><td data-label="时期">${esc(figure.periodLabel)}</td>` +
    `<td data-label="说明">${esc(notes)}</td>` +
    // The figure links to its quoted clause on the source's page (the audit trail).
    `<td data-label="来源"><a href="/source/${esc(s.id)}/#fact-${esc(figure.factId)}"><cite>${esc(s.title)}</cite></a>，` +
    `${esc(s.outlet)}，<time datetime="${esc(s.date)}">${esc(s.date)}</time></td></tr>`
  );
}

function arcRows(arc: ArcMark, view: ViewLayout): string {
  const pairText = `${arc.pair.eastLabel}—${arc.pair.westLabel}`;
  const flow = (f: MapFigure): string =>
    f.direction === 'east-to-west'
      ? `${arc.pair.eastLabel}→${arc.pair.westLabel}`
      : `${arc.pair.westLabel}→${arc.pair.eastLabel}`;
  const figures = [...(arc.selected.kind === 'figure' ? [arc.selected.figure] : []), ...arc.others];
  if (figures.length === 0 || arc.selected.kind !== 'figure') {
    const none =
      `<tr data-pair="${esc(arc.pair.id)}" class="pm-row--none"><th scope="row">${esc(pairText)}</th><td></td>` +
      `<td class="pm-num" data-label="数字">${esc(NO_FIGURE_TEXT)}</td><td data-label="时期">${esc(view.periodLabel)}</td><td></td><td></td></tr>`;
    return none + figures.map((f) => figureRow(pairText, f, flow(f))).join('');
  }
  return figures.map((f) => figureRow(pairText, f, flow(f))).join('');
}

/** Renders the figures table for every view; the active view's body is marked `data-active`. */
export function renderMapTable(
  layout: MapLayout,
  active: { metric: MapMetric; period: string },
  caption: string,
): string {
  const bodies = layout.views.map((view) => {
    const isActive = view.metric === active.metric && view.period === active.period;
    const national = view.national === undefined ? '' : figureRow('全国', view.national, '东部→西部');
    // A focused map lists the pairings in its focus; the faded context arcs are on the national map.
    const rows = view.arcs
      .filter((a) => a.inFocus)
      .sort((a, b) => Number(a.fine) - Number(b.fine))
      .map((a) => arcRows(a, view))
      .join('');
    return (
      `<tbody class="pm-view-rows" data-metric="${view.metric}" data-period="${esc(view.period)}"${isActive ? ' data-active=""' : ''}>` +
      `<tr class="pm-row--head"><th scope="rowgroup" colspan="6">${esc(metricLabel(view.metric))} · ${esc(view.periodLabel)}</th></tr>` +
      `${national}${rows}</tbody>`
    );
  });
  return (
    `<table class="pm-table"><caption>${esc(caption)}</caption>` +
    `<thead><tr><th scope="col">结对</th><th scope="col">流向</th><th scope="col">数字（原文）</th>` +
    `<th scope="col">时期</th><th scope="col">说明</th><th scope="col">来源</th></tr></thead>${bodies.join('')}</table>`
  );
}
