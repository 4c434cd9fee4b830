/**
 * Sharing: every page has a copy-link button and a QR code (for WeChat) drawn at build time, served by the site
 * itself; on a map page both follow the map view the reader chose (`?metric=&period=`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_DIST } from '../../scripts/serve-dist';
import { translate } from '../../src/lib/i18n/messages';
import { listSitePages } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const site = useSiteInBrowser();

describe('every page offers a link and a QR code of its own address', () => {
  const pages = listSitePages().filter((p) => !p.path.includes('/embed/'));
  test(`${pages.length} pages`, () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      const url = /<shanhai-share data-url="([^"]+)"/.exec(html)?.[1];
      if (url !== `https://shanhai.example.org${page.path}`) wrong.push(`${page.path}: share box for ${url}`);
      const qr = readFileSync(join(DEFAULT_DIST, page.path, 'qr.svg'), 'utf8');
      const title = translate(page.path.startsWith('/en/') ? 'en' : 'zh', 'common.share.qrAlt');
      if (!qr.startsWith('<svg') || !qr.includes(`<title>${title}</title>`)) wrong.push(`${page.path}: qr.svg`);
    }
    expect(wrong).toEqual([]);
  });
});

test('copy-link copies the current map view, and the QR code follows it, with no request off the site', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  const page = await context.newPage();
  const offSite: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(site.server.origin)) offSite.push(r.url());
  });
  await page.goto(`${site.server.origin}/province/gansu/`, { waitUntil: 'networkidle' });
  await page.click('shanhai-map label:has(input[value="labor"])');
  const period = await page.$eval('shanhai-map select', (s) => (s as HTMLSelectElement).value);
  await page.click('.share-copy');
  await page.waitForFunction(() => document.querySelector('.share-done')?.textContent === '链接已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`https://shanhai.example.org/province/gansu/?metric=labor&period=${period}`);
  await page.click('.share-qr summary');
  const img = page.locator('.share-qr img');
  await expect.poll(() => img.getAttribute('src')).toBe(`qr-labor-${period}.svg`);
  await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  expect(await page.textContent('.share-qr-note')).toBe('用微信“扫一扫”打开本页当前的地图视图。');
  expect(offSite).toEqual([]);
  await context.close();
});

test('without JS the QR code of the page still opens; the copy button, which needs JS, is not shown', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}/stories/yuegui/`);
  expect(await page.isVisible('.share-copy')).toBe(false);
  await page.click('.share-qr summary');
  const img = page.locator('.share-qr img');
  await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await context.close();
});
