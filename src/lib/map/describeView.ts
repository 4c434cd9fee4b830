/**
 * The words for one map view, generated from the arcs it actually draws: the caption line under the map (and the
 * SVG's description), and one note per figure that is shown but not sized. Pure.
 */
import type { Locale } from '../i18n/locale';
import { translator } from '../i18n/messages';
import type { ArcMark } from './layoutPairingMap';
import { metricLabel, metricUnitText } from './mapText';
import type { MapMetric } from './types';

/** The view that shows each pair's latest full-year figure, with its year on the arc. */
export const LATEST = 'latest';

/** The view's name in the period menu and captions: 2023年, 各结对最近一年. */
export function viewLabel(period: string, locale: Locale = 'zh'): string {
  const t = translator(locale);
  return period === LATEST ? t('map.view.latest') : t('map.view.year', { year: period });
}

function flowText(arc: ArcMark, locale: Locale): string {
  const arrow = arc.direction === 'mutual' ? '⇄' : '→';
  return locale === 'zh' ? `${arc.fromLabel}${arrow}${arc.toLabel}` : `${arc.fromLabel} ${arrow} ${arc.toLabel}`;
}

/** Caption and notes for the arcs of a view (pass only the arcs in focus). */
export function captionOf(
  metric: MapMetric,
  period: string,
  arcs: readonly ArcMark[],
  locale: Locale = 'zh',
): { caption: string; notes: string[] } {
  const t = translator(locale);
  const label = metricLabel(metric, locale);
  const count = (test: (a: ArcMark) => boolean): number => arcs.filter(test).length;
  const sized = count((a) => a.status === 'figure');
  const partial = arcs.filter((a) => a.status === 'partial');
  const reverse = count((a) => a.status !== 'none' && a.direction === 'west-to-east');
  const mutual = count((a) => (a.status === 'figure' || a.status === 'partial') && a.direction === 'mutual');
  const below = count((a) => a.status === 'below');
  const none = count((a) => a.status === 'none' || a.status === 'target');
  const years = [...new Set(arcs.filter((a) => a.status === 'figure').map((a) => a.figure?.year ?? ''))].sort();
  const head =
    period === LATEST
      ? years.length > 1
        ? t('map.caption.headLatestRange', { metric: label, first: years[0] ?? '', last: years.at(-1) ?? '' })
        : t('map.caption.headLatestYear', { metric: label, year: years[0] ?? '' })
      : t('map.caption.headYear', { metric: label, year: period });
  const parts = [
    sized > 0
      ? t(sized === 1 ? 'map.caption.sizedOne' : 'map.caption.sized', {
          n: sized,
          unit: metricUnitText(metric, locale),
        })
      : t('map.caption.noneSized'),
    partial.length > 0
      ? t(partial.length === 1 ? 'map.caption.partialOne' : 'map.caption.partial', { n: partial.length })
      : '',
    reverse > 0 ? t('map.caption.reverse') : '',
    mutual > 0 ? t('map.caption.mutual') : '',
    below > 0 ? t(below === 1 ? 'map.caption.belowOne' : 'map.caption.below', { n: below }) : '',
    none > 0 ? t(none === 1 ? 'map.caption.noneOne' : 'map.caption.none', { n: none }) : '',
  ].filter((p) => p !== '');
  const notes = partial.map((a) =>
    t('map.caption.note', {
      flow: flowText(a, locale),
      figure: a.figure?.expression ?? '',
      period: a.figure?.periodLabel ?? '',
    }),
  );
  const arrow = metric === 'labor' ? t('map.laborArrow') : '';
  return {
    caption: t('map.caption.sentence', { head, parts: parts.join(t('map.caption.join')), arrow }).trimEnd(),
    notes,
  };
}
