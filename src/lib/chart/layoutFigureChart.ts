import { wrapText } from '../text/wrapText';
import type { FigureChart } from './types';

/** Approximate width of a text in px: CJK and full-width characters are one em, the rest about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return Math.ceil(em * fontSize);
}

/** Sizes shared by every panel, in px of the SVG's viewBox. */
export const PANEL_STYLE = {
  fontSize: 12,
  /** A row: its label on a line of its own, then the bar (labels never crowd a narrow chart's left edge). */
  rowHeight: 36,
  labelHeight: 16,
  /** Each further line of a row label that wraps (an English label naming four cities runs past a phone's width). */
  labelLineHeight: 14,
  /** A label longer than this many lines ends with "…" (the figure's own page and the table have it whole). */
  labelMaxLines: 3,
  barGap: 4,
  headingHeight: 22,
  /** Each further line of a heading that wraps (English metric names run long on a phone). */
  headingLineHeight: 16,
  headingFontSize: 13,
  axisHeight: 22,
  panelGap: 16,
} as const;

/** One row of a panel: its label's lines above its bar. */
export interface RowLayout {
  /** Top of the row, from the top of the panel's plot. */
  readonly top: number;
  /** The row's height: one label line and the bar, and a further line for each line its label wraps to. */
  readonly height: number;
  /** The label, with "\n" where it wraps. */
  readonly label: string;
  readonly labelLines: number;
  /** Top and bottom of the bar, below the label's lines (from the top of the panel's plot, like `top`). */
  readonly barTop: number;
  readonly barBottom: number;
}

/** Where one panel sits. */
export interface PanelLayout {
  /** Top of the panel (its heading, when it has one). */
  readonly top: number;
  /** The heading's lines: one, or more where it is wider than the chart. */
  readonly headingLines: readonly string[];
  /** Top of the bars and axis, below the heading. */
  readonly plotTop: number;
  readonly plotHeight: number;
  /** Room right of the longest bar for the figure as written. */
  readonly marginRight: number;
  /** The rows in order; only a row whose label wraps is taller than the others. */
  readonly rows: readonly RowLayout[];
}

export interface FigureChartLayout {
  readonly width: number;
  readonly height: number;
  readonly panels: readonly PanelLayout[];
}

/** Stacks a chart's panels at `width`: each panel's height follows from its rows, so the total is exact. */
export function layoutFigureChart(chart: FigureChart, width: number): FigureChartLayout {
  const s = PANEL_STYLE;
  let y = 0;
  const panels = chart.panels.map((panel, i) => {
    const top = y + (i > 0 ? s.panelGap : 0);
    // Bold text runs about a tenth wider than wrapText's regular-weight estimate.
    const headingLines = panel.heading === '' ? [] : wrapText(panel.heading, width / s.headingFontSize / 1.1, 3);
    const plotTop =
      top + (headingLines.length === 0 ? 0 : s.headingHeight + (headingLines.length - 1) * s.headingLineHeight);
    // A label runs from the left edge (8px in) across the whole width, above its bar.
    let rowTop = 0;
    const rows = panel.series.rows.map((r) => {
      const lines = wrapText(r.label, (width - 12) / s.fontSize, s.labelMaxLines);
      const labelLines = Math.max(1, lines.length);
      const extra = (labelLines - 1) * s.labelLineHeight;
      const row = {
        top: rowTop,
        height: s.rowHeight + extra,
        label: lines.join('\n'),
        labelLines,
        barTop: rowTop + s.labelHeight + extra,
        barBottom: rowTop + s.rowHeight + extra - s.barGap,
      };
      rowTop += row.height;
      return row;
    });
    const plotHeight = rowTop + s.axisHeight;
    const widest = Math.max(0, ...panel.series.rows.map((r) => estimateTextWidth(r.expression, s.fontSize)));
    y = plotTop + plotHeight;
    // A figure never takes more than 40% of the width (the bars keep the rest); an English one, written out
    // longer ("more than 4,500 person-times", 28 characters), up to 62%, so it is not cut off on a phone.
    const cap = Math.round(width * (chart.lang === 'en' ? 0.62 : 0.4));
    return {
      top,
      headingLines,
      plotTop,
      plotHeight,
      marginRight: Math.min(widest + 10, cap),
      rows,
    };
  });
  return { width, height: Math.ceil(y), panels };
}
