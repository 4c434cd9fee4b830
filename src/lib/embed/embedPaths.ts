/** The embed routes (chrome-less pages under /embed/) and their downloads. Every path ends with `/`. */

export const mapEmbedPath = (view?: { metric: string; period: string }): string =>
  view === undefined ? '/embed/map/' : `/embed/map/${view.metric}/${view.period}/`;
export const provinceMapEmbedPath = (id: string): string => `/embed/province/${id}/`;
export const pairMapEmbedPath = (id: string): string => `/embed/pair-map/${id}/`;
export const pairChartEmbedPath = (id: string): string => `/embed/pair/${id}/`;
export const provinceChartEmbedPath = (id: string): string => `/embed/province-chart/${id}/`;
export const storyChartEmbedPath = (slug: string, n: number): string => `/embed/story/${slug}/${n}/`;

/** The download files of a chart embed, next to its page. */
export function chartDownloads(embedPath: string): { svg: string; png: string; csv: string } {
  return { svg: `${embedPath}chart.svg`, png: `${embedPath}chart.png`, csv: `${embedPath}chart.csv` };
}

/** The map embeds' figures as CSV (the map's SVG stays on the page: it carries every view at once). */
export const mapFiguresCsvPath = (embedPath: string): string => `${embedPath}figures.csv`;

/** The national map's image downloads (one view each), next to its embed page. */
export function mapImagePaths(embedPath: string): { svg: string; png: string } {
  return { svg: `${embedPath}map.svg`, png: `${embedPath}map.png` };
}
