/**
 * The words for one arc in one view: its accessible name and its tooltip lines. Pure.
 * A missing figure says so in words; it is never written as 0. Every figure carries its period and direction.
 */
import type { ArcMark, ViewLayout } from './layoutPairingMap';
import { metricLabel, NO_FIGURE_TEXT, periodDoubtNote, qualifierNote, sourceText, TARGET_TEXT } from './mapText';
import type { MapDirection, MapFigure } from './types';

export interface ArcDescription {
  ariaLabel: string;
  /** Tooltip lines; the first is the heading. */
  tip: string[];
}

/** What the arc says when the province pair has no figure but a city or county pairing below it has. */
export const BELOW_TEXT = '省级无数字；其下的市县结对有数字';

export const DIRECTION_TEXT: Record<MapDirection, string> = {
  'east-to-west': '东部→西部',
  'west-to-east': '西部→东部（反向）',
  mutual: '互派（双向合计，一个数字含两个方向）',
};

function figureLine(figure: MapFigure): string {
  const q = qualifierNote(figure);
  return `${figure.expression}${q === '' ? '' : `（${q}）`}`;
}

/** Describes an arc for screen readers and the tooltip. */
export function describeArc(arc: ArcMark, view: ViewLayout, pairLabel: (id: string) => string): ArcDescription {
  const metric = metricLabel(view.metric);
  const heading = `${arc.fromLabel} ${arc.direction === 'mutual' ? '⇄' : '→'} ${arc.toLabel}`;
  const extra = arc.others.map((f) => `${TARGET_TEXT}：${f.expression}（${f.periodLabel}，计划，非完成数）`);
  const f = arc.figure;
  if ((arc.status === 'figure' || arc.status === 'partial') && f !== undefined) {
    const line = `${metric}：${figureLine(f)}`;
    const lines = [
      DIRECTION_TEXT[f.direction],
      f.periodLabel,
      arc.status === 'partial' ? '不是全年数字：细线表示，不按线宽比较' : '',
      f.conflict ? '来源不一致：与另一来源的数字对不上，见来源页' : '',
      f.periodInDoubt === undefined ? '' : periodDoubtNote(f.periodInDoubt),
    ].filter((l) => l !== '');
    return {
      ariaLabel: `${arc.fromLabel}${arc.direction === 'mutual' ? '与' : '→'}${arc.toLabel}，${line}，${lines.join('，')}。来源：${sourceText(f)}`,
      tip: [heading, line, ...lines, `来源：${sourceText(f)}`, ...extra],
    };
  }
  if (arc.status === 'below') {
    const subs = arc.below.map((b) => `${b.places ?? pairLabel(b.pair)} ${b.expression}（${b.periodLabel}）`);
    return {
      ariaLabel: `${arc.pair.eastLabel}—${arc.pair.westLabel}，${metric}：${BELOW_TEXT}：${subs.join('；')}，${view.periodLabel}`,
      tip: [`${arc.pair.eastLabel} — ${arc.pair.westLabel}`, `${metric}：${BELOW_TEXT}`, ...subs, view.periodLabel],
    };
  }
  const target =
    arc.status === 'target' && f !== undefined
      ? [`${TARGET_TEXT}：${f.expression}（${f.periodLabel}，计划，非完成数）`]
      : [];
  const all = [...target, ...extra];
  const line = `${metric}：${NO_FIGURE_TEXT}`;
  return {
    ariaLabel: `${arc.pair.eastLabel}—${arc.pair.westLabel}，${line}，${view.periodLabel}${all.length > 0 ? `。${all.join('；')}` : ''}`,
    tip: [`${arc.pair.eastLabel} — ${arc.pair.westLabel}`, line, view.periodLabel, ...all],
  };
}
