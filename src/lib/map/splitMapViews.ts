/**
 * Views without bloat: a built page keeps only the active view of each switchable map in its HTML; the other views'
 * arcs go to a file beside the page (`<figure id>-views.svg`, an SVG document of `<g class="pm-view">` layers) and
 * their table rows to another (`<figure id>-rows.htm`: a fragment, not a page, so not `.html`), which
 * `<shanhai-map>` fetches when the reader first reaches for the map (`data-views` and `data-rows` name them). The
 * arcs of the other 17 views were a third of the home page's gzipped bytes and most of its DOM, and a reader
 * without JS never sees them (without JS there are no controls; the default view, its table and its caption
 * stay). Captions and legends of every view stay in the HTML. Pure string work on the markup `renderMapSvg` and
 * `renderMapTable` write.
 */

import { EMBED_MAP_ID_PREFIX } from './renderMapControls';

export interface SplitViews {
  html: string;
  /** Files to write beside the page. */
  files: { name: string; content: string }[];
}

const VIEWS_OPEN = '<g class="pm-views">';

/** The index just past the `</g>` that closes the `<g` opening at `start`. */
function closingOf(html: string, start: number): number {
  let depth = 0;
  const tag = /<g[\s>]|<\/g>/g;
  tag.lastIndex = start;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    depth += m[0] === '</g>' ? -1 : 1;
    if (depth === 0) return m.index + 4;
  }
  throw new Error('splitMapViews: a <g> of the map is never closed');
}

/** The inactive views' arcs and table rows of one `<shanhai-map>` element, cut out; undefined when it has none. */
function splitElement(element: string, id: string, dirUrl: string): SplitViews | undefined {
  const viewsAt = element.indexOf(VIEWS_OPEN);
  if (viewsAt === -1) return undefined;
  const viewsEnd = closingOf(element, viewsAt);
  const kept: string[] = [];
  const moved: string[] = [];
  for (let v = viewsAt + VIEWS_OPEN.length; v < viewsEnd - 4; ) {
    const close = closingOf(element, v);
    const view = element.slice(v, close);
    (/^<g class="pm-view"[^>]* data-active=""/.test(view) ? kept : moved).push(view);
    v = close;
  }
  if (moved.length === 0) return undefined;
  // The no-JS view links (`#<id>-v-metric-period`) would target views no longer here: they lead to the page that
  // keeps every view (the map's embed page, `data-static-views`), and a map without one keeps its views.
  const staticViews = /^<shanhai-map[^>]* data-static-views="([^"]+)"/.exec(element)?.[1];
  if (staticViews === undefined) return undefined;
  const rows: string[] = [];
  // The style that shows a targeted view without JS (`renderMapViewLinks`) has nothing left to target: dropped.
  const viewStyle = new RegExp(`<noscript><style>:root:not\\(\\.js\\) #${id}:has\\([^<]*</style></noscript>`);
  const rest = element
    .slice(viewsEnd)
    .replace(viewStyle, '')
    .replaceAll(`href="#${id}-v-`, `href="${staticViews}#${EMBED_MAP_ID_PREFIX}-v-`)
    .replace(/<tbody class="pm-view-rows"[^>]*>[\s\S]*?<\/tbody>/g, (tbody) => {
      if (/^<tbody[^>]* data-active=""/.test(tbody)) return tbody;
      rows.push(tbody);
      return '';
    });
  const views = `${id}-views.svg`;
  const table = `${id}-rows.htm`;
  const tagEnd = element.indexOf('>');
  const head = element
    .slice(tagEnd, viewsAt)
    .replaceAll(`href="#${id}-v-`, `href="${staticViews}#${EMBED_MAP_ID_PREFIX}-v-`);
  return {
    html:
      `${element.slice(0, tagEnd)} data-views="${dirUrl}${views}" data-rows="${dirUrl}${table}"` +
      `${head}${VIEWS_OPEN}${kept.join('')}</g>${rest}`,
    files: [
      { name: views, content: `<svg xmlns="http://www.w3.org/2000/svg">${moved.join('')}</svg>\n` },
      { name: table, content: `<!doctype html><table>${rows.join('')}</table>\n` },
    ],
  };
}

/** Moves the inactive views of every `<shanhai-map>` with controls out of `html`; `dirUrl` is the page's URL path. */
export function splitMapViews(html: string, dirUrl: string): SplitViews {
  const files: SplitViews['files'] = [];
  let out = '';
  let at = 0;
  for (let start = html.indexOf('<shanhai-map', at); start !== -1; start = html.indexOf('<shanhai-map', at)) {
    const end = html.indexOf('</shanhai-map>', start);
    if (end === -1) throw new Error('splitMapViews: a <shanhai-map> is never closed');
    const element = html.slice(start, end);
    const id = /<figure class="pm-figure" id="([^"]+)"/.exec(element)?.[1];
    // Only maps a reader can switch (with controls) lose views; a story step has one view anyway.
    const split =
      id === undefined || !element.includes('data-controls') ? undefined : splitElement(element, id, dirUrl);
    out += html.slice(at, start) + (split?.html ?? element);
    files.push(...(split?.files ?? []));
    at = end;
  }
  return { html: out + html.slice(at), files };
}
