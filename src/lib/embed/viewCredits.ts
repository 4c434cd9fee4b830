import type { MapLayout } from '../map/layoutPairingMap';
import type { MapFigure } from '../map/types';

/** A source named in an embed's credit line. */
export interface CreditSource {
  readonly outlet: string;
  readonly date: string;
  /** The source's page on the site, e.g. `/source/rmrb-2023-11-yuegui/`. */
  readonly href: string;
}

/** The credit of one map view: the sources of exactly the figures it shows. */
export interface ViewCredit {
  readonly metric: string;
  readonly period: string;
  readonly sources: readonly CreditSource[];
}

/** The sources of some figures, once each, oldest first. */
export function creditSources(figures: readonly MapFigure[]): CreditSource[] {
  const byId = new Map(figures.map((f) => [f.source.id, f.source]));
  return [...byId.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((s) => ({ outlet: s.outlet, date: s.date, href: `/source/${s.id}/` }));
}

/**
 * Per view of a laid-out map, the sources of the figures it shows: arcs in the focus (their figure, the plans
 * beside it and the city or county figures named on it) and, on a national map, the national total. A focused
 * embed thus credits its own figures, not the national view's.
 */
export function viewCredits(layout: MapLayout): ViewCredit[] {
  return layout.views.map((view) => {
    const shown = view.arcs
      .filter((arc) => arc.inFocus)
      .flatMap((arc) => [...(arc.figure === undefined ? [] : [arc.figure]), ...arc.others, ...arc.below]);
    const national = layout.focus === undefined && view.national !== undefined ? [view.national] : [];
    return { metric: view.metric, period: view.period, sources: creditSources([...shown, ...national]) };
  });
}
