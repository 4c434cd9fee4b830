import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeMarkup } from '../map/escapeMarkup';
import type { ChartRow, ChartSeries } from '../stories/buildChartSeries';
import type { FigureChartLayout, PanelLayout, RowLayout } from './layoutFigureChart';
import { PANEL_STYLE } from './layoutFigureChart';
import { mergePlotLines } from './mergePlotLines';
import { roundPlotNumbers } from './roundPlotNumbers';
import { stripPlotAria } from './stripPlotAria';
import type { FigureChart } from './types';

/** The fonts a chart names: the site's CJK stack, then the bundled Noto Sans SC the PNG renderer loads. */
export const CHART_FONT_FAMILY =
  '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

/**
 * The fonts of an English chart: the English pages' Latin stack first (a CJK font's Latin glyphs and its
 * full-width "·" read oddly in English), then the bundled Noto Sans SC, which the PNG renderer falls back to.
 */
export const CHART_FONT_FAMILY_EN =
  '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans SC", sans-serif';

/** The font stack for a chart in its language. */
export const chartFontFamily = (chart: Pick<FigureChart, 'lang'>): string =>
  chart.lang === 'en' ? CHART_FONT_FAMILY_EN : CHART_FONT_FAMILY;

/** Fixed colours (the light theme); on the site CSS classes override them for dark mode. */
export const CHART_COLORS = { outcome: '#1f5f8b', target: '#b23a1f', ink: '#1d2327', soft: '#4a545b' } as const;

/** A row of the series with where the layout put it. */
interface PlacedRow {
  readonly row: ChartRow;
  readonly place: RowLayout;
}

function renderPanel(series: ChartSeries, panel: PanelLayout, width: number): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const s = PANEL_STYLE;
  const placed = series.rows.map((row, i): PlacedRow => {
    const place = panel.rows[i];
    if (place === undefined) throw new Error('renderFigureChartSvg: the layout does not match the chart');
    return { row, place };
  });
  const value = (p: PlacedRow): number => p.row.value;
  // Rows differ in height (a wrapped label adds a line), so y is in px: an identity scale, not a band.
  const bar = { x1: 0, x2: value, y1: (p: PlacedRow) => p.place.barTop, y2: (p: PlacedRow) => p.place.barBottom };
  const plot = Plot.plot({
    document: document as unknown as Document,
    width,
    height: panel.plotHeight,
    marginLeft: 8,
    marginRight: panel.marginRight,
    marginTop: 0,
    marginBottom: s.axisHeight,
    style: { fontSize: `${s.fontSize}px` },
    x: { label: null, grid: true, nice: true, ticks: Math.max(2, Math.floor((width - panel.marginRight) / 80)) },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.rect(
        placed.filter((p) => !p.row.target),
        { ...bar, fill: CHART_COLORS.outcome, className: 'bar-outcome' },
      ),
      Plot.rect(
        placed.filter((p) => p.row.target),
        {
          ...bar,
          fill: 'none',
          stroke: CHART_COLORS.target,
          strokeDasharray: '4 3',
          strokeWidth: 1.5,
          className: 'bar-target',
        },
      ),
      Plot.ruleX([0]),
      // Each label stands on its bar (room for descenders), a wrapped one's lines going up.
      Plot.text(placed, {
        y: (p: PlacedRow) => p.place.barTop - 3,
        text: (p: PlacedRow) => p.place.label,
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        lineHeight: s.labelLineHeight / s.fontSize,
        className: 'bar-label',
      }),
      Plot.text(placed, {
        x: value,
        y: (p: PlacedRow) => (p.place.barTop + p.place.barBottom) / 2,
        text: (p: PlacedRow) => p.row.expression,
        textAnchor: 'start',
        dx: 5,
        fontWeight: 700,
        className: 'bar-figure',
      }),
    ],
  });
  // Plot's root <svg> becomes a group: one outer <svg> carries size, fonts and the text alternative.
  plot.querySelector('style')?.remove();
  stripPlotAria(plot);
  const inner = mergePlotLines(roundPlotNumbers(plot.innerHTML));
  return `<g transform="translate(0,${panel.plotTop})" text-anchor="middle" font-variant="tabular-nums">${inner}</g>`;
}

/**
 * Draws a figure chart as one SVG at build time: each panel's heading, then its bars (Observable Plot in linkedom;
 * targets outlined and dashed, never filled like outcomes), labels above the bars and the figures as written at
 * their ends. `idPrefix` makes the `<title>`/`<desc>` ids unique on a page.
 */
export function renderFigureChartSvg(chart: FigureChart, layout: FigureChartLayout, idPrefix: string): string {
  const parts = chart.panels.map((p, i) => {
    const panel = layout.panels[i];
    if (panel === undefined) throw new Error('renderFigureChartSvg: the layout does not match the chart');
    const heading = panel.headingLines
      .map(
        (line, j) =>
          `<text class="panel-heading" x="0" y="${panel.top + 15 + j * PANEL_STYLE.headingLineHeight}" font-weight="700" font-size="${PANEL_STYLE.headingFontSize}">${escapeMarkup(line)}</text>`,
      )
      .join('');
    return heading + renderPanel(p.series, panel, layout.width);
  });
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="figure-chart" viewBox="0 0 ${layout.width} ${layout.height}"` +
    ` width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="${titleId} ${descId}"` +
    ` font-family='${chartFontFamily(chart)}' font-size="${PANEL_STYLE.fontSize}" fill="currentColor">` +
    `<title id="${titleId}">${escapeMarkup(chart.title)}</title><desc id="${descId}">${escapeMarkup(chart.description)}</desc>` +
    `${parts.join('')}</svg>`
  );
}
