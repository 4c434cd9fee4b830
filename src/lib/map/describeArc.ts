/**
 * The words for one arc in one view: its accessible name and its tooltip lines. Pure.
 * A missing figure says so in words; it is never written as 0.
 */
import type { ArcMark, ViewLayout } from './layoutPairingMap';
import { metricLabel, NO_FIGURE_TEXT, qualifierText, sourceText, TARGET_TEXT } from './mapText';
import type { MapFigure } from './types';

export interface ArcDescription {
  ariaLabel: string;
  /** Tooltip lines; the first is the heading. */
  tip: string[];
}

function figureLine(figure: MapFigure): string {
  const q = qualifierText(figure.qualifier);
  return `${figure.expression}${q === '' ? '' : `（${q}）`}`;
}

function directionOf(arc: ArcMark, figure: MapFigure): string {
  return figure.direction === 'east-to-west'
    ? `${arc.pair.eastLabel}→${arc.pair.westLabel}`
    : `${arc.pair.westLabel}→${arc.pair.eastLabel}`;
}

/** Describes an arc for screen readers and the tooltip. */
export function describeArc(arc: ArcMark, view: ViewLayout): ArcDescription {
  const metric = metricLabel(view.metric);
  const heading = `${arc.fromLabel} → ${arc.toLabel}`;
  const extra = arc.others.map((f) =>
    f.status === 'target'
      ? `${TARGET_TEXT}：${directionOf(arc, f)} ${f.expression}（计划，非完成数）`
      : `另：${directionOf(arc, f)} ${figureLine(f)}`,
  );
  if (arc.selected.kind === 'figure') {
    const f = arc.selected.figure;
    const line = `${metric}：${figureLine(f)}`;
    return {
      ariaLabel: `${arc.fromLabel}→${arc.toLabel}，${line}，${f.periodLabel}。来源：${sourceText(f)}`,
      tip: [heading, line, f.periodLabel, `来源：${sourceText(f)}`, ...extra],
    };
  }
  const line = `${metric}：${NO_FIGURE_TEXT}`;
  return {
    ariaLabel: `${arc.pair.eastLabel}—${arc.pair.westLabel}，${line}，${view.periodLabel}${extra.length > 0 ? `。${extra.join('；')}` : ''}`,
    tip: [`${arc.pair.eastLabel} — ${arc.pair.westLabel}`, line, view.periodLabel, ...extra],
  };
}
