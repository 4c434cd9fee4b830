/**
 * The words for one arc in one view: its accessible name and its tooltip lines. Pure.
 * A missing figure says so in words; it is never written as 0. Every figure carries its period and direction.
 */
import type { Locale } from '../i18n/locale';
import { translate, translator } from '../i18n/messages';
import type { ArcMark, ViewLayout } from './layoutPairingMap';
import { metricLabel, qualifierNote, sourceText } from './mapText';
import type { MapDirection, MapFigure } from './types';

export interface ArcDescription {
  ariaLabel: string;
  /** Tooltip lines; the first is the heading. */
  tip: string[];
}

/** What the arc says when the province pair has no figure but a city or county pairing below it has. */
export const BELOW_TEXT = translate('zh', 'map.arc.below');

const DIRECTION_KEY = {
  'east-to-west': 'map.arc.eastToWest',
  'west-to-east': 'map.arc.westToEast',
  mutual: 'map.arc.mutual',
} as const satisfies Record<MapDirection, string>;

export const DIRECTION_TEXT: Record<MapDirection, string> = {
  'east-to-west': translate('zh', DIRECTION_KEY['east-to-west']),
  'west-to-east': translate('zh', DIRECTION_KEY['west-to-east']),
  mutual: translate('zh', DIRECTION_KEY.mutual),
};

function figureLine(figure: MapFigure, locale: Locale): string {
  const q = qualifierNote(figure, locale);
  return q === '' ? figure.expression : translate(locale, 'map.arc.qualified', { figure: figure.expression, note: q });
}

/** Describes an arc for screen readers and the tooltip. */
export function describeArc(
  arc: ArcMark,
  view: ViewLayout,
  pairLabel: (id: string) => string,
  locale: Locale = 'zh',
): ArcDescription {
  const t = translator(locale);
  const metric = metricLabel(view.metric, locale);
  const heading = `${arc.fromLabel} ${arc.direction === 'mutual' ? '⇄' : '→'} ${arc.toLabel}`;
  const targetLine = (g: MapFigure): string => t('map.arc.targetLine', { figure: g.expression, period: g.periodLabel });
  const extra = arc.others.map(targetLine);
  const pair = t('map.pairName', { east: arc.pair.eastLabel, west: arc.pair.westLabel });
  const tipPair = t('map.arc.tipPair', { east: arc.pair.eastLabel, west: arc.pair.westLabel });
  const f = arc.figure;
  if ((arc.status === 'figure' || arc.status === 'partial') && f !== undefined) {
    const line = t('map.arc.figureLine', { metric, figure: figureLine(f, locale) });
    const lines = [
      t(DIRECTION_KEY[f.direction]),
      f.periodLabel,
      arc.status === 'partial' ? t('map.arc.partial') : '',
      f.conflict ? t('map.arc.conflict') : '',
    ].filter((l) => l !== '');
    const source = sourceText(f, locale);
    return {
      ariaLabel: t('map.arc.ariaFigure', {
        from: arc.fromLabel,
        arrow: arc.direction === 'mutual' ? t('map.arc.ariaWith') : '→',
        to: arc.toLabel,
        line,
        details: lines.join(t('map.arc.detailsJoin')),
        source: locale === 'zh' ? source : t('map.arc.ariaSource'),
      }),
      tip: [heading, line, ...lines, t('map.arc.source', { source }), ...extra],
    };
  }
  if (arc.status === 'below') {
    const subs = arc.below.map((b) =>
      t('map.arc.sub', { places: b.places ?? pairLabel(b.pair), figure: b.expression, period: b.periodLabel }),
    );
    const below = t('map.arc.below');
    return {
      ariaLabel: t('map.arc.ariaBelow', {
        pair,
        metric,
        below,
        subs: subs.join(t('map.arc.subJoin')),
        period: view.periodLabel,
      }),
      tip: [tipPair, t('map.arc.figureLine', { metric, figure: below }), ...subs, view.periodLabel],
    };
  }
  const target = arc.status === 'target' && f !== undefined ? [targetLine(f)] : [];
  const all = [...target, ...extra];
  const line = t('map.arc.figureLine', { metric, figure: t('map.noFigure') });
  const more = all.length > 0 ? t('map.arc.ariaMore', { plans: all.join(t('map.arc.subJoin')) }) : '';
  return {
    ariaLabel: t('map.arc.ariaNone', { pair, line, period: view.periodLabel, more }),
    tip: [tipPair, line, view.periodLabel, ...all],
  };
}
