/**
 * The English edition's images: every English map view with figures has its PNG, SVG and CSV (`…-en`, under
 * /en/embed/), as many as the Chinese views (whose count is unchanged); the English CSV has the Chinese view CSV's
 * rows with English labels; the embed control on /en/ and the English embeds offer the PNG, which opens at 2160 px
 * (national) or 1080 px (focused); the English pages' social cards are English cards that exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DistServer, serveDist } from '../../scripts/serve-dist';
import { mapViewDownloads } from '../../src/lib/embed/siteEmbeds';
import { launchBrowser } from './support/launchBrowser';
import { DIST } from './support/sitePages';

let site: DistServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const chinese = mapViewDownloads('zh');
const english = mapViewDownloads('en');
const onDisk = (path: string): string => join(DIST, path);
const rows = (path: string) => csvParse(readFileSync(onDisk(path), 'utf8').replace(/^\uFEFF/u, ''));

describe('the English view files', () => {
  test('every English view with figures has its PNG, SVG and CSV; as many as the Chinese, whose count is unchanged', () => {
    // 205 views with figures before this change (18 national, 120 province, 67 pair): 615 files.
    expect(chinese).toHaveLength(615);
    expect(english).toHaveLength(chinese.length);
    expect(english.every((f) => f.path.startsWith('/en/embed/') && /-en\.(?:png|svg|csv)$/u.test(f.path))).toBe(true);
    expect([...chinese, ...english].filter((f) => !existsSync(onDisk(f.path))).map((f) => f.path)).toEqual([]);
    // The English files are the Chinese ones' twins, view for view.
    expect(english.map((f) => f.path.replace(/^\/en/u, '').replace(/-en\./u, '.'))).toEqual(chinese.map((f) => f.path));
  });

  test('an English view CSV has the Chinese view CSV rows in the same order, with English labels', () => {
    const zh = rows('/embed/province/guangdong/funds/2023/shanhai-guangdong-funds-2023.csv');
    const en = rows('/en/embed/province/guangdong/funds/2023/shanhai-guangdong-funds-2023-en.csv');
    expect(en.columns).toEqual(zh.columns);
    expect(en.map((r) => r.fact_id)).toEqual(zh.map((r) => r.fact_id));
    expect(en.map((r) => r.value)).toEqual(zh.map((r) => r.value));
    expect(zh.length).toBeGreaterThan(0);
    for (const r of en) {
      expect(`${r.metric_label} ${r.from_name} ${r.to_name} ${r.period_label}`).not.toMatch(/\p{Script=Han}/u);
    }
  });

  test('the English SVG is in English and keeps the islands inset and the approval slot of the Chinese one', () => {
    const svg = readFileSync(onDisk('/en/embed/map/funds/2023/shanhai-national-funds-2023-en.svg'), 'utf8');
    expect(svg).toContain('<title>East–West cooperation: Fiscal aid by pairing (2023)</title>');
    expect(svg).toContain('>South China Sea Islands</text>');
    expect(svg).toContain('>Diaoyu Dao</text>');
    // The site has no 审图号 yet (site.config.json): the slot is there, empty, where the Chinese export has it.
    const slot = (text: string) => /<text class="pm-approval"[^>]*>[^<]*<\/text>/u.exec(text)?.[0];
    const zh = readFileSync(onDisk('/embed/map/funds/2023/shanhai-national-funds-2023.svg'), 'utf8');
    expect(slot(svg)).toBeDefined();
    expect(slot(svg)).toBe(slot(zh));
    expect(svg).toContain('>Figures as the sources state them, qualifiers kept;');
    expect(svg).not.toMatch(/>来源|线宽图例|南海诸岛</u);
  });
});

describe('the English embed control and embeds offer the images', () => {
  test('/en/: the control offers the view PNG, SVG, CSV and the image for WeChat; the PNG opens 2160 px wide', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/en/`, { waitUntil: 'load' });
    const png = page.locator('#home-map [data-embed-files] a[data-ext=png]');
    const name = await png.getAttribute('download');
    expect(name).toMatch(/^shanhai-national-[a-z]+-[a-z0-9]+-en\.png$/u);
    const href = (await png.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/en\/embed\/map\/[a-z]+\/[a-z0-9]+\/shanhai-national-.*-en\.png$/u);
    expect(await page.locator('#home-map [data-embed-files]').evaluate((p) => (p as HTMLElement).hidden)).toBe(false);
    const image = await page.locator('#home-map-embed-image').inputValue();
    expect(image).toContain(`${href}"`);
    const alt = await page.locator('#home-map-embed-alt').inputValue();
    expect(alt).toMatch(/^East–West cooperation pairings: /u);
    expect(alt).not.toMatch(/\p{Script=Han}/u);
    const size = await page.evaluate(async (src) => {
      const bitmap = await createImageBitmap(await (await fetch(src)).blob());
      return [bitmap.width, bitmap.height];
    }, href);
    expect(size[0]).toBe(2160);
    await page.close();
  });

  test('/en/: after another view is picked, the image and its alt text follow it, in English', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin}/en/`, { waitUntil: 'load' });
    await page.locator('#home-map .embed-control summary').click();
    await page.locator('#home-map input[type=radio][value=cadres]').check({ force: true });
    // The switch waits for the other views' file, then changes the map and the snippets.
    await page.waitForFunction(() => document.querySelector('shanhai-map')?.getAttribute('data-metric') === 'cadres');
    const period = await page.evaluate(() => document.querySelector('shanhai-map')?.getAttribute('data-period'));
    const image = await page.locator('#home-map-embed-image').inputValue();
    expect(image).toContain(`/en/embed/map/cadres/${period}/shanhai-national-cadres-${period}-en.png"`);
    const alt = await page.locator('#home-map-embed-alt').inputValue();
    expect(alt).toMatch(/^East–West cooperation pairings: Party and government cadres [^.]*\. \S/u);
    expect(alt).not.toContain('。');
    await page.close();
  });

  test('/en/embed/province/guangdong/: the active view offers its PNG, 1080 px wide; the embed page offers an English CSV', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${site.origin}/en/embed/province/guangdong/?metric=funds&period=2023`, { waitUntil: 'load' });
    const links = page.locator('.embed-view[data-active] .embed-downloads a[download]');
    const names = await links.evaluateAll((as) => as.map((a) => a.getAttribute('download')));
    expect(names.slice(0, 3)).toEqual([
      'shanhai-guangdong-funds-2023-en.png',
      'shanhai-guangdong-funds-2023-en.svg',
      'shanhai-guangdong-funds-2023-en.csv',
    ]);
    const size = await page.evaluate(async () => {
      const a = document.querySelector('.embed-view[data-active] .embed-downloads a[download$=".png"]');
      const bitmap = await createImageBitmap(await (await fetch((a as HTMLAnchorElement).href)).blob());
      return bitmap.width;
    });
    expect(size).toBe(1080);
    await page.close();
  });
});

describe('English social cards', () => {
  test.each([
    ['/en/', 'default-en'],
    ['/en/about/', 'default-en'],
    ['/en/province/guangxi/', 'province-en-guangxi'],
    ['/en/pair/guangdong--guangxi/', 'pair-en-guangdong--guangxi'],
    ['/', 'default'],
    ['/province/guangxi/', 'province-guangxi'],
  ])('%s points at /og/%s.png, which exists', (path, card) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const image = /<meta property="og:image" content="([^"]+)"/u.exec(html)?.[1] ?? '';
    expect(new URL(image).pathname).toBe(`/og/${card}.png`);
    expect(existsSync(join(DIST, 'og', `${card}.png`))).toBe(true);
  });
});
