/**
 * Embeds on another site: a plain article page served from a SECOND local origin pastes three snippets (the
 * national map, a pair's chart, a story's chart — the latter two copied from the built pages' Embed controls, the
 * map's sandboxed with `allow-scripts`). In Chromium at 360px and 1200px each iframe takes its content's height
 * (no inner scrollbar); without the parent script the snippet's initial height fits a phone; the embeds post
 * Pym.js and Datawrapper messages too; the downloads are valid SVG, PNG and CSV of the chart's figures.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DistServer, serveDist } from '../../scripts/serve-dist';
import { buildEmbedSnippet } from '../../src/lib/embed/buildEmbedSnippet';
import { MAP_EMBED_HEIGHT } from '../../src/lib/embed/initialHeight';
import { launchBrowser } from './support/launchBrowser';
import { DIST, listSitePages } from './support/sitePages';

const SITE = 'https://shanhai.example.org';
const HOST_PAGE = readFileSync(fileURLToPath(new URL('./fixtures/embed-host/index.html', import.meta.url)), 'utf8');

/** The snippet in the first Embed control of a built page whose textarea embeds `embedPrefix`. */
function snippetFrom(pagePath: string, embedPrefix: string): string {
  const html = readFileSync(join(DIST, pagePath, 'index.html'), 'utf8');
  const areas = [...html.matchAll(/<textarea[^>]*>([^<]*)<\/textarea>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&'),
  );
  const found = areas.find((a) => a.includes(`${SITE}${embedPrefix}`));
  if (found === undefined) throw new Error(`${pagePath} has no Embed control for ${embedPrefix}`);
  return found;
}

const pairPath = '/pair/guangdong--guangxi/';
const storyPage = listSitePages().find(
  (p) => p.path.startsWith('/stories/') && readFileSync(p.file, 'utf8').includes('/embed/story/'),
);
if (storyPage === undefined) throw new Error('no story page has a chart Embed control');

let site: DistServer;
let host: Server;
let hostOrigin = '';
let browser: Browser;

/** Serves the host page with the snippets pointed at the local site; `?noscript` leaves out embed.js. */
function hostHtml(noscript: boolean): string {
  const map = buildEmbedSnippet({
    site: `${SITE}/`,
    path: '/embed/map/',
    title: '东西部协作：东部与西部的结对',
    height: MAP_EMBED_HEIGHT.national,
    fullPath: '/',
  }).replace('<iframe ', '<iframe sandbox="allow-scripts" ');
  const story = snippetFrom(storyPage?.path ?? '', '/embed/story/').replace(
    '<iframe ',
    '<iframe sandbox="allow-scripts" ',
  );
  const pair = snippetFrom(pairPath, '/embed/pair/');
  let snippets = [map, pair, story].join('\n<p>Between embeds.</p>\n').replaceAll(SITE, site.origin);
  if (noscript) snippets = snippets.replace(/<script [^>]*embed\.js[^>]*><\/script>/g, '');
  return HOST_PAGE.replace('<!-- SNIPPETS -->', snippets);
}

beforeAll(async () => {
  site = await serveDist();
  host = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostHtml((req.url ?? '').includes('noscript')));
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', () => ok()));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (host ? host.close(() => ok()) : ok()));
  await site?.close();
});

interface FrameFit {
  src: string;
  iframeHeight: number;
  contentHeight: number;
  scrollHeight: number;
  innerHeight: number;
}

/** Loads every (lazy) iframe by scrolling to it, then reads each iframe's height and its document's. */
async function frameFits(page: Page): Promise<FrameFit[]> {
  const iframes = page.locator('iframe');
  const count = await iframes.count();
  const fits: FrameFit[] = [];
  for (let i = 0; i < count; i++) {
    const iframe = iframes.nth(i);
    await iframe.scrollIntoViewIfNeeded();
    const handle = await iframe.elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error(`iframe ${i} has no frame`);
    await frame.waitForLoadState('load');
    // Let ResizeObserver and the parent script settle.
    await page.waitForTimeout(400);
    const inner = await frame.evaluate(() => ({
      contentHeight: Math.ceil(document.querySelector('[data-embed-root]')?.getBoundingClientRect().height ?? 0),
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
    }));
    const iframeHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    fits.push({ src: (await iframe.getAttribute('src')) ?? '', iframeHeight, ...inner });
  }
  return fits;
}

describe.each([360, 1200])('three embeds on a second origin at %ipx', (width) => {
  test('each iframe resizes to its content: no inner scrollbar, height within 3px', async () => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${hostOrigin}/`, { waitUntil: 'load' });
    const fits = await frameFits(page);
    expect(fits).toHaveLength(3);
    for (const fit of fits) {
      expect(fit.contentHeight, fit.src).toBeGreaterThan(200);
      expect(Math.abs(fit.iframeHeight - fit.contentHeight), fit.src).toBeLessThanOrEqual(3);
      expect(fit.scrollHeight, fit.src).toBeLessThanOrEqual(fit.innerHeight + 1);
    }
    // The embeds speak Pym.js's and Datawrapper's protocols too.
    const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    expect(messages.some((m) => typeof m === 'string' && /^pymxPYMxshanhai-[\w-]+xPYMxheightxPYMx\d+$/.test(m))).toBe(
      true,
    );
    expect(messages.some((m) => typeof m === 'object' && m !== null && 'datawrapper-height' in m)).toBe(true);
    // No third-party requests: only the host and the site.
    expect(requests.filter((u) => !u.startsWith(hostOrigin) && !u.startsWith(site.origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('without the parent script, the snippet heights show each embed on a phone with no scrollbar', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto(`${hostOrigin}/?noscript`, { waitUntil: 'load' });
  const fits = await frameFits(page);
  expect(fits).toHaveLength(3);
  for (const fit of fits) {
    expect(fit.iframeHeight, fit.src).toBeGreaterThanOrEqual(fit.contentHeight);
    expect(fit.scrollHeight, fit.src).toBeLessThanOrEqual(fit.innerHeight + 1);
  }
  await page.close();
});

test('the pair chart’s downloads: SVG parses, PNG decodes, CSV rows are the chart’s figures', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.origin}/embed/pair/guangdong--guangxi/`, { waitUntil: 'load' });
  const figures = await page.evaluate(() =>
    [...(document.querySelector('.chart-svg svg')?.querySelectorAll('.bar-figure text') ?? [])].map(
      (t) => t.textContent,
    ),
  );
  expect(figures.length).toBeGreaterThan(3);
  const result = await page.evaluate(async () => {
    const svgText = await (await fetch('chart.svg')).text();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const png = await (await fetch('chart.png')).arrayBuffer();
    const signature = [...new Uint8Array(png).slice(0, 8)];
    const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
    const csv = (await (await fetch('chart.csv')).text()).replace(/^\uFEFF/, '');
    return {
      svgOk: doc.querySelector('parsererror') === null && doc.documentElement.localName === 'svg',
      svgFigures: [...doc.querySelectorAll('.bar-figure text')].map((t) => t.textContent),
      signature,
      size: [bitmap.width, bitmap.height],
      csv,
    };
  });
  expect(result.svgOk).toBe(true);
  expect(result.svgFigures).toEqual(figures);
  expect(result.signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(result.size[0]).toBeGreaterThan(0);
  expect(result.size[1]).toBeGreaterThan(0);
  const [header, ...rows] = result.csv.trim().split('\n');
  expect(header?.split(',').slice(0, 8)).toEqual([
    'fact_id',
    'metric',
    'metric_label',
    'value',
    'unit',
    'expression',
    'qualifier',
    'status',
  ]);
  // d3's csvFormat quotes only fields that need it; the expressions here need none.
  expect(rows.map((r) => r.split(',')[5])).toEqual(figures);
  await page.close();
});
