import type { CompiledFact } from '../data/types';
import type { Locale } from '../i18n/locale';
import type { ChartSeries } from '../stories/buildChartSeries';
import type { StorySource } from '../stories/storyContext';

/** One panel of a figure chart: bars of one metric in one unit, so nothing drawn side by side mixes units. */
export interface ChartPanel {
  /** What the panel compares, with its unit, e.g. `党政干部（人次）`; empty for a one-panel story chart. */
  readonly heading: string;
  readonly series: ChartSeries;
}

/** A chart ready to lay out: panels of bars, the exact facts drawn, and where they come from. */
export interface FigureChart {
  readonly title: string;
  readonly panels: readonly ChartPanel[];
  /** A text alternative for the whole chart: every panel, every bar, in words. */
  readonly description: string;
  /** Exactly the facts the bars show, in drawing order (the CSV download lists these). */
  readonly facts: readonly CompiledFact[];
  readonly sources: readonly (StorySource & { readonly href: string })[];
  readonly hasTargets: boolean;
  /**
   * A story chart's caption, the editor's reading of it (what is counted inside what, what must not be added up). It
   * goes wherever the chart goes: story page, embed, image and SVG.
   */
  readonly caption?: string;
  /** The language of its words (labels, notes, figures): Chinese when absent; English for an English story's chart. */
  readonly lang?: Locale;
}
