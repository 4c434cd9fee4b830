import type { FigureChart } from '../chart/types';

/**
 * Initial iframe heights for the snippet: the embed at a phone's width (360px) with no inner scrollbar, before any
 * script resizes it. The constants were fitted to the built embeds measured in Chromium at 360px (every chart's
 * text around its SVG: title, notes, credit, downloads); tests/browser/embed.test.ts checks they still hold.
 */
export const CHART_CHROME = {
  /** Title, figure notes, credit frame and downloads of a one-source chart. */
  base: 230,
  /** The credit and the notes wrap with the length of the title and the source names. */
  perChar: 1.6,
  /** The note explaining the dashed target bars. */
  targets: 40,
  /** Each source (named twice: in the chart's note and the credit). */
  perSource: 0,
  /** Title, notes, credit and downloads at full width (one or two lines each). */
  wideBase: 200,
  /** A story chart's caption at full width: one line. */
  captionLine: 24,
} as const;

/**
 * The English embeds' text: Latin titles and outlets are narrower than Chinese (0.7 px a character, not 1.6), the
 * English notes longer, each source's date and separator longer. Fitted to the 31 English chart embeds measured
 * in the 336 px frame of a 360 px host: 17–110 px to spare (the Chinese model gave them 24–174 px, and up to
 * 454 px of blank at 1200 px); the 36 Chinese ones have 16–157 px.
 */
export const CHART_CHROME_EN = { ...CHART_CHROME, base: 280, perChar: 0.7, perSource: 12 } as const;

/** A chart embed's height at 360px: its narrow SVG (drawn at 340px, shown at 336px) plus the text around it. */
export function chartEmbedHeight(
  chart: Pick<FigureChart, 'title' | 'sources' | 'hasTargets' | 'lang' | 'caption'>,
  narrowSvgHeight: number,
): number {
  const c = chart.lang === 'en' ? CHART_CHROME_EN : CHART_CHROME;
  // A story chart's caption wraps like the title and the source names.
  const chars =
    chart.title.length + (chart.caption?.length ?? 0) + chart.sources.reduce((sum, s) => sum + s.outlet.length + 12, 0);
  const chrome = c.base + c.perChar * chars + c.perSource * chart.sources.length + (chart.hasTargets ? c.targets : 0);
  return Math.ceil((narrowSvgHeight * (336 / 340) + chrome) / 10) * 10;
}

/**
 * A chart embed's tallest height at any width: at a phone's width (above), or at full width, where the wide SVG
 * (drawn at 640px, never shown wider) sits above text that wraps less. The iframe-only snippet uses it, so a host
 * that blocks scripts clips nothing at any width.
 */
export function chartEmbedMaxHeight(
  chart: Pick<FigureChart, 'title' | 'sources' | 'hasTargets' | 'lang' | 'caption'>,
  narrowSvgHeight: number,
  wideSvgHeight: number,
): number {
  const wide =
    wideSvgHeight +
    CHART_CHROME.wideBase +
    (chart.hasTargets ? CHART_CHROME.targets / 2 : 0) +
    (chart.caption === undefined ? 0 : CHART_CHROME.captionLine);
  return Math.max(chartEmbedHeight(chart, narrowSvgHeight), Math.ceil(wide / 10) * 10);
}

/**
 * Map embeds' tallest content at any width, with a little room: measured in Chromium over every view at 360, 768
 * and 1200px — national views up to 1323px (the key above the map, at 1200px), focused maps 960–1215px (广东, cadres, at
 * 360px) once their drawing is capped at its layout width of 720px (see Embed.astro). The iframe-only snippet uses these; the browser test
 * checks they still hold.
 */
export const MAP_EMBED_HEIGHT = { national: 1340, focused: 1260 } as const;
/** The English map embeds' words run longer (the national one measured 1384 px at 360 px wide): 100 px more. */
export const MAP_EMBED_HEIGHT_EN = { national: 1440, focused: 1360 } as const;
