import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { mergePlotLines } from '../chart/mergePlotLines';
import { roundPlotNumbers } from '../chart/roundPlotNumbers';
import { stripPlotAria } from '../chart/stripPlotAria';
import { escapeMarkup } from '../map/escapeMarkup';
import type { ChartRow, ChartSeries } from './buildChartSeries';
import type { ChartLayout } from './layoutChart';

/**
 * Draws a chart's bars with Observable Plot into linkedom's document, at build time: horizontal bars (targets
 * outlined, never filled like outcomes), the figures as written at the bar ends, the unit in the axis label, and a
 * `<title>`/`<desc>` for screen readers. Returns the SVG markup.
 */
export function renderChartSvg(series: ChartSeries, layout: ChartLayout, idPrefix: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const outcomes = series.rows.filter((r) => !r.target);
  const targets = series.rows.filter((r) => r.target);
  const y = (r: ChartRow): string => r.label;
  const x = (r: ChartRow): number => r.value;
  const plot = Plot.plot({
    document: document as unknown as Document,
    className: `${idPrefix}-plot`,
    width: layout.width,
    height: layout.height,
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    marginTop: layout.marginTop,
    marginBottom: layout.marginBottom,
    style: { fontSize: `${layout.fontSize}px`, background: 'transparent' },
    x: { label: series.axisLabel, labelArrow: 'none', labelAnchor: 'left', grid: true, nice: true, insetRight: 4 },
    y: { label: null, domain: series.rows.map((r) => r.label), tickSize: 0, padding: 0.3 },
    marks: [
      Plot.barX(outcomes, { x, y, fill: '#1f5f8b', className: 'bar-outcome' }),
      Plot.barX(targets, {
        x,
        y,
        fill: 'none',
        stroke: '#b23a1f',
        strokeDasharray: '4 3',
        strokeWidth: 1.5,
        className: 'bar-target',
      }),
      Plot.ruleX([0]),
      Plot.text(series.rows, {
        x,
        y,
        text: (r: ChartRow) => r.expression,
        textAnchor: 'start',
        dx: 5,
        fontWeight: 600,
        className: 'bar-figure',
      }),
    ],
  });
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  plot.setAttribute('role', 'img');
  plot.setAttribute('aria-labelledby', `${titleId} ${descId}`);
  plot.removeAttribute('aria-label');
  stripPlotAria(plot);
  const svg = mergePlotLines(roundPlotNumbers(plot.outerHTML)).replace(
    /^<svg([^>]*)>/,
    `<svg$1><title id="${titleId}">${escapeMarkup(series.title)}</title><desc id="${descId}">${escapeMarkup(series.description)}</desc>`,
  );
  return svg;
}
