/**
 * Picks the figure an arc is drawn with, for one pair, metric and period. Pure.
 *
 * "No figure" is a case of its own, never a zero. Targets are never drawn as delivered: a pair
 * that only has a target gets `target-only`, which the map draws like "no figure" and the table
 * lists as 目标.
 */
import type { MapFigure, MapMetric } from './types';

export type SelectedFigure =
  | { kind: 'figure'; figure: MapFigure }
  | { kind: 'target-only'; target: MapFigure }
  | { kind: 'none' };

/**
 * Ordering among several outcomes for the same pair, metric and period: the east→west flow first
 * (the programme's direction; a reverse flow is drawn only when it is all there is), then the
 * most recent source, then fact id so the choice never depends on input order.
 */
function preference(a: MapFigure, b: MapFigure): number {
  if (a.direction !== b.direction) return a.direction === 'east-to-west' ? -1 : 1;
  if (a.source.date !== b.source.date) return a.source.date > b.source.date ? -1 : 1;
  return a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0;
}

/** The figure for `pair` × `metric` × `period`, or why there is none. */
export function selectFigure(
  figures: readonly MapFigure[],
  pair: string,
  metric: MapMetric,
  period: string,
): SelectedFigure {
  const matching = figures.filter((f) => f.pair === pair && f.metric === metric && f.period === period);
  const outcomes = matching.filter((f) => f.status === 'outcome').sort(preference);
  const best = outcomes[0];
  if (best !== undefined) return { kind: 'figure', figure: best };
  const target = matching.filter((f) => f.status === 'target').sort(preference)[0];
  return target === undefined ? { kind: 'none' } : { kind: 'target-only', target };
}
