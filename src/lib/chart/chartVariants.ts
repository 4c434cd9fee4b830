import { layoutFigureChart } from './layoutFigureChart';
import { renderFigureChartSvg } from './renderFigureChartSvg';
import type { FigureChart } from './types';

/**
 * A chart is drawn twice, at a phone width and a column width, so its text stays about 12px wherever it shows
 * (a container query picks one). Scaling one drawing to 300px would shrink the text to unreadable.
 */
export const CHART_WIDTHS = { narrow: 340, wide: 640 } as const;

/** The narrow and wide SVGs of a chart, with their heights. */
export function chartVariants(
  chart: FigureChart,
  idPrefix: string,
): { narrow: { svg: string; height: number }; wide: { svg: string; height: number } } {
  const narrow = layoutFigureChart(chart, CHART_WIDTHS.narrow);
  const wide = layoutFigureChart(chart, CHART_WIDTHS.wide);
  return {
    narrow: { svg: renderFigureChartSvg(chart, narrow, `${idPrefix}-n`), height: narrow.height },
    wide: { svg: renderFigureChartSvg(chart, wide, `${idPrefix}-w`), height: wide.height },
  };
}
