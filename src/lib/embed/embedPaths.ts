/** The embed routes (chrome-less pages under /embed/) and their downloads. Every path ends with `/`. */

export const mapEmbedPath = (view?: { metric: string; period: string }): string =>
  view === undefined ? '/embed/map/' : `/embed/map/${view.metric}/${view.period}/`;
export const provinceMapEmbedPath = (id: string): string => `/embed/province/${id}/`;
export const pairMapEmbedPath = (id: string): string => `/embed/pair-map/${id}/`;
export const pairChartEmbedPath = (id: string): string => `/embed/pair/${id}/`;
export const provinceChartEmbedPath = (id: string): string => `/embed/province-chart/${id}/`;
export const storyChartEmbedPath = (slug: string, n: number): string => `/embed/story/${slug}/${n}/`;

/** The download files of a chart embed, next to its page, named after the chart (`exportNames.ts`). */
export function chartDownloads(embedPath: string, name: string): { svg: string; png: string; csv: string } {
  return { svg: `${embedPath}${name}.svg`, png: `${embedPath}${name}.png`, csv: `${embedPath}${name}.csv` };
}

/**
 * One map view's downloads (image, vector image, its figures as CSV), in the folder of the national view's embed
 * (`/embed/map/<metric>/<period>/`) or of the focused embed (`/embed/province/<id>/<metric>/<period>/`).
 */
export function mapViewFiles(
  embedPath: string,
  view: { metric: string; period: string },
  name: string,
): { svg: string; png: string; csv: string } {
  const dir = embedPath === '/embed/map/' ? mapEmbedPath(view) : `${embedPath}${view.metric}/${view.period}/`;
  return { svg: `${dir}${name}.svg`, png: `${dir}${name}.png`, csv: `${dir}${name}.csv` };
}
