/**
 * Issue 15's oEmbed: a CMS given the URL of a site page with a map (not only the embed page) discovers the embed.
 * Reads the built pages: the discovery <link> names an `oembed.json` that exists, is `rich`, and embeds the map of
 * that page. Needs `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/sitePages';

const PAGES = [
  { page: '/', embed: '/embed/map/' },
  { page: '/province/gansu/', embed: '/embed/province/gansu/' },
  { page: '/pair/guangdong--guangxi/', embed: '/embed/pair-map/guangdong--guangxi/' },
];

describe('oEmbed discovery on the site pages with a map', () => {
  it.each(PAGES)('$page announces the oEmbed of $embed', ({ page, embed }) => {
    const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    expect(link).toBeDefined();
    const url = new URL(link ?? '');
    expect(url.pathname).toBe(`${embed}oembed.json`);
    const file = join(DIST, url.pathname);
    expect(existsSync(file)).toBe(true);
    const response = JSON.parse(readFileSync(file, 'utf8')) as { type: string; html: string };
    expect(response.type).toBe('rich');
    expect(response.html).toContain(`${url.origin}${embed}?id=`);
  });
});
