/**
 * Every internal link and asset of the built site resolves: pages, scripts, styles, images,
 * datasets, canonical URLs, sitemap entries and #fragments, requested from a local server.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DistServer, serveDist } from '../../scripts/serve-dist';
import { findBrokenLinks } from './support/findBrokenLinks';
import { DIST } from './support/sitePages';

/** `site` in astro.config.mjs: canonical and og:url links point there. */
const PUBLIC_ORIGIN = 'https://shanhai.example.org';

describe('the link checker', () => {
  const dir = fileURLToPath(new URL('./fixtures/broken-site', import.meta.url));
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist({ dir });
  });
  afterAll(() => server.close());

  test('reports each kind of broken link in a fixture site, and nothing else', async () => {
    const report = await findBrokenLinks(dir, server.origin, 'https://example.org');
    expect(report.broken).toEqual([
      { from: 'a/index.html', link: 'https://example.org/gone.csv', reason: 'HTTP 404' },
      { from: 'index.html', link: '/a/#nowhere', reason: 'no element #nowhere' },
      { from: 'index.html', link: '/img.png', reason: 'HTTP 404' },
      { from: 'index.html', link: '/missing/', reason: 'HTTP 404' },
      { from: 'style.css', link: '/bg.svg', reason: 'HTTP 404' },
    ]);
    expect(report.external).toEqual(['https://elsewhere.example.com/']);
  });
});

describe('the built site', () => {
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist({ dir: DIST });
  });
  afterAll(() => server.close());

  // 3,722 files (645 more) since every English map view has its PNG, SVG and CSV: 290 s at load 15.
  test('every internal link and asset resolves', { timeout: 360_000 }, async () => {
    const report = await findBrokenLinks(DIST, server.origin, PUBLIC_ORIGIN);
    expect(report.broken).toEqual([]);
    // Every page, dataset and asset is reached, not just a handful.
    expect(report.checked).toBeGreaterThan(100);
  });
});
