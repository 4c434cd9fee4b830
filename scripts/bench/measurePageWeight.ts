/**
 * What one page load costs a reader: every response of a real load in Chromium, by kind, each body gzipped here
 * at level 6 as the local server sends it (Playwright hands over the decoded bytes), images included.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** Gzipped bytes by kind, and the number of requests. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** JSON, CSV, TopoJSON and other fetched data. */
  data: number;
  /** Images, fonts, icons. */
  other: number;
  total: number;
  requests: number;
}

function kindOf(type: string, url: string, contentType: string): keyof Omit<PageWeight, 'total' | 'requests'> {
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (type === 'script' || contentType.includes('javascript')) return 'js';
  if (type === 'fetch' || type === 'xhr' || /\.(json|csv)$/.test(new URL(url).pathname)) return 'data';
  return 'other';
}

/** Loads `url` in a fresh context (empty cache) at phone size and weighs every response. */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const weight: PageWeight = { html: 0, css: 0, js: 0, data: 0, other: 0, total: 0, requests: 0 };
  page.on('response', (res) => {
    weight.requests++;
    pending.push(
      res
        .body()
        .then((body) => {
          const kind = kindOf(res.request().resourceType(), res.url(), res.headers()['content-type'] ?? '');
          const size = gzipSync(body).length;
          weight[kind] += size;
          weight.total += size;
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return weight;
}

/** Whether the page shows the map's arcs with JavaScript turned off. */
export async function mapVisibleWithoutJs(browser: Browser, url: string): Promise<boolean> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const visible = await page.evaluate(() =>
    [...document.querySelectorAll('svg .pm-view[data-active] .pm-arc')].some(
      (g) => g.getBoundingClientRect().width > 0,
    ),
  );
  await context.close();
  return visible;
}

/** Elements in the page once it has loaded (what Lighthouse's DOM-size audit counts), at phone size. */
export async function countDomNodes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const count = await page.evaluate(() => document.querySelectorAll('*').length);
  await context.close();
  return count;
}
