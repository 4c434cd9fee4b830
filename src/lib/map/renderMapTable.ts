/**
 * The table under the map: the same figures as the arcs, one `<tbody>` per (metric, period)
 * view — only the active one shows — for screen readers and for readers who prefer numbers.
 * Pure string building.
 */

import { BELOW_TEXT } from './describeArc';
import { escapeMarkup as esc } from './escapeMarkup';
import type { ArcMark, MapLayout, ViewLayout } from './layoutPairingMap';
import { metricLabel, NO_FIGURE_TEXT, periodDoubtNote, qualifierNote, TARGET_TEXT } from './mapText';
import type { MapFigure, MapMetric } from './types';

function figureRow(pairText: string, figure: MapFigure, flow: string, extraNote = ''): string {
  const notes = [
    figure.status === 'target' ? `${TARGET_TEXT}（计划，非完成数）` : '',
    figure.direction === 'mutual' ? '互派：两个方向合计' : '',
    figure.comparable || figure.status === 'target' ? '' : '非全年数字，不按线宽比较',
    figure.conflict ? '来源不一致' : '',
    figure.periodInDoubt === undefined ? '' : periodDoubtNote(figure.periodInDoubt),
    qualifierNote(figure),
    extraNote,
  ]
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

const DIRECTION_WORDS: Record<MapFigure['direction'], string> = {
  'east-to-west': '东部→西部',
  'west-to-east': '西部→东部',
  mutual: '互派',
};

/** `浙江→四川`, `四川→浙江`, `粤⇄桂` as the figure flows. */
function flowOf(pair: ArcMark['pair'], f: MapFigure): string {
  if (f.direction === 'mutual') return `${pair.eastLabel}⇄${pair.westLabel}（互派）`;
  return f.direction === 'east-to-west' ? `${pair.eastLabel}→${pair.westLabel}` : `${pair.westLabel}→${pair.eastLabel}`;
}

function arcRows(arc: ArcMark, view: ViewLayout, layout: MapLayout): string {
  const pairText = `${arc.pair.eastLabel}—${arc.pair.westLabel}`;
  if (arc.status === 'figure' || arc.status === 'partial') {
    const f = arc.figure as MapFigure;
    return [
      figureRow(pairText, f, flowOf(arc.pair, f)),
      ...arc.others.map((o) => figureRow(pairText, o, flowOf(arc.pair, o))),
    ].join('');
  }
  const text = arc.status === 'below' ? BELOW_TEXT : NO_FIGURE_TEXT;
  const none =
    `<tr data-pair="${esc(arc.pair.id)}" class="pm-row--none"><th scope="row">${esc(pairText)}</th><td></td>` +
    `<td class="pm-num" data-label="数字">${esc(text)}</td><td data-label="时期">${esc(view.periodLabel)}</td><td></td><td></td></tr>`;
  // A focused map lists the city and county arcs themselves; the national map names them under the province pair.
  // Named like the province rows: the pairing (惠州—黔西南) in the first column, its flow (惠州→黔西南) in the second.
  const below = (layout.focus === undefined ? arc.below : []).map((f) => {
    const sub = layout.pairLabels[f.pair] ?? f.places ?? f.pair;
    const places = f.places?.replaceAll(' ', '');
    const flow =
      places === undefined ? DIRECTION_WORDS[f.direction] : `${places}${f.direction === 'mutual' ? '（互派）' : ''}`;
    return figureRow(sub, f, flow, '市县范围，不计入省级');
  });
  const plans = [...(arc.figure === undefined ? [] : [arc.figure]), ...arc.others];
  return none + below.join('') + plans.map((f) => figureRow(pairText, f, flowOf(arc.pair, f))).join('');
}

/** Renders the figures table for every view; the active view's body is marked `data-active`. */
export function renderMapTable(
  layout: MapLayout,
  active: { metric: MapMetric; period: string },
  caption: string,
): string {
  const bodies = layout.views.map((view) => {
    const isActive = view.metric === active.metric && view.period === active.period;
    const national =
      view.national === undefined
        ? ''
        : figureRow('全国', view.national, view.national.direction === 'mutual' ? '东西部互派' : '东部→西部');
    // A focused map lists the pairings in its focus; the faded context arcs are on the national map.
    const rows = view.arcs
      .filter((a) => a.inFocus)
      .sort((a, b) => Number(a.fine) - Number(b.fine))
      .map((a) => arcRows(a, view, layout))
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
