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
} as const;

/** A chart embed's height at 360px: its narrow SVG (drawn at 340px, shown at 336px) plus the text around it. */
export function chartEmbedHeight(
  chart: Pick<FigureChart, 'title' | 'sources' | 'hasTargets'>,
  narrowSvgHeight: number,
): number {
  const chars = chart.title.length + chart.sources.reduce((sum, s) => sum + s.outlet.length + 12, 0);
  const chrome = CHART_CHROME.base + CHART_CHROME.perChar * chars + (chart.hasTargets ? CHART_CHROME.targets : 0);
  return Math.ceil((narrowSvgHeight * (336 / 340) + chrome) / 10) * 10;
}

/**
 * Map embeds at 360px, with room to spare (measured: national views up to 1019px since the generated caption, the
 * note of figures not sized and the legend of arc kinds; focused maps 808–829px before them).
 */
export const MAP_EMBED_HEIGHT = { national: 1080, focused: 960 } as const;
