import type { Locale } from '../i18n/locale';
import { SNIPPET_WORDS } from '../i18n/messages/snippetWords';
import { escapeMarkup as esc } from '../map/escapeMarkup';

export interface EmbedSnippetInput {
  /** The site's origin, from `Astro.site` (e.g. `https://shanhai.example.org/`). */
  readonly site: URL | string;
  /** The embed page's path, e.g. `/embed/pair/guangdong--guangxi/`; may carry a query. */
  readonly path: string;
  /** The embed's id, written into the URL as `?id=`: height messages carry it, and listeners that match by `src`. */
  readonly id: string;
  readonly title: string;
  /**
   * The iframe's height in px before any script resizes it: the tallest the embed gets at any width (it is capped
   * at 60rem), so a host that blocks or strips scripts clips nothing.
   */
  readonly height: number;
  /** The full view on the site, for the fallback link. */
  readonly fullPath: string;
  /** The view as a PNG, for the image variant (WeChat, print, apps, AMP without iframes). */
  readonly image?: { readonly path: string; readonly alt: string; readonly width: number };
  /** The language of the embed (its credit words in the snippet); Chinese when absent. */
  readonly lang?: Locale;
}

/**
 * What a host can paste. `script`: iframe + the tiny parent script that applies our height messages (works
 * alongside Pym.js and Datawrapper listeners). `iframe`: the iframe alone, for hosts that strip scripts or block
 * them with a CSP (no `style` attribute either: a strict `style-src` drops it). `image`: a PNG with alt text.
 */
export type SnippetVariant = 'script' | 'iframe' | 'image';
export const SNIPPET_VARIANTS: readonly SnippetVariant[] = ['script', 'iframe', 'image'];

/** The embed URL with `?id=` (kept out of the path so every view keeps one page). */
export function embedSrc(input: Pick<EmbedSnippetInput, 'site' | 'path' | 'id'>): string {
  const url = new URL(input.path, input.site);
  url.searchParams.set('id', input.id);
  return url.href;
}

/**
 * The snippet a journalist pastes: a full-width lazy `<iframe>` with a title and a height that fits, optionally
 * the parent script, and a plain link for places that strip iframes; or the image variant.
 */
export function buildEmbedSnippet(input: EmbedSnippetInput, variant: SnippetVariant = 'script'): string {
  const full = new URL(input.fullPath, input.site).href;
  const lang = input.lang ?? 'zh';
  const link = `<p><a href="${esc(full)}">${esc(input.title)}${SNIPPET_WORDS['embed.snippetLink'][lang]}</a></p>`;
  if (variant === 'image') {
    const image = input.image;
    if (image === undefined) throw new Error(`buildEmbedSnippet: ${input.path} has no image for the image variant`);
    const src = new URL(image.path, input.site).href;
    return [
      `<figure><img src="${esc(src)}" alt="${esc(image.alt)}" width="${image.width}"` +
        ` style="max-width:100%;height:auto" loading="lazy">`,
      `<figcaption><a href="${esc(full)}">${esc(input.title)}</a>${SNIPPET_WORDS['embed.snippetCaption'][lang]}</figcaption></figure>`,
    ].join('\n');
  }
  const iframe =
    `<iframe src="${esc(embedSrc(input))}" title="${esc(input.title)}" width="100%" height="${Math.ceil(input.height)}"` +
    ` frameborder="0" loading="lazy" data-shanhai-embed></iframe>`;
  if (variant === 'iframe') return [iframe, link].join('\n');
  const script = new URL('/embed.js', input.site).href;
  return [iframe, `<script src="${esc(script)}" async></script>`, link].join('\n');
}
