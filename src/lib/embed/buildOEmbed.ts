import { buildEmbedSnippet } from './buildEmbedSnippet';
import type { EmbedSpec } from './siteEmbeds';

/**
 * The oEmbed response of an embeddable view (https://oembed.com, type `rich`), published as a static
 * `oembed.json` beside its embed page and announced by a discovery `<link>`: a CMS that supports oEmbed discovery
 * turns the pasted URL into the script snippet. The PNG, when the view has figures, is the thumbnail.
 */
export function buildOEmbed(embed: EmbedSpec, site: URL | string): Record<string, unknown> {
  const origin = new URL('/', site).href;
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: '山海 Shanhai',
    provider_url: origin,
    html: buildEmbedSnippet({ site, ...embed }, 'script'),
    width: 640,
    height: Math.ceil(embed.height),
    cache_age: 86400,
    ...(embed.image === undefined
      ? {}
      : { thumbnail_url: new URL(embed.image.path, site).href, thumbnail_width: embed.image.width }),
  };
}

/** The discovery link's target for an embed page. */
export const oembedPath = (embedPagePath: string): string => `${embedPagePath.replace(/\?.*$/, '')}oembed.json`;
