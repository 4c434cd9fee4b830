import type { MetricFamily, MetricId, Unit } from '../model/metrics';
import type { CuratedSource, Qualifier } from '../schema/curatedFile';

/** The geographic level of a figure: the most specific place it names. */
export type ScopeLevel = 'national' | 'province' | 'prefecture' | 'county' | 'district';

/** A curated source as the site shows it, with the number of facts taken from it. */
export type CompiledSource = CuratedSource & { readonly factCount: number; readonly curatedFile: string };

/** A curated fact resolved against the reference data and its source. */
export interface CompiledFact {
  readonly id: string;
  readonly sourceId: string;
  readonly metric: MetricId;
  readonly metricLabel: string;
  readonly family: MetricFamily;
  readonly expression: string;
  readonly value: number;
  readonly unit: Unit;
  readonly qualifier: Qualifier;
  readonly status: 'outcome' | 'target';
  readonly from?: string;
  readonly to?: string;
  readonly at?: string;
  readonly level: ScopeLevel;
  /** Provinces the figure touches (from, to, at), in that order, without repeats. */
  readonly provinces: readonly string[];
  /** The province-level pairing linking `from` and `to`, when they lie in paired provinces. */
  readonly pair?: string;
  readonly period: string;
  readonly periodLabel: string;
  /** `YYYY-MM` bounds; start undefined for cumulative figures. */
  readonly periodStart?: string;
  readonly periodEnd: string;
  readonly periodNote?: string;
  readonly quote: string;
  readonly paragraph?: number;
  readonly note?: string;
  readonly partOf?: string;
  readonly basis?: 'average';
  /** Facts of other sources that give a different value for exactly the same metric, places and period. */
  readonly conflictsWith?: readonly string[];
}

/**
 * The figure chosen for one (metric, status, places, period) group, with the other facts of the group kept as
 * context. `period` is the group's period key: a calendar year for figures within one year, else the period text.
 */
export interface Headline {
  readonly metric: MetricId;
  readonly status: 'outcome' | 'target';
  /** Present for per-unit averages (县均), which are never compared with totals. */
  readonly basis?: 'average';
  readonly from?: string;
  readonly to?: string;
  readonly at?: string;
  /** The group's period key (a calendar year, or the period text for longer periods). */
  readonly period: string;
  /** What the chosen figure actually covers, e.g. 2023年1—11月 under the key 2023. */
  readonly periodLabel: string;
  readonly factId: string;
  /** Why this fact was chosen over the alternatives (empty when it stands alone). */
  readonly reason: string;
  readonly alternatives: readonly string[];
  /** True when two sources give different values for exactly the same period. */
  readonly conflict: boolean;
}
