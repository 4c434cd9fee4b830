/**
 * Province, pair, source and reference pages as a phone reader, a desktop reader and a printer use them (issue 14):
 * one-row navigation; a summary, jump links and back-to-top on province and pair pages; cards grouped by metric in
 * time order; the 全部数字 table filterable and sortable with the script and complete without it; tables readable at
 * 390 px and not broken inside names on desktops; a fact link landing on a marked row with its quote open; print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { runAxe } from './support/runAxe';
import { DIST, listSitePages } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const site = useSiteInBrowser();
const WIDTHS = [390, 768, 1280, 1920] as const;
const SCHEMES = ['light', 'dark'] as const;
const GANSU = '/province/gansu/';
const PAIR = '/pair/guangdong--guangxi/';
const TABLE_PAGES = [GANSU, PAIR, '/sources/', '/about/', '/source/gsrb-2021-10-gansu/', '/data/'];

interface Open {
  page: Page;
  context: BrowserContext;
}

async function open(
  path: string,
  width: number,
  options: { scheme?: 'light' | 'dark'; js?: boolean; height?: number } = {},
): Promise<Open> {
  const context = await site.browser.newContext({
    viewport: { width, height: options.height ?? 844 },
    colorScheme: options.scheme ?? 'light',
    javaScriptEnabled: options.js ?? true,
  });
  const page = await context.newPage();
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  // The whole document is parsed (with JS off, "network idle" can come before the last rows are in).
  await page.waitForSelector('footer', { state: 'attached' });
  return { page, context };
}

describe('the site navigation is one row, and every link stays reachable', () => {
  test.each(WIDTHS)('at %ipx', async (width) => {
    const { page, context } = await open(GANSU, width);
    const nav = await page.evaluate(() => {
      const header = document.querySelector('.site-header')?.getBoundingClientRect();
      const links = [...document.querySelectorAll<HTMLElement>('header nav a')];
      return {
        header: Math.round(header?.height ?? 0),
        tops: [...new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)))],
        heights: links.map((a) => Math.round(a.getBoundingClientRect().height)),
        count: links.length,
      };
    });
    // Focusing the last link (Tab) scrolls it into view inside the row.
    await page.focus('header nav li:last-child a');
    const lastVisible = await page.evaluate(() => {
      const a = document.querySelector('header nav li:last-child a')?.getBoundingClientRect();
      return a !== undefined && a.left >= 0 && a.right <= window.innerWidth;
    });
    await context.close();
    expect(nav.count).toBe(7);
    expect(nav.tops, 'all links on one row').toHaveLength(1);
    expect(nav.header, 'header height').toBeLessThanOrEqual(64);
    for (const h of nav.heights) expect(h, 'tap target').toBeGreaterThanOrEqual(44);
    expect(lastVisible).toBe(true);
  });
});

describe.each([GANSU, PAIR])('%s: summary, jump links, back-to-top', (path) => {
  test('at 390px the first screen shows the summary with a 财政援助资金 figure; it matches its card', async () => {
    const { page, context } = await open(path, 390);
    const found = await page.evaluate(() => {
      const row = [...document.querySelectorAll('table.summary tbody')].find((t) =>
        t.querySelector('th')?.textContent?.includes('财政援助资金'),
      );
      const link = row?.querySelector<HTMLAnchorElement>('td a');
      const card = link ? document.querySelector(link.hash) : null;
      return {
        y: link ? Math.round(link.getBoundingClientRect().top + scrollY) : -1,
        figure: link?.textContent?.trim(),
        card: card?.querySelector('.figure-big')?.textContent?.trim(),
      };
    });
    await context.close();
    expect(found.y).toBeGreaterThan(0);
    expect(found.y, 'the first 财政援助资金 figure is on the first screen').toBeLessThan(844);
    expect(found.card).toBe(found.figure);
  });

  test('jump links lead to each section, and back-to-top returns to the top', async () => {
    const { page, context } = await open(path, 390);
    const jumps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('nav.jump a')].map((a) => ({
        href: a.hash,
        exists: document.querySelector(a.hash) !== null,
      })),
    );
    expect(jumps.map((j) => j.href)).toEqual(expect.arrayContaining(['#map', '#figures', '#all-figures']));
    for (const j of jumps) expect(j.exists, j.href).toBe(true);
    await page.click('nav.jump a[href="#all-figures"]');
    const tableY = await page.evaluate(() =>
      Math.round(document.querySelector('#all-figures')?.getBoundingClientRect().top ?? -1),
    );
    expect(tableY).toBeLessThan(100);
    await page.locator('.back-to-top a').last().click();
    const y = await page.evaluate(() => scrollY);
    await context.close();
    expect(y).toBeLessThan(200);
  });
});

describe('headline cards are grouped by metric, each group in time order', () => {
  type Fact = { id: string; periodEnd: string; periodStart?: string; metric: string };
  const list = JSON.parse(readFileSync(join(DIST, 'data', 'facts.json'), 'utf8')) as Fact[];
  const facts = new Map(list.map((f) => [f.id, f]));
  const pages = listSitePages().filter((p) => p.template === 'province/[id]' || p.template === 'pair/[id]');
  test.each(pages.map((p) => p.path))('%s', (path) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const groups = [...html.matchAll(/<section class="card-group"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => ({
      heading: /<h3[^>]*>([^<]*)<\/h3>/.exec(m[1] ?? '')?.[1],
      cards: [...(m[1] ?? '').matchAll(/<li class="card" id="card-([^"]+)"/g)].map((c) => facts.get(c[1] ?? '')),
    }));
    const hasCards = html.includes('class="card"');
    if (!hasCards) return;
    expect(groups.length).toBeGreaterThan(0);
    expect(new Set(groups.map((g) => g.heading)).size, 'one section per metric').toBe(groups.length);
    for (const g of groups) {
      expect(new Set(g.cards.map((c) => c?.metric)).size, `${g.heading}: one metric`).toBe(1);
      const ends = g.cards.map((c) => `${c?.periodEnd}|${c?.periodStart ?? ''}`);
      expect(ends, `${g.heading}: time order`).toEqual([...ends].sort());
    }
  });
});

describe('the 全部数字 table', () => {
  test.each([390, 1280])('filters by metric and year, and sorts by figure, at %ipx', async (width) => {
    const { page, context } = await open(GANSU, width);
    // Each row shown, as the fact it prints (facts.json): its metric's label, the years it touches, its value.
    type Row = { metricLabel: string; periodStart?: string; periodEnd: string; value: number };
    const facts = new Map(
      (JSON.parse(readFileSync(join(DIST, 'data', 'facts.json'), 'utf8')) as (Row & { id: string })[]).map((f) => [
        `fact-${f.id}`,
        f,
      ]),
    );
    const rowsVisible = async () =>
      (
        await page.evaluate(() =>
          [...document.querySelectorAll<HTMLTableRowElement>('table.facts tbody tr')]
            .filter((r) => r.offsetParent !== null)
            .map((r) => r.id),
        )
      ).map((id) => {
        const f = facts.get(id) as Row;
        const [start, end] = [f.periodStart ?? f.periodEnd, f.periodEnd].map((d) => Number(d.slice(0, 4)));
        const years = Array.from({ length: (end ?? 0) - (start ?? 0) + 1 }, (_, i) => String((start ?? 0) + i)).join(
          '|',
        );
        return { metric: f.metricLabel, years, value: f.value, period: `${f.periodEnd}|${f.periodStart ?? ''}` };
      });
    const all = await rowsVisible();
    expect(all.length).toBe(120);
    // Each source's confidence note is in the HTML once; with the script every row of that source shows it on hover.
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('fact-table td:nth-child(5):not(:last-child) .tag')].map(
        (tag) => tag.title,
      ),
    );
    expect(notes.length).toBeGreaterThan(new Set(notes).size);
    expect(notes.filter((note) => note === '')).toEqual([]);
    await page.selectOption('fact-table select[name="metric"]', '党政干部');
    const cadres = await rowsVisible();
    expect(cadres.length).toBe(all.filter((r) => r.metric === '党政干部').length);
    expect(cadres.every((r) => r.metric === '党政干部')).toBe(true);
    expect(await page.textContent('fact-table output')).toBe(`显示 ${cadres.length} 条，共 120 条`);
    await page.selectOption('fact-table select[name="years"]', '2024');
    const cadres2024 = await rowsVisible();
    expect(cadres2024.length).toBeGreaterThan(0);
    expect(cadres2024.every((r) => r.metric === '党政干部' && r.years?.split('|').includes('2024'))).toBe(true);
    await page.selectOption('fact-table select[name="metric"]', '');
    await page.selectOption('fact-table select[name="years"]', '');
    // Wide screens sort from the column headings; phones (headings hidden) from the bar's 排序 menu.
    if (width >= 1280) await page.click('table.facts th button:text("数字")');
    else await page.selectOption('fact-table select[name="sort"]', 'sortValue:asc');
    const sorted = (await rowsVisible()).map((r) => r.value);
    const sort = await page.getAttribute('table.facts th:nth-child(2)', 'aria-sort');
    await page.selectOption('fact-table select[name="sort"]', 'sortPeriod:desc');
    const periods = (await rowsVisible()).map((r) => r.period);
    await context.close();
    expect(periods).toEqual([...periods].sort().reverse());
    expect(sorted).toHaveLength(120);
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    expect(sort).toBe('ascending');
  });

  test('without JS it is the complete plain table, with no dead controls', async () => {
    const { page, context } = await open(GANSU, 390, { js: false });
    const state = await page.evaluate(() => ({
      rows: [...document.querySelectorAll<HTMLTableRowElement>('table.facts tbody tr')].filter(
        (r) => r.offsetParent !== null,
      ).length,
      toolsShown: (document.querySelector<HTMLElement>('fact-table [data-tools]')?.offsetParent ?? null) !== null,
      buttons: document.querySelectorAll('table.facts button').length,
    }));
    await context.close();
    expect(state).toEqual({ rows: 120, toolsShown: false, buttons: 0 });
  });
});

/**
 * Visible table cells in `main` (the map's own table aside) whose text wraps over several lines in less than 5
 * characters' width — the 1–4-character columns of a table squeezed onto a phone.
 */
async function narrowCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main td, main th')]
      .filter((c) => c.offsetParent !== null && c.closest('.pm') === null && c.getBoundingClientRect().width > 1)
      .filter((c) => {
        const size = Number.parseFloat(getComputedStyle(c).fontSize);
        const range = document.createRange();
        range.selectNodeContents(c);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return (
          c.innerText.replace(/\s+/g, '').length >= 4 && c.getBoundingClientRect().width < 5 * size && lines.size > 1
        );
      })
      .map((c) => `${Math.round(c.getBoundingClientRect().width)}px «${c.innerText.trim().slice(0, 20)}»`),
  );
}

/**
 * Short words (names, years: runs of at most 5 characters inside one piece of text, between spaces and punctuation)
 * that a table cell breaks across two lines, e.g. "上海—云 / 南" or "2024 / 年". Titles (<cite>), quotes and long runs
 * may wrap anywhere.
 */
async function brokenNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const PUNCT = /[\s，。；、：）（()→—–\-/·,;:]/u;
    const out: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('main td, main th')) {
      // Hidden cells, the map's own table, and headings kept only for screen readers (1 px) are not read.
      const head = cell.closest('thead');
      if (cell.offsetParent === null || cell.closest('.pm') !== null) continue;
      if (head !== null && head.getBoundingClientRect().width <= 1) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (n.parentElement?.closest('details:not([open]) > :not(summary), blockquote, cite')) continue;
        const chars: { c: string; top: number; bottom: number }[] = [];
        for (let i = 0; i < n.data.length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          const rect = r.getClientRects()[0];
          chars.push({ c: n.data[i] ?? '', top: rect?.top ?? 0, bottom: rect?.bottom ?? 0 });
        }
        let start = 0;
        for (let i = 0; i <= chars.length; i++) {
          if (i < chars.length && !PUNCT.test(chars[i]?.c ?? '')) continue;
          const word = chars.slice(start, i);
          if (word.length > 1 && word.length <= 5) {
            for (let j = 1; j < word.length; j++) {
              if ((word[j]?.top ?? 0) >= (word[j - 1]?.bottom ?? 0) - 2) {
                out.push(`${word.map((w) => w.c).join('')} in «${(cell.textContent ?? '').trim().slice(0, 30)}»`);
                break;
              }
            }
          }
          start = i + 1;
        }
      }
    }
    return out;
  });
}

describe.each(TABLE_PAGES)('tables on %s', (path) => {
  test('at 390px no cell is squeezed to a few characters, and a table that scrolls keeps its first column', async () => {
    const { page, context } = await open(path, 390);
    const narrow = await narrowCells(page);
    // A table wider than the phone must keep its row headings in view while it scrolls (a sticky first column).
    const hiddenColumns = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main .table-scroll')]
        .filter((box) => box.closest('.pm') === null && box.scrollWidth > box.clientWidth + 1)
        .filter((box) => {
          const first = box.querySelector<HTMLElement>('tbody tr:not(.pair-row) > :first-child');
          return first === null || getComputedStyle(first).position !== 'sticky';
        })
        .map(
          (box) =>
            `${box.scrollWidth}px in ${box.clientWidth}px: «${box.querySelector('caption, th')?.textContent?.trim().slice(0, 20)}»`,
        ),
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await context.close();
    expect(narrow).toEqual([]);
    expect(hiddenColumns).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test.each([768, 1280, 1920])('at %ipx no name or year is broken across lines', async (width) => {
    const { page, context } = await open(path, width, { height: 900 });
    const broken = await brokenNames(page);
    await context.close();
    expect(broken).toEqual([]);
  });
});

describe.each(SCHEMES)('a story’s fact link, %s scheme', (scheme) => {
  test.each([true, false])('lands on a marked row with its quote open (JS %s)', async (js) => {
    const story = await open('/stories/chengyang-weiyuan/', 390, { scheme, js });
    const href = await story.page.getAttribute('a.fact-link', 'href');
    await story.context.close();
    expect(href).toMatch(/^\/source\/[^/]+\/#fact-/);
    const { page, context } = await open(href ?? '', 390, { scheme, js });
    const row = await page.evaluate(() => {
      const target = document.querySelector<HTMLTableRowElement>(':target');
      const other = [...document.querySelectorAll<HTMLTableRowElement>('table.facts tbody tr')].find(
        (r) => r !== target,
      );
      const quote = target?.querySelector('blockquote');
      const rect = target?.getBoundingClientRect();
      return {
        tag: target?.tagName,
        background: target
          ? getComputedStyle(target).backgroundColor + getComputedStyle(target.cells[0] as HTMLElement).backgroundColor
          : '',
        otherBackground: other
          ? getComputedStyle(other).backgroundColor + getComputedStyle(other.cells[0] as HTMLElement).backgroundColor
          : '',
        quoteShown: quote ? quote.getBoundingClientRect().height > 0 && quote.checkVisibility() : false,
        inView: rect !== undefined && rect.top >= 0 && rect.top < window.innerHeight,
      };
    });
    // axe runs only with the page's JS allowed (it is a script); the JS-off case is about the CSS alone.
    // The 来源不一致 tag's dark colour is the dark-mode work's (it fails on today's site too); it is left out here.
    const violations = js ? await runAxe(page, { include: [['table.facts']], exclude: [['.tag-conflict']] }) : [];
    await context.close();
    expect(row.tag).toBe('TR');
    expect(row.background).not.toBe(row.otherBackground);
    expect(row.quoteShown, 'quote open').toBe(true);
    expect(row.inView).toBe(true);
    expect(violations).toEqual([]);
  });
});

describe.each(SCHEMES)('the new parts pass axe in the %s scheme', (scheme) => {
  test.each([390, 1280])('at %ipx', async (width) => {
    const { page, context } = await open(GANSU, width, { scheme });
    const violations = await runAxe(page, {
      include: [['table.summary'], ['nav.jump'], ['fact-table'], ['.card-group'], ['header']],
      exclude: [['.tag-conflict']],
    });
    await context.close();
    expect(violations).toEqual([]);
  });
});

describe('print', () => {
  test('/province/gansu/ prints without navigation or controls, quotes open, link targets written, map whole', async () => {
    const { page, context } = await open(GANSU, 1280);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => {
      const shown = (sel: string) =>
        [...document.querySelectorAll<HTMLElement>(sel)].some((e) => e.getClientRects().length > 0);
      const quotes = [...document.querySelectorAll<HTMLElement>('table.facts blockquote')];
      const prose = [...document.querySelectorAll<HTMLAnchorElement>('main li a[href^="/pair/"]')][0];
      const map = document.querySelector('.pm-stage');
      return {
        nav: shown('header nav'),
        controls: shown('.pm-controls, .ft-tools, .jump, .back-to-top, .embed-control'),
        quotesOpen: quotes.length > 0 && quotes.every((q) => q.getBoundingClientRect().height > 0),
        linkTarget: prose ? getComputedStyle(prose, '::after').content : '',
        href: prose?.getAttribute('href'),
        mapBreak: map ? getComputedStyle(map).breakInside : '',
        mapHeight: map?.getBoundingClientRect().height ?? 0,
      };
    });
    const pdf = await page.pdf({ format: 'A4' });
    await context.close();
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(state.nav).toBe(false);
    expect(state.controls).toBe(false);
    expect(state.quotesOpen).toBe(true);
    expect(state.linkTarget).toContain(state.href);
    expect(state.mapBreak).toBe('avoid');
    // A4 less the margins is about 1030 CSS px tall: the map and its key fit on one sheet.
    expect(state.mapHeight).toBeLessThan(1000);
    expect(pages, 'A4 pages').toBeLessThanOrEqual(12);
  });
});
