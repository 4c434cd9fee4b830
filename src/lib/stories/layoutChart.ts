import type { ChartSeries } from './buildChartSeries';

/** Pixel sizes of a bar chart, worked out from its labels (Plot does not measure text at build time). */
export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly marginTop: number;
  readonly marginBottom: number;
  readonly rowHeight: number;
  readonly fontSize: number;
}

/** Approximate width of a text in px: CJK and full-width characters are one em, the rest about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return Math.ceil(em * fontSize);
}

/** Lays out horizontal bars: one row per fact, room on the left for labels and on the right for the figures. */
export function layoutChart(series: ChartSeries, width = 460): ChartLayout {
  const fontSize = 12;
  const rowHeight = 30;
  const marginTop = 8;
  const marginBottom = 40;
  const widest = (texts: readonly string[]): number => Math.max(0, ...texts.map((t) => estimateTextWidth(t, fontSize)));
  const marginLeft = Math.min(Math.round(width * 0.45), widest(series.rows.map((r) => r.label)) + 14);
  const marginRight = widest(series.rows.map((r) => r.expression)) + 12;
  return {
    width,
    height: marginTop + series.rows.length * rowHeight + marginBottom,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    rowHeight,
    fontSize,
  };
}
