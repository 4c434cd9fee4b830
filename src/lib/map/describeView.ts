/**
 * The words for one map view, generated from the arcs it actually draws: the caption line under the map (and the
 * SVG's description), and one note per figure that is shown but not sized. Pure.
 */
import type { ArcMark } from './layoutPairingMap';
import { LABOR_ARROW_TEXT, metricLabel, metricUnitLabel } from './mapText';
import type { MapMetric } from './types';

/** The view that shows each pair's latest full-year figure, with its year on the arc. */
export const LATEST = 'latest';

/** The view's name in the period menu and captions: 2023年, 各结对最近一年. */
export function viewLabel(period: string): string {
  return period === LATEST ? '各结对最近一年' : `${period}年`;
}

function flowText(arc: ArcMark): string {
  return `${arc.fromLabel}${arc.direction === 'mutual' ? '⇄' : '→'}${arc.toLabel}`;
}

/** Caption and notes for the arcs of a view (pass only the arcs in focus). */
export function captionOf(
  metric: MapMetric,
  period: string,
  arcs: readonly ArcMark[],
): { caption: string; notes: string[] } {
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
      ? `${metricLabel(metric)}，各结对最近一个有全年数字的年份（${years.length > 1 ? `${years[0]}—${years.at(-1)}年，年份不同，标在每条弧线上` : `${years[0] ?? ''}年`}）`
      : `${metricLabel(metric)}，${period}年`;
  const parts = [
    sized > 0 ? `${sized} 条弧线是全年数字，线宽按同一比例（${metricUnitLabel(metric)}）` : '没有全年数字可按线宽比较',
    partial.length > 0 ? `${partial.length} 条细线只有部分月份或累计的数字，线上标出时期，不按线宽比较` : '',
    reverse > 0 ? `西部→东部的流向单独成线（空心）` : '',
    mutual > 0 ? `双箭头为互派：一个数字含两个方向` : '',
    below > 0 ? `${below} 对省级结对没有数字，但其下的市县结对有（点线，见其页面）` : '',
    none > 0 ? `${none} 对在所据资料中没有数字（虚线，不是零）` : '',
  ].filter((p) => p !== '');
  const notes = partial.map((a) => `${flowText(a)} ${a.figure?.expression ?? ''}（${a.figure?.periodLabel ?? ''}）`);
  const arrow = metric === 'labor' ? LABOR_ARROW_TEXT : '';
  return { caption: `${head}：${parts.join('；')}。${arrow}`, notes };
}
