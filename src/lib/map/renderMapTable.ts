/**
 * The table under the map: the same figures as the arcs, one `<tbody>` per (metric, period)
 * view — only the active one shows — for screen readers and for readers who prefer numbers.
 * Pure string building.
 */

import { linkIn } from '../i18n/editions';
import { outletIn } from '../i18n/english/outletNamesEn';
import { isUnrecordedTitle, SOURCE_TITLE_GLOSS_EN } from '../i18n/english/sourceTitlesEn';
import type { Locale } from '../i18n/locale';
import { type MessageKey, translator } from '../i18n/messages';
import { escapeMarkup as esc } from './escapeMarkup';
import type { ArcMark, MapLayout, ViewLayout } from './layoutPairingMap';
import { metricLabel, periodDoubtNote, qualifierNote } from './mapText';
import type { MapFigure, MapMetric } from './types';

type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** Chinese in an English table (source titles and outlets) is marked as such. */
function zhAttr(locale: Locale): string {
  return locale === 'zh' ? '' : ' lang="zh-CN"';
}

/**
 * The source's title and outlet as the table prints them. An English table gives our English gloss of the title
 * where there is one, the article's Chinese title (marked) otherwise, and "untitled article" for a title of ours;
 * the outlet in English where we know its English name.
 */
function sourceCell(s: MapFigure['source'], locale: Locale): { title: string; outlet: string } {
  if (locale === 'zh') return { title: `<cite>${esc(s.title)}</cite>`, outlet: esc(s.outlet) };
  const gloss = SOURCE_TITLE_GLOSS_EN[s.id];
  const name = outletIn(s.outlet, locale);
  return {
    title:
      gloss !== undefined
        ? `<cite>${esc(gloss)}</cite>`
        : isUnrecordedTitle(s.title)
          ? esc(translator(locale)('map.table.untitled'))
          : `<cite${zhAttr(locale)}>${esc(s.title)}</cite>`,
    outlet: name.lang === undefined ? esc(name.text) : `<span lang="${name.lang}">${esc(name.text)}</span>`,
  };
}

function figureRow(
  pairText: string,
  figure: MapFigure,
  flow: string,
  t: Translate,
  locale: Locale,
  extraNote = '',
): string {
  const notes = [
    figure.status === 'target' ? t('map.table.target') : '',
    figure.direction === 'mutual' ? t('map.table.mutual') : '',
    figure.comparable || figure.status === 'target' ? '' : t('map.table.partial'),
    figure.conflict ? t('map.table.conflict') : '',
    periodDoubtNote(figure, locale),
    qualifierNote(figure, locale),
    extraNote,
  ]
    .filter((text) => text !== '')
    .join(t('map.table.notesJoin'));
  const s = figure.source;
  const sep = t('map.table.sourceSep');
  const { outlet, title } = sourceCell(s, locale);
  return (
    `<tr data-pair="${esc(figure.pair)}"><th scope="row">${esc(pairText)}</th><td data-label="${t('map.table.flow')}">${esc(flow)}</td>` +
    `<td class="pm-num" data-label="${t('map.table.figure')}">${esc(figure.expression)}</td><td data-label="${t('map.table.period')}">${esc(figure.periodLabel)}</td>` +
    `<td data-label="${t('map.table.notes')}">${esc(notes)}</td>` +
    // The figure links to its quoted clause on the source's page (the audit trail).
    `<td data-label="${t('map.table.source')}"><a href="${esc(linkIn(`/source/${s.id}/#fact-${figure.factId}`, locale))}">${title}</a>${sep}` +
    `${outlet}${sep}<time datetime="${esc(s.date)}">${esc(s.date)}</time></td></tr>`
  );
}

const SUB_FLOW_KEY: Record<MapFigure['direction'], MessageKey> = {
  'east-to-west': 'map.table.subEastToWest',
  'west-to-east': 'map.table.subWestToEast',
  mutual: 'map.table.subMutual',
};

/** `浙江→四川`, `四川→浙江`, `粤⇄桂` as the figure flows. */
function flowOf(pair: ArcMark['pair'], f: MapFigure, t: Translate): string {
  if (f.direction === 'mutual') return t('map.table.mutualFlow', { east: pair.eastLabel, west: pair.westLabel });
  return f.direction === 'east-to-west'
    ? t('map.table.flowArrow', { from: pair.eastLabel, to: pair.westLabel })
    : t('map.table.flowArrow', { from: pair.westLabel, to: pair.eastLabel });
}

function arcRows(arc: ArcMark, view: ViewLayout, layout: MapLayout, t: Translate): string {
  const locale = layout.locale;
  const pairText = t('map.pairName', { east: arc.pair.eastLabel, west: arc.pair.westLabel });
  if (arc.status === 'figure' || arc.status === 'partial') {
    const f = arc.figure as MapFigure;
    return [
      figureRow(pairText, f, flowOf(arc.pair, f, t), t, locale),
      ...arc.others.map((o) => figureRow(pairText, o, flowOf(arc.pair, o, t), t, locale)),
    ].join('');
  }
  const text = arc.status === 'below' ? t('map.arc.below') : t('map.noFigure');
  const none =
    `<tr data-pair="${esc(arc.pair.id)}" class="pm-row--none"><th scope="row">${esc(pairText)}</th><td></td>` +
    `<td class="pm-num" data-label="${t('map.table.figure')}">${esc(text)}</td><td data-label="${t('map.table.period')}">${esc(view.periodLabel)}</td><td></td><td></td></tr>`;
  // A focused map lists the city and county arcs themselves; the national map names them under the province pair.
  // Named like the province rows: the pairing (惠州—黔西南) in the first column, its flow (惠州→黔西南) in the second.
  const below = (layout.focus === undefined ? arc.below : []).map((f) => {
    const sub = layout.pairLabels[f.pair] ?? f.places ?? f.pair;
    // The Chinese table writes flows without spaces (惠州→黔西南); the places come spaced (惠州 → 黔西南).
    const places = locale === 'zh' ? f.places?.replaceAll(' ', '') : f.places;
    const flow =
      places === undefined
        ? t(SUB_FLOW_KEY[f.direction])
        : `${places}${f.direction === 'mutual' ? t('map.table.mutualMark') : ''}`;
    return figureRow(sub, f, flow, t, locale, t('map.table.within'));
  });
  const plans = [...(arc.figure === undefined ? [] : [arc.figure]), ...arc.others];
  return none + below.join('') + plans.map((f) => figureRow(pairText, f, flowOf(arc.pair, f, t), t, locale)).join('');
}

/** Renders the figures table for every view; the active view's body is marked `data-active`. */
export function renderMapTable(
  layout: MapLayout,
  active: { metric: MapMetric; period: string },
  caption: string,
): string {
  const t = translator(layout.locale);
  const bodies = layout.views.map((view) => {
    const isActive = view.metric === active.metric && view.period === active.period;
    const national =
      view.national === undefined
        ? ''
        : figureRow(
            t('map.table.national'),
            view.national,
            view.national.direction === 'mutual' ? t('map.table.nationalMutual') : t('map.table.subEastToWest'),
            t,
            layout.locale,
          );
    // A focused map lists the pairings in its focus; the faded context arcs are on the national map.
    const rows = view.arcs
      .filter((a) => a.inFocus)
      .sort((a, b) => Number(a.fine) - Number(b.fine))
      .map((a) => arcRows(a, view, layout, t))
      .join('');
    return (
      `<tbody class="pm-view-rows" data-metric="${view.metric}" data-period="${esc(view.period)}"${isActive ? ' data-active=""' : ''}>` +
      `<tr class="pm-row--head"><th scope="rowgroup" colspan="6">${esc(metricLabel(view.metric, layout.locale))} · ${esc(view.periodLabel)}</th></tr>` +
      `${national}${rows}</tbody>`
    );
  });
  return (
    `<table class="pm-table"><caption>${esc(caption)}</caption>` +
    `<thead><tr><th scope="col">${t('map.table.pair')}</th><th scope="col">${t('map.table.flow')}</th><th scope="col">${t('map.table.figureHead')}</th>` +
    `<th scope="col">${t('map.table.period')}</th><th scope="col">${t('map.table.notes')}</th><th scope="col">${t('map.table.source')}</th></tr></thead>${bodies.join('')}</table>`
  );
}
