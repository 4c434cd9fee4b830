/**
 * The English story pages: the national overview written in English, the Chinese-only notice of every other story,
 * the list, and the English search. Same checks as the Chinese pages (axe at 390 and 1280px, no console errors,
 * the story's maps switching as the reader scrolls — story.test.ts covers every page with `data-scrolly`), plus:
 * English in what readers see (Chinese only in quotes and names marked `lang="zh-CN"`), hreflang only where the
 * other edition is a real counterpart, and each edition's search finding its own pages only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { findChineseInPage } from './support/findChineseText';
import { runAxe } from './support/runAxe';
import { DIST, pagesContaining } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';
import { watchProblems } from './support/watchProblems';

const site = useSiteInBrowser();
const STORY = '/en/stories/national-2023/';
const NOTICE = '/en/stories/yuegui/';
const ENGLISH_PAGES = [STORY, NOTICE, '/en/stories/', '/en/search/'];

function builtPage(path: string): Document {
  return parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document as unknown as Document;
}

async function open(path: string, width: number): Promise<{ page: Page; problems: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  const { problems } = watchProblems(page, site.server.origin);
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  return { page, problems };
}

describe('the English national story', () => {
  test('is the English edition: in English, with the figures in English and linked to their sources', () => {
    const document = builtPage(STORY);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('h1')?.textContent).toBe(
      'Eight in the east, ten in the west: East–West cooperation in 2023',
    );
    const figures = [...document.querySelectorAll('.prose a.fact-link')].map((a) => a.textContent);
    expect(figures).toEqual([
      '8',
      '10',
      '23.19 billion yuan',
      '23.19 billion yuan',
      '22.87 billion yuan',
      '3,045',
      '25,000',
      'more than 28,000 people',
      '731,000',
      '815,000',
      '543,000',
    ]);
    const aid = document.querySelector('.prose a.fact-link[href$="#fact-000-10-funds-fiscal-national"]');
    expect(aid?.getAttribute('title')).toMatch(/^2023, full year · exact · Fiscal aid · China \(national\) · source: /);
    // The full-year and the January–November figures stay two facts, each with its own period.
    const gmrb = document.querySelector('.prose a.fact-link[href$="#fact-r-gmrb-2024-01-national-01-fiscal"]');
    expect(gmrb?.getAttribute('title')).toMatch(/^Jan–Nov 2023 · /);
  });

  test('its maps are the story maps of the Chinese edition, and they switch as the reader scrolls', () => {
    expect(pagesContaining('data-scrolly').map((p) => p.path)).toContain(STORY);
    const steps = [...builtPage(STORY).querySelectorAll('[data-scrolly] .step')];
    const chineseSteps = [...builtPage('/stories/national-2023/').querySelectorAll('[data-scrolly] .step')];
    expect(steps.length).toBe(3);
    expect(steps.length).toBe(chineseSteps.length);
  });

  test('names the Chinese story as its hreflang alternate, and the Chinese story names it', () => {
    const alternates = (path: string) =>
      [...builtPage(path).querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href') ?? '').pathname}`,
      );
    const both = [
      'zh-CN /stories/national-2023/',
      'en /en/stories/national-2023/',
      'x-default /stories/national-2023/',
    ];
    expect(alternates(STORY)).toEqual(both);
    expect(alternates('/stories/national-2023/')).toEqual(both);
  });
});

describe('a story without an English edition', () => {
  test('has an English notice linking to the Chinese story, and no hreflang (there is no counterpart)', () => {
    const document = builtPage(NOTICE);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('.notice')?.textContent).toContain('This story is available in Chinese only.');
    const read = document.querySelector('a.read-zh');
    expect(read?.getAttribute('href')).toBe('/stories/yuegui/');
    expect(read?.textContent).toBe('Read the story in Chinese');
    expect(document.querySelector('h1')?.getAttribute('lang')).toBe('zh-CN');
    expect(document.querySelectorAll('link[rel="alternate"][hreflang]').length).toBe(0);
    expect(document.querySelector('title')?.textContent).toBe(
      'In Chinese only: a story on Guangdong, Guangxi · Shanhai',
    );
    expect(builtPage('/stories/yuegui/').querySelectorAll('link[rel="alternate"][hreflang]').length).toBe(0);
  });

  test('is listed on /en/stories/ as Chinese only, after the English stories', () => {
    const document = builtPage('/en/stories/');
    const lists = [...document.querySelectorAll('ol.story-list')].map((ol) =>
      [...ol.querySelectorAll('a.story-title')].map((a) => a.getAttribute('href')),
    );
    expect(lists[0]).toEqual([STORY]);
    expect(lists[1]).toContain(NOTICE);
    expect(lists[1]).toHaveLength(4);
  });
});

describe('related stories on province and pair pages', () => {
  const related = (path: string): { href: string | null; lang: string | null }[] =>
    [...builtPage(path).querySelectorAll('section.related-stories a')].map((a) => ({
      href: a.getAttribute('href'),
      lang: a.getAttribute('hreflang'),
    }));

  test.each(['/en/province/gansu/', '/en/pair/shandong--gansu/'])(
    '%s links the English story in English, and the Chinese-only ones to the Chinese page, marked',
    (path) => {
      expect(related(path)).toEqual([
        { href: STORY, lang: null },
        { href: '/stories/chengyang-weiyuan/', lang: 'zh-CN' },
        { href: '/stories/gansu-2021/', lang: 'zh-CN' },
      ]);
      expect(builtPage(path).querySelector('section.related-stories p.muted')?.textContent).toBe(
        'These stories are in Chinese only.',
      );
    },
  );

  test('the Chinese page lists the same stories, all in Chinese', () => {
    expect(related('/province/gansu/')).toEqual([
      { href: '/stories/chengyang-weiyuan/', lang: null },
      { href: '/stories/gansu-2021/', lang: null },
      { href: '/stories/national-2023/', lang: null },
    ]);
  });
});

describe.each(ENGLISH_PAGES)('%s', (path) => {
  test('readers see English: Chinese only in quotes and in names marked lang="zh-CN"', () => {
    const found = findChineseInPage(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
    expect(found.map((f) => `${f.where}: ${f.context}`)).toEqual([]);
  });

  test.each([390, 1280])('axe-core: no violations at %ipx, no console errors or failed requests', async (width) => {
    const { page, problems } = await open(path, width);
    const violations = await runAxe(page);
    await page.close();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** The result links (paths) and the status line for a query typed into a search page. */
async function search(path: string, query: string): Promise<{ paths: string[]; status: string }> {
  const { page, problems } = await open(path, 390);
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await page.waitForFunction(() => /\d|没有|No page/.test(document.querySelector('.search-status')?.textContent ?? ''));
  const paths = await page.$$eval('.search-results a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  const status = (await page.textContent('.search-status')) ?? '';
  await page.close();
  expect(problems).toEqual([]);
  return { paths, status };
}

describe('each edition searches its own pages', () => {
  test('/en/search/ finds the English story, and English pages only', async () => {
    const { paths, status } = await search('/en/search/', 'decimal');
    expect(paths, status).toContain(STORY);
    expect(paths.filter((p) => !p.startsWith('/en/'))).toEqual([]);
    expect(status).toMatch(/^\d+ pages? contains? "decimal"\.$/);
  });

  test('/search/ finds the Chinese story, and Chinese pages only', async () => {
    // 互派 is in both editions' national story: only the Chinese one is found here.
    const { paths, status } = await search('/search/', '互派');
    expect(paths, status).toContain('/stories/national-2023/');
    expect(paths.filter((p) => p.startsWith('/en/'))).toEqual([]);
  });

  test('a Chinese name typed into the English search finds English pages that cite it, never a Chinese page', async () => {
    const { paths } = await search('/en/search/', '粤桂协作');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !p.startsWith('/en/'))).toEqual([]);
    const none = await search('/en/search/', 'crocodile');
    expect(none.paths).toEqual([]);
    expect(none.status).toBe('No page contains "crocodile". Try a shorter word, or browse the list of sources.');
  });
});
