/**
 * The English edition (issue 19): every page of it is built beside its Chinese page; readers see English (Chinese
 * only in quotes and in the names of the original articles and outlets, marked `lang="zh-CN"`); both editions
 * name each other with absolute hreflang alternates and `x-default`; the language switch keeps the map view; the
 * English pages pass axe; the English map switches views and says so in English.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { ENGLISH_ROUTES, hasBothEditions } from '../../src/lib/i18n/editions';
import { localizePath } from '../../src/lib/i18n/paths';
import { isChineseOnlyNotice } from '../../src/lib/stories/chineseOnlyNotices';
import { findChineseInPage } from './support/findChineseText';
import { runAxe } from './support/runAxe';
import { listSitePages } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const SITE = 'https://shanhai.example.org';
const pages = listSitePages().filter(
  (p) => !p.path.startsWith('/embed/') && !p.path.startsWith('/en/embed/') && !p.path.startsWith('/og/'),
);
const english = pages.filter((p) => p.path.startsWith('/en/'));
/** English pages that are no Chinese page's counterpart: the notices of stories in Chinese only (englishStories.test.ts). */
const notices = english.filter((p) => isChineseOnlyNotice(p.path));
const chinese = pages.filter((p) => !p.path.startsWith('/en/'));
const byPath = new Map(pages.map((p) => [p.path, p]));
const html = (path: string): string => readFileSync(byPath.get(path)?.file ?? '', 'utf8');

describe('the English edition is built', () => {
  test('every Chinese page of a route with an English edition has its English page, and no other', () => {
    const expected = chinese.filter((p) => hasBothEditions(p.path)).map((p) => localizePath(p.path, 'en'));
    expect([...english.map((p) => p.path).filter((p) => !isChineseOnlyNotice(p))].sort()).toEqual(expected.sort());
    expect(notices.length).toBeGreaterThan(0);
    // Home, both list pages, every province and pair page, about, sources, data.
    expect(english.length).toBeGreaterThanOrEqual(ENGLISH_ROUTES.length + 20);
  });
});

describe('the Chinese-text scanner', () => {
  test('finds Chinese outside quotes and marked names, in text and in attributes readers hear', () => {
    const page =
      '<html lang="en"><head><title>Map · 山海</title></head><body><p>Fiscal aid 亿元</p><blockquote>原文引文</blockquote>' +
      '<cite lang="zh-CN">人民日报</cite><img alt="二维码"><a aria-label="Open 省份页">x</a><p lang="en">ok</p></body></html>';
    expect(findChineseInPage(page).map((f) => `${f.where}: ${f.found}`)).toEqual([
      'title: 山海',
      'P: 亿元',
      'IMG[alt]: 二维码',
      'A[aria-label]: 省份页',
    ]);
  });
});

describe('readers of the English pages see English', () => {
  test.each(english.map((p) => ({ path: p.path })))('$path', ({ path }) => {
    const found = findChineseInPage(html(path)).map((f) => `${f.where}: ${f.found} (…${f.context}…)`);
    expect([...new Set(found)]).toEqual([]);
  });
});

describe('hreflang and the language switch', () => {
  test.each(pages.map((p) => ({ path: p.path })))('$path', ({ path }) => {
    const { document } = parseHTML(html(path));
    const en = path.startsWith('/en/');
    expect(document.documentElement.getAttribute('lang')).toBe(en ? 'en' : 'zh-CN');
    const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
      (l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`,
    );
    const zhPath = localizePath(path, 'zh');
    const enPath = localizePath(path, 'en');
    const switchLink = document.querySelector('a[data-lang-switch]');
    if (hasBothEditions(path)) {
      expect(alternates).toEqual([`zh-CN ${SITE}${zhPath}`, `en ${SITE}${enPath}`, `x-default ${SITE}${zhPath}`]);
      expect(switchLink?.getAttribute('href')).toBe(en ? zhPath : enPath);
      // The other page names this one back (mutual).
      const other = parseHTML(html(en ? zhPath : enPath)).document;
      expect(other.querySelector(`link[hreflang="${en ? 'en' : 'zh-CN'}"]`)?.getAttribute('href')).toBe(
        `${SITE}${path}`,
      );
    } else {
      expect(alternates).toEqual([]);
      expect(switchLink?.getAttribute('href')).toBe(en ? '/' : '/en/');
    }
    expect(switchLink?.getAttribute('lang')).toBe(en ? 'zh-CN' : 'en');
  });

  test('the sitemap lists both editions of a page as alternates', () => {
    const sitemap = readFileSync(byPath.get('/')?.file.replace(/index\.html$/u, 'sitemap-0.xml') ?? '', 'utf8');
    for (const path of ['/pair/shandong--gansu/', '/en/pair/shandong--gansu/']) {
      const entry = new RegExp(`<url><loc>${SITE}${path}</loc>(.*?)</url>`, 'u').exec(sitemap)?.[1] ?? '';
      expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${SITE}/pair/shandong--gansu/"/>`);
      expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}/en/pair/shandong--gansu/"/>`);
    }
  });
});

const site = useSiteInBrowser();

async function open(path: string, width = 1280) {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  return page;
}

describe('axe on the English pages', () => {
  const main = [
    '/en/',
    '/en/pair/shandong--gansu/',
    '/en/province/gansu/',
    '/en/pairs/',
    '/en/provinces/',
    '/en/about/',
    '/en/sources/',
    '/en/data/',
    '/en/source/rmrb-2023-11-yuegui/',
    '/en/embed/pair/guangdong--guangxi/',
    '/en/embed/province-chart/gansu/',
  ];
  test.each(main.flatMap((path) => [390, 1280].map((width) => ({ path, width }))))(
    '$path at $width px',
    async ({ path, width }) => {
      const page = await open(path, width);
      const problems = await runAxe(page);
      await page.context().close();
      expect(problems).toEqual([]);
    },
  );
});

describe('the English map', () => {
  test('switches views, says so in English, and the switch to Chinese keeps the view', async () => {
    const page = await open('/en/');
    const map = page.locator('shanhai-map').first();
    const cadres = map.locator('label:has(input[type=radio][value="cadres"])');
    expect(await cadres.textContent()).toBe('Party and government cadres');
    await cadres.click();
    await expect.poll(() => map.getAttribute('data-metric')).toBe('cadres');
    const period = (await map.getAttribute('data-period')) ?? '';
    expect(await map.locator('.pm-status').textContent()).toMatch(/^Showing: Party and government cadres, /u);
    expect(await map.locator('.pm-legend-metric[data-active] .pm-legend-title').textContent()).toBe(
      'Width: Party and government cadres, full-year figure (people)',
    );
    expect(new URL(page.url()).searchParams.get('metric')).toBe('cadres');
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(new URL(page.url()).search).toBe(`?metric=cadres&period=${period}`);
    const zhMap = page.locator('shanhai-map').first();
    await expect.poll(() => zhMap.getAttribute('data-metric')).toBe('cadres');
    expect(await zhMap.getAttribute('data-period')).toBe(period);
    await page.context().close();
  });

  test('a tooltip in English names the figure, its period and direction', async () => {
    const page = await open('/en/?metric=funds&period=2023');
    const arc = page.locator('shanhai-map .pm-view[data-active] [data-tip]').first();
    await arc.focus();
    const tip = (await page.locator('shanhai-map .pm-tip').textContent()) ?? '';
    await page.context().close();
    expect(tip).toMatch(/Fiscal aid: [\d.,]+ (?:million|billion) yuan/u);
    expect(tip).toMatch(/east → west|west → east|both ways/u);
    expect(tip).toMatch(/2023, full year/u);
  });
});

describe('English pages link to English pages', () => {
  test('figures, cards, the map table and the sources list link to the English source page', () => {
    for (const path of ['/en/', '/en/pair/guangdong--guangxi/', '/en/province/gansu/', '/en/sources/']) {
      const { document } = parseHTML(html(path));
      const links = [...document.querySelectorAll('a[href*="/source/"]')].map((a) => a.getAttribute('href') ?? '');
      expect(links.length, path).toBeGreaterThan(0);
      expect(
        links.filter((href) => !href.startsWith('/en/source/')),
        path,
      ).toEqual([]);
    }
  });

  test('an English source page gives each figure in English with its Chinese clause, and the title stays Chinese', () => {
    const { document } = parseHTML(html('/en/source/rmrb-2023-11-yuegui/'));
    expect(document.querySelector('h1')?.getAttribute('lang')).toBe('zh-CN');
    expect(document.querySelector('h1')?.textContent).toBe('粤桂携手,推动协作走深走实——优势互补,助力乡村振兴');
    expect(document.querySelector('.dek')?.textContent).toBe(
      'Title in English (our gloss): Guangdong and Guangxi deepen their cooperation for rural revitalisation',
    );
    const rows = [...document.querySelectorAll('table.facts tbody tr')];
    expect(rows.length).toBe(32);
    const row = document.querySelector('tr[id^="fact-"] td:nth-child(2) strong');
    expect(row?.textContent).toMatch(/^(?:more than |about |nearly |at least )?[\d.,]+ /u);
    for (const quote of document.querySelectorAll('table.facts blockquote'))
      expect(quote.getAttribute('lang')).toBe('zh-CN');
  });
});

describe('the coverage table on /en/about/', () => {
  test('has the Chinese table’s cells, in English', () => {
    const cells = (path: string) =>
      [...parseHTML(html(path)).document.querySelectorAll('table.coverage td')].map((td) => ({
        empty: td.textContent?.trim() === '—',
        target: td.querySelector('.tag-target') !== null,
        conflict: td.querySelector('.tag-conflict') !== null,
        marks: td.querySelectorAll('.tag').length,
      }));
    const zh = cells('/about/');
    expect(zh.length).toBeGreaterThan(100);
    expect(cells('/en/about/')).toEqual(zh);
    const { document } = parseHTML(html('/en/about/'));
    expect(document.querySelector('table.coverage .pair-row a')?.getAttribute('href')).toMatch(/^\/en\/pair\//u);
  });
});

describe('the CSV fields on /en/data/', () => {
  test('every column of the Chinese list, described in English, codes set as code and not repeated', () => {
    const rows = (path: string) =>
      [...parseHTML(html(path)).document.querySelectorAll('table.fields tbody tr')].map((tr) => ({
        name: tr.querySelector('td code')?.textContent,
        meaning: tr.querySelectorAll('td')[1]?.textContent ?? '',
      }));
    const en = rows('/en/data/');
    expect(en.map((r) => r.name)).toEqual(rows('/data/').map((r) => r.name));
    expect(en.find((r) => r.name === 'level')?.meaning).toBe(
      'The level of the place the figure covers: national; province; prefecture (city); county; district',
    );
    expect(en.find((r) => r.name === 'unit')?.meaning).toContain('yuan (RMB); usd US dollars; person people (人, 名)');
    const { document } = parseHTML(html('/en/data/'));
    const period = [...document.querySelectorAll('table.fields tbody tr')].find(
      (tr) => tr.querySelector('code')?.textContent === 'period',
    );
    expect([...(period?.querySelectorAll('td:last-child code') ?? [])].map((c) => c.textContent)).toEqual([
      '2023',
      '2021..2023',
      '2021-01..2023-09',
      '..2023-10',
    ]);
  });
});

describe('English pages on a phone', () => {
  // The English summary's tags are phrases: on one line each they pushed /en/pair/guangdong--guangxi/ to 453 px.
  test.each([
    '/en/pair/guangdong--guangxi/',
    '/en/province/guangxi/',
    '/en/province/gansu/',
    '/en/source/rmrb-2023-11-yuegui/',
  ])('%s at 390 px is no wider than the screen', async (path) => {
    const page = await open(path, 390);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.context().close();
    expect(width).toBe(390);
  });
});

describe('the navigation on a phone', () => {
  test.each(['/en/', '/'])(
    '%s at 390 px: no sideways scroll of the page; the English list fits without scrolling',
    async (path) => {
      const page = await open(path, 390);
      const sizes = await page.evaluate(() => {
        const list = document.querySelector('.site-header nav ul') as HTMLElement;
        return { page: document.documentElement.scrollWidth, list: list.scrollWidth - list.clientWidth };
      });
      await page.context().close();
      expect(sizes.page).toBe(390);
      // The Chinese list keeps its one scrolling row; the English one wraps under the brand instead.
      if (path.startsWith('/en/')) expect(sizes.list).toBe(0);
    },
  );
});

describe('the yearly chart on the English province and pair pages', () => {
  test.each([
    {
      path: '/en/pair/guangdong--guangxi/',
      zh: '/pair/guangdong--guangxi/',
      prefix: 'pair-chart',
      embed: '/en/embed/pair/guangdong--guangxi/',
    },
    {
      path: '/en/province/gansu/',
      zh: '/province/gansu/',
      prefix: 'province-chart',
      embed: '/en/embed/province-chart/gansu/',
    },
  ])(
    '$path: heading, jump link, the Chinese chart’s bars, an embed control for the English embed',
    ({ path, zh, prefix, embed }) => {
      const { document } = parseHTML(html(path));
      const { document: chinese } = parseHTML(html(zh));
      expect(document.querySelector('nav.jump a[href="#chart"]')?.textContent).toBe('Figures by year');
      expect(document.getElementById('chart')).not.toBeNull();
      const figure = document.getElementById(prefix);
      expect(figure?.querySelector('.chart-title')?.textContent).toMatch(/: main figures by year$/u);
      // The same bars as the Chinese chart: one figure per bar, in both drawings.
      const bars = (d: Document) => d.querySelectorAll(`#${prefix} .chart-wide .bar-figure text`).length;
      expect(bars(document)).toBeGreaterThan(0);
      expect(bars(document)).toBe(bars(chinese));
      const script = document.getElementById(`${prefix}-embed-script`)?.textContent ?? '';
      expect(script).toContain(`${SITE}${embed}?id=`);
      expect(document.getElementById(`${prefix}-embed-image`)?.textContent).toContain(`${SITE}${embed}shanhai-`);
      const files = [...(figure?.querySelectorAll('[data-embed-files] a') ?? [])].map((a) => a.getAttribute('href'));
      expect(files).toHaveLength(3);
      for (const f of files) expect(f).toMatch(new RegExp(`^${embed}shanhai-[a-z-]+-chart-en\\.(png|svg|csv)$`, 'u'));
    },
  );

  test('without JavaScript the chart is drawn and its embed control opens, as on the Chinese page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/en/pair/guangdong--guangxi/#chart`, { waitUntil: 'load' });
    const narrow = page.locator('#pair-chart .chart-narrow svg');
    expect(await narrow.isVisible()).toBe(true);
    expect((await narrow.boundingBox())?.height ?? 0).toBeGreaterThan(300);
    expect(await page.locator('#pair-chart .chart-wide svg').isVisible()).toBe(false);
    await page.locator('#pair-chart .embed-control summary').click();
    expect(await page.locator('#pair-chart-embed-iframe').isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();
    expect(width).toBe(390);
  });
});
