import type { Basis, Coverage, FlowDirection, Stage } from '../model/figureMeasure';
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
  /** Which way it flows: east→west, west→east, both together (互派), or none (a figure about one place). */
  readonly direction: FlowDirection;
  /** What part of time it covers (full year, some months, cumulative, stock). */
  readonly coverage: Coverage;
  /** What kind of number it is; only totals are headlines, map arcs or compared. */
  readonly basis: Basis;
  readonly stage?: Stage;
  /** What exactly is counted when the metric covers several measures (捐赠资金, 捐助款物). */
  readonly measure?: string;
  /** Several givers or receivers covered together by this one figure (never split among them). */
  readonly jointFrom?: readonly string[];
  readonly jointTo?: readonly string[];
  /** The most specific pairing linking its ends (a county pair, else a city pair, else the province pair). */
  readonly pairing?: string;
  /** The figure as the site writes it: the expression in simplified characters (the quote keeps its script). */
  readonly display: string;
  /** The words pages print for what it measures, worked out by the build (never written by hand). */
  readonly labels: FactLabels;
  /** Other facts this one disagrees with, and how. */
  readonly conflicts?: readonly FactConflict[];
}

/** Chinese words for a fact's period, direction, basis and stage; empty when there is nothing to say. */
export interface FactLabels {
  /** 2023年全年, 2023年1—9月, 2021—2023年累计, 截至2023年11月累计, 2024年1月时的存量. */
  readonly coverage: string;
  /** 东部→西部, 西部→东部, 互派（双向合计）, or empty. */
  readonly direction: string;
  /** 平均数，非总数 … or empty for a total. */
  readonly basis: string;
  /** 到位, 安排, 使用, 签约（目标）, or empty. */
  readonly stage: string;
  /** The places, e.g. 浙江 → 四川, 广东 → 广西、贵州, 全国. */
  readonly places: string;
}

/**
 * A disagreement the build found. `different-value`: another source gives another value for exactly the same
 * measure. `part-exceeds-whole`: this figure is larger than a figure that contains it (a wider place or period).
 * `same-value-other-period`: another source gives the same precise value for the same measure but another period.
 */
export interface FactConflict {
  readonly kind: 'different-value' | 'part-exceeds-whole' | 'same-value-other-period';
  readonly factId: string;
  /** In Chinese, for readers: 另一来源为5.47万名; 大于包含它的数字40.7万. */
  readonly text: string;
}

/**
 * The figure chosen for one (metric, status, places, period) group, with the other facts of the group kept as
 * context. `period` is the group's period key: a calendar year for figures within one year, else the period text.
 */
export interface Headline {
  readonly metric: MetricId;
  readonly status: 'outcome' | 'target';
  readonly from?: string;
  readonly to?: string;
  readonly at?: string;
  /** The group's period key (a calendar year, or the period text for longer periods). */
  readonly period: string;
  /** What the chosen figure actually covers, e.g. 2023年1—11月 under the key 2023. */
  readonly periodLabel: string;
  readonly factId: string;
  /** Why this fact was chosen, in Chinese (readers see it): 全年数字，另有截至11月的数字. */
  readonly reason: string;
  readonly alternatives: readonly string[];
  /** True when two sources give different values for exactly the same period. */
  readonly conflict: boolean;
  /** True when another source prints the same number under another period, so the chosen period may be wrong. */
  readonly periodInDoubt: boolean;
}

/**
 * One headline card, ready to render: the build decides which cards a page shows and in what order, and writes
 * every word; a page only prints them (it never filters, sorts or looks facts up).
 */
export interface FigureCard {
  readonly factId: string;
  readonly metric: MetricId;
  readonly metricLabel: string;
  /** The figure in simplified characters, e.g. 34.05亿元. */
  readonly display: string;
  /** 2023年全年, 2021—2023年累计 … */
  readonly period: string;
  /** 浙江 → 四川, 全国 … */
  readonly places: string;
  /** Tags in the order shown: 互派（双向合计）, 目标，非完成数, 来源不一致 … */
  readonly tags: readonly { readonly text: string; readonly kind: 'plain' | 'target' | 'conflict' }[];
  readonly source: { readonly href: string; readonly text: string };
  /** Why this figure is the headline, in Chinese, with the count of others kept beside it; empty when alone. */
  readonly note: string;
}

/** The outcome cards of one metric, in time order (earliest period first), under the metric's name. */
export interface CardGroup {
  readonly metric: MetricId;
  readonly label: string;
  /** The anchor of the group's section on the page, e.g. `metric-funds-fiscal`. */
  readonly anchor: string;
  readonly cards: readonly FigureCard[];
}

/** A page's headline cards: outcomes and targets apart, and what to say when there are none. */
export interface PageCards {
  readonly outcomes: readonly FigureCard[];
  /** The same outcome cards grouped by metric (the vocabulary's order), each group in time order. */
  readonly groups: readonly CardGroup[];
  readonly targets: readonly FigureCard[];
  /** Shown when `outcomes` is empty, e.g. why there is no headline (only part-year figures). */
  readonly emptyNote: string;
}

/** One figure in a page summary cell: the headline's figure, where it flows when the page has several flows. */
export interface SummaryFigure {
  readonly factId: string;
  readonly display: string;
  /** 山东 → 甘肃; empty when every figure of the summary has the same places (a pair page). */
  readonly places: string;
  /** 互派（双向合计）, 安排, 来源不一致 …: what the card's tags say, in short. */
  readonly tags: readonly string[];
}

/**
 * The short table at the top of a province or pair page: the full-year headline figures of the key metrics, one
 * row per metric and year (newest year first). Cumulative and other figures stay in the cards below.
 */
export interface PageSummary {
  readonly rows: readonly {
    readonly metric: MetricId;
    readonly label: string;
    /** The card group's anchor, for the row's link. */
    readonly anchor: string;
    readonly years: readonly { readonly year: string; readonly figures: readonly SummaryFigure[] }[];
  }[];
}
