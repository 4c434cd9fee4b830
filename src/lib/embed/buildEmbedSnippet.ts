import { escapeMarkup as esc } from '../map/escapeMarkup';

export interface EmbedSnippetInput {
  /** The site's origin, from `Astro.site` (e.g. `https://shanhai.example.org/`). */
  readonly site: URL | string;
  /** The embed page's path, e.g. `/embed/pair/guangdong--guangxi/`; may carry a query. */
  readonly path: string;
  readonly title: string;
  /** Initial height in px: the embed at phone width without scrollbars, before any script resizes it. */
  readonly height: number;
  /** The full view on the site, for the fallback link. */
  readonly fullPath: string;
}

/**
 * The snippet a journalist pastes: a full-width lazy `<iframe>` with a title and an initial height, the tiny
 * parent script that applies our height messages, and a plain link for places that strip iframes and scripts.
 */
export function buildEmbedSnippet(input: EmbedSnippetInput): string {
  const src = new URL(input.path, input.site).href;
  const script = new URL('/embed.js', input.site).href;
  const full = new URL(input.fullPath, input.site).href;
  return [
    `<iframe src="${esc(src)}" title="${esc(input.title)}" width="100%" height="${Math.ceil(input.height)}"` +
      ` loading="lazy" style="border:0;width:100%" data-shanhai-embed></iframe>`,
    `<script src="${esc(script)}" async></script>`,
    `<p><a href="${esc(full)}">${esc(input.title)}（山海）</a></p>`,
  ].join('\n');
}
