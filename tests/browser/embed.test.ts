/**
 * Embeds on another site. Host pages on a SECOND local origin (tests/browser/fixtures/embed-host/hosts.ts) paste
 * the snippets exactly as the built pages' "嵌入与下载" controls show them, into hosts that resize in every way a
 * newsroom does: our parent script, a Datawrapper-style listener by `event.source` and one by `src`, Pym.js
 * 1.3.2's `pym.Parent` with a Chinese id, an AMP-style `embed-size` listener, `sandbox="allow-scripts"`; and hosts
 * that cannot resize: a strict CSP and scripts stripped (the iframe-only snippet). At 360 and 1200 px: resized
 * frames are within 3 px of their content, static ones at least as tall, none scrolls inside or clips anything,
 * and no request leaves the two origins. Downloads work in a sandboxed frame (a panel with the file's address and
 * image, since the sandbox blocks downloads and popups) and save with their ASCII names elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DistServer, serveDist } from '../../scripts/serve-dist';
import { HOST_CSS, type HostKind, hostPage, strictHostCsp } from './fixtures/embed-host/hosts';
import { findChineseInPage } from './support/findChineseText';
import { launchBrowser } from './support/launchBrowser';
import { DIST, listSitePages } from './support/sitePages';

const SITE = 'https://shanhai.example.org';
const PYM = readFileSync(fileURLToPath(new URL('./fixtures/pym/pym.v1.min.js', import.meta.url)), 'utf8');

/** A snippet from a built page's control: the textarea `#<idPrefix>-embed-<variant>`, unescaped. */
function snippetFrom(pagePath: string, textareaId: string): string {
  const html = readFileSync(join(DIST, pagePath, 'index.html'), 'utf8');
  const m = new RegExp(`<textarea id="${textareaId}"[^>]*>([^<]*)</textarea>`).exec(html);
  if (m === null) throw new Error(`${pagePath} has no textarea #${textareaId}`);
  return (m[1] ?? '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

const storyPage = listSitePages().find(
  (p) => p.path.startsWith('/stories/') && readFileSync(p.file, 'utf8').includes('/embed/story/'),
);
if (storyPage === undefined) throw new Error('no story page has a chart Embed control');
const storyId = /<textarea id="([\w-]+)-embed-script"[^>]*>[^<]*\/embed\/story\//.exec(
  readFileSync(storyPage.file, 'utf8'),
)?.[1];

// The English story's chart embed (/en/embed/story/…), from the control under it on the English story page.
const EN_STORY = '/en/stories/national-2023/';
const enStoryId = /<textarea id="([\w-]+)-embed-script"[^>]*>[^<]*\/en\/embed\/story\//.exec(
  readFileSync(join(DIST, EN_STORY, 'index.html'), 'utf8'),
)?.[1];

const snippets = (variant: 'script' | 'iframe') => ({
  map: snippetFrom('/', `home-map-embed-${variant}`),
  // The English national map (/en/embed/map/), from the control under the English home's map.
  mapEn: snippetFrom('/en/', `home-map-embed-${variant}`),
  pair: snippetFrom('/pair/guangdong--guangxi/', `pair-chart-embed-${variant}`),
  province: snippetFrom('/province/guangdong/', `province-map-embed-${variant}`),
  story: snippetFrom(storyPage.path, `${storyId}-embed-${variant}`),
  storyEn: snippetFrom(EN_STORY, `${enStoryId}-embed-${variant}`),
  // The English pair and province charts (/en/embed/pair/…, /en/embed/province-chart/…), from the English pages.
  pairEn: snippetFrom('/en/pair/guangdong--guangxi/', `pair-chart-embed-${variant}`),
  provinceChartEn: snippetFrom('/en/province/gansu/', `province-chart-embed-${variant}`),
});
const sandboxed = (s: string): string => s.replace('<iframe ', '<iframe sandbox="allow-scripts" ');
const noScript = (s: string): string => s.replace(/<script [^>]*embed\.js[^>]*><\/script>\n?/g, '');

let site: DistServer;
let host: Server;
let hostOrigin = '';
let browser: Browser;

/** The body of each host page; `site.origin` replaces the production origin. */
function hostBody(kind: HostKind): string {
  const s = snippets('script');
  const i = snippets('iframe');
  const bodies: Record<HostKind, string[]> = {
    own: [sandboxed(s.map), s.pair, s.province, sandboxed(s.story), s.storyEn, s.mapEn, s.pairEn, s.provinceChartEn],
    'dw-source': [noScript(s.pair), noScript(s.province)],
    'dw-src': [noScript(s.pair), noScript(s.province)],
    amp: [noScript(s.pair), noScript(s.map), noScript(s.mapEn), noScript(s.provinceChartEn)],
    sandbox: [sandboxed(s.pair), sandboxed(s.province)],
    pym: [
      '<div id="图表-1"></div><div id="图表-2"></div>',
      '<script src="/pym.v1.min.js"></script>',
      `<script>new pym.Parent('图表-1', '${SITE}/embed/province/guangdong/', {}); new pym.Parent('图表-2', '${SITE}/embed/pair/guangdong--guangxi/', {});</script>`,
    ],
    csp: [i.map, i.pair, i.province, i.mapEn, i.pairEn, i.provinceChartEn],
    stripped: [i.pair, i.province, i.story, i.storyEn, i.mapEn, i.pairEn, i.provinceChartEn],
  };
  return bodies[kind].join('\n<p>Between embeds.</p>\n').replaceAll(SITE, site.origin);
}

beforeAll(async () => {
  site = await serveDist();
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === '/pym.v1.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(PYM);
      return;
    }
    if (url.pathname === '/host.css') {
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end(HOST_CSS);
      return;
    }
    const kind = url.pathname.slice(1) as HostKind;
    if (!HOST_KINDS.includes(kind)) {
      // The browser also asks for /favicon.ico and the like: not a host page (204, so no console error).
      res.writeHead(204).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (kind === 'csp') headers['content-security-policy'] = strictHostCsp(site.origin);
    res.writeHead(200, headers);
    res.end(hostPage(kind, hostBody(kind)));
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
  /** Content wider than the frame (cut off at the right). */
  overflowX: number;
}

async function frameOf(page: Page, index: number): Promise<Frame> {
  const iframe = page.locator('iframe').nth(index);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`iframe ${index} has no frame`);
  await frame.waitForLoadState('load');
  return frame;
}

/** Loads every (lazy) iframe by scrolling to it, then reads each iframe's height and its document's. */
async function frameFits(page: Page): Promise<FrameFit[]> {
  const count = await page.locator('iframe').count();
  for (let i = 0; i < count; i++) await frameOf(page, i);
  // Let ResizeObserver and the parent listeners settle.
  await page.waitForTimeout(600);
  const fits: FrameFit[] = [];
  for (let i = 0; i < count; i++) {
    const iframe = page.locator('iframe').nth(i);
    const frame = await frameOf(page, i);
    const inner = await frame.evaluate(() => {
      const root = document.querySelector('[data-embed-root]');
      return {
        contentHeight: Math.ceil(root?.getBoundingClientRect().height ?? 0),
        scrollHeight: document.documentElement.scrollHeight,
        innerHeight: window.innerHeight,
        overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    const iframeHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    fits.push({ src: (await iframe.getAttribute('src')) ?? '', iframeHeight, ...inner });
  }
  return fits;
}

const RESIZING: HostKind[] = ['own', 'dw-source', 'dw-src', 'pym', 'amp', 'sandbox'];
const STATIC: HostKind[] = ['csp', 'stripped'];
const HOST_KINDS: readonly string[] = [...RESIZING, ...STATIC];

describe.each([360, 1200])('embeds on a second origin at %ipx', (width) => {
  async function open(kind: HostKind) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${hostOrigin}/${kind}`, { waitUntil: 'load' });
    const fits = await frameFits(page);
    return { page, requests, errors, fits };
  }

  test.each(RESIZING)(
    '%s: every iframe takes its content’s height (±3px), no inner scrollbar, nothing cut',
    async (kind) => {
      const { page, requests, errors, fits } = await open(kind);
      expect(fits.length).toBeGreaterThanOrEqual(2);
      for (const fit of fits) {
        expect(fit.contentHeight, fit.src).toBeGreaterThan(200);
        expect(Math.abs(fit.iframeHeight - fit.contentHeight), `${kind} ${fit.src}`).toBeLessThanOrEqual(3);
        expect(fit.scrollHeight, fit.src).toBeLessThanOrEqual(fit.innerHeight + 1);
        expect(fit.overflowX, fit.src).toBeLessThanOrEqual(0);
      }
      const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
      if (kind === 'pym') {
        // Pym appends its childId to the URL; the embed answers under the Chinese id.
        expect(decodeURIComponent(fits[0]?.src ?? '')).toContain('childId=图表-1');
        expect(messages.some((m) => typeof m === 'string' && /^pymxPYMx图表-1xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
      }
      if (kind === 'amp') {
        expect(messages.some((m) => (m as { type?: string } | null)?.type === 'embed-size')).toBe(true);
      }
      expect(requests.filter((u) => !u.startsWith(hostOrigin) && !u.startsWith(site.origin))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test.each(STATIC)('%s (iframe-only snippet): the fixed height shows everything, no inner scrollbar', async (kind) => {
    const { page, requests, errors, fits } = await open(kind);
    // csp: the two maps, pair and province snippets; stripped: the pair, province, the two stories' charts, English
    // map; both: the English pair and province charts.
    expect(fits).toHaveLength(kind === 'stripped' ? 7 : 6);
    for (const fit of fits) {
      expect(fit.contentHeight, fit.src).toBeGreaterThan(200);
      expect(fit.iframeHeight, `${kind} ${fit.src}`).toBeGreaterThanOrEqual(fit.contentHeight);
      // Room to spare, but not a screenful of blank.
      expect(fit.iframeHeight - fit.contentHeight, `${kind} ${fit.src}`).toBeLessThan(width < 500 ? 420 : 360);
      expect(fit.scrollHeight, fit.src).toBeLessThanOrEqual(fit.innerHeight + 1);
      expect(fit.overflowX, fit.src).toBeLessThanOrEqual(0);
    }
    // The strict policy saw nothing to refuse: the snippet has no script and no style attribute.
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(hostOrigin) && !u.startsWith(site.origin))).toEqual([]);
    await page.close();
  });
});

test('the English map embed: English pages at /en/embed/map/, each view its own, and an English snippet on /en/', () => {
  const pages = listSitePages().filter((p) => p.path.startsWith('/en/embed/map/'));
  // The default page and one page per view, as the Chinese /embed/map/ has.
  expect(pages.length).toBe(listSitePages().filter((p) => p.path.startsWith('/embed/map/')).length);
  for (const p of pages) {
    const html = readFileSync(p.file, 'utf8');
    expect(html, p.path).toContain('<html lang="en"');
    expect(findChineseInPage(html), p.path).toEqual([]);
    expect(html, p.path).toContain(`href="${SITE}/en/embed/map/`);
  }
  const snippet = snippets('script').mapEn;
  expect(snippet).toMatch(new RegExp(`${SITE}/en/embed/map/[a-z]+/[a-z0-9]+/\\?id=shanhai-map-[a-z]+-[a-z0-9]+-en"`));
  expect(snippet).toContain(`<a href="${SITE}/en/?metric=`);
  expect(snippet).toContain(' (Shanhai)</a>');
  expect(snippet).not.toMatch(/\p{Script=Han}/u);
});

test('after the host narrows, an embed out of view reports its new height without being scrolled to', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(`${hostOrigin}/own`, { waitUntil: 'load' });
  await frameFits(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(1200);
  const last = page.locator('iframe').nth(3);
  const frame = await (await last.elementHandle())?.contentFrame();
  const content = await frame?.evaluate(() =>
    Math.ceil(document.querySelector('[data-embed-root]')?.getBoundingClientRect().height ?? 0),
  );
  const height = await last.evaluate((el) => el.getBoundingClientRect().height);
  expect(Math.abs(height - (content ?? 0))).toBeLessThanOrEqual(3);
  await page.close();
});

test('in a sandboxed frame a download opens a panel with the file’s address and image; no popup, no navigation', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  const popups: string[] = [];
  page.on('popup', (p) => popups.push(p.url()));
  await page.goto(`${hostOrigin}/sandbox`, { waitUntil: 'load' });
  const frame = await frameOf(page, 0);
  const before = frame.url();
  await frame.locator('.embed-view[data-active] .embed-downloads a[download$=".png"]').click();
  const panel = frame.locator('.embed-save');
  await panel.waitFor();
  const address = await panel.locator('input').inputValue();
  expect(address).toBe(`${site.origin}/embed/pair/guangdong--guangxi/shanhai-guangdong-guangxi-chart.png`);
  await frame.waitForFunction(
    () => (document.querySelector('.embed-save img') as HTMLImageElement | null)?.naturalWidth === 1080,
  );
  expect(frame.url()).toBe(before);
  expect(popups).toEqual([]);
  // The frame grew to show the panel (the parent script still resizes it).
  await page.waitForTimeout(400);
  const [fit] = await frameFits(page);
  expect(Math.abs((fit?.iframeHeight ?? 0) - (fit?.contentHeight ?? 0))).toBeLessThanOrEqual(3);
  await page.close();
});

test('in an ordinary frame the downloads save with ASCII names, in the frame, without a new tab', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const popups: string[] = [];
  page.on('popup', (p) => popups.push(p.url()));
  await page.goto(`${hostOrigin}/own`, { waitUntil: 'load' });
  const frame = await frameOf(page, 1);
  const names: string[] = [];
  for (const ext of ['png', 'svg', 'csv']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.locator(`.embed-view[data-active] .embed-downloads a[download$=".${ext}"]`).first().click(),
    ]);
    names.push(download.suggestedFilename());
  }
  expect(names).toEqual([
    'shanhai-guangdong-guangxi-chart.png',
    'shanhai-guangdong-guangxi-chart.svg',
    'shanhai-guangdong-guangxi-chart.csv',
  ]);
  expect(popups).toEqual([]);
  await page.close();
});

test('a province clicked in a map embed opens its page in a new tab, not inside the frame', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(`${hostOrigin}/own`, { waitUntil: 'load' });
  const frame = await frameOf(page, 2);
  const before = frame.url();
  // By keyboard (a trusted activation, like a tap): arcs lie over the province's middle.
  await frame.locator('a.pm-link[data-province="guangxi"]').first().focus();
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
  await popup.waitForLoadState('domcontentloaded');
  expect(popup.url()).toBe(`${site.origin}/province/guangxi/`);
  expect(frame.url()).toBe(before);
  await page.close();
});

test('the pair chart’s downloads: SVG parses, PNG is 1080 px wide, CSV rows are the chart’s figures', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.origin}/embed/pair/guangdong--guangxi/`, { waitUntil: 'load' });
  const figures = await page.evaluate(() =>
    [...(document.querySelector('.chart-svg svg')?.querySelectorAll('.bar-figure text') ?? [])].map(
      (t) => t.textContent,
    ),
  );
  expect(figures.length).toBeGreaterThan(3);
  const name = 'shanhai-guangdong-guangxi-chart';
  const result = await page.evaluate(async (name) => {
    const svgText = await (await fetch(`${name}.svg`)).text();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const png = await (await fetch(`${name}.png`)).arrayBuffer();
    const signature = [...new Uint8Array(png).slice(0, 8)];
    const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
    const csv = (await (await fetch(`${name}.csv`)).text()).replace(/^\uFEFF/, '');
    return {
      svgOk: doc.querySelector('parsererror') === null && doc.documentElement.localName === 'svg',
      svgFigures: [...doc.querySelectorAll('.bar-figure text')].map((t) => t.textContent),
      svgText: doc.documentElement.textContent ?? '',
      signature,
      size: [bitmap.width, bitmap.height],
      csv,
    };
  }, name);
  expect(result.svgOk).toBe(true);
  expect(result.svgFigures).toEqual(figures);
  expect(result.svgText).toContain('数据 CC BY 4.0');
  expect(result.signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(result.size[0]).toBe(1080);
  const [header, ...rows] = result.csv.trim().split('\n');
  expect(header?.split(',').slice(0, 3)).toEqual(['fact_id', 'metric', 'metric_label']);
  expect(rows).toHaveLength(figures.length);
  await page.close();
});

test('the English chart embeds: the Chinese ones’ pages, in English, with English files of the same figures', async () => {
  for (const kind of ['pair', 'province-chart']) {
    const zh = listSitePages().filter((p) => p.path.startsWith(`/embed/${kind}/`));
    const en = listSitePages().filter((p) => p.path.startsWith(`/en/embed/${kind}/`));
    expect(en.map((p) => p.path).sort()).toEqual(zh.map((p) => `/en${p.path}`).sort());
    for (const p of en) {
      const html = readFileSync(p.file, 'utf8');
      expect(html, p.path).toContain('<html lang="en"');
      expect(findChineseInPage(html), p.path).toEqual([]);
      // Credits and chart notes link the English source pages only.
      const sources = [...html.matchAll(/href="([^"]*\/source\/[^"]*)"/g)].map((m) => new URL(m[1] ?? '').pathname);
      expect(sources.length, p.path).toBeGreaterThan(0);
      expect(
        sources.filter((h) => !h.startsWith('/en/source/')),
        p.path,
      ).toEqual([]);
      expect(html, p.path).toContain(
        `<link rel="alternate" type="application/json+oembed" href="${SITE}${p.path}oembed.json"`,
      );
    }
  }
  const snippet = snippets('script').provinceChartEn;
  expect(snippet).toContain(`${SITE}/en/embed/province-chart/gansu/?id=shanhai-province-chart-gansu-en"`);
  expect(snippet).toContain('title="Gansu: main figures by year"');
  expect(snippet).not.toMatch(/\p{Script=Han}/u);
  const oembed = JSON.parse(readFileSync(join(DIST, 'en/embed/province-chart/gansu/oembed.json'), 'utf8'));
  expect(oembed).toMatchObject({ type: 'rich', title: 'Gansu: main figures by year' });
  expect(oembed.html).toContain('/en/embed/province-chart/gansu/');

  const page = await browser.newPage();
  await page.goto(`${site.origin}/en/embed/pair/guangdong--guangxi/`, { waitUntil: 'load' });
  const figures = await page.evaluate(() =>
    [...(document.querySelector('.chart-svg svg')?.querySelectorAll('.bar-figure text') ?? [])].map(
      (t) => t.textContent,
    ),
  );
  expect(figures).toContain('1.758 billion yuan');
  const result = await page.evaluate(async () => {
    const name = 'shanhai-guangdong-guangxi-chart-en';
    const svgText = await (await fetch(`${name}.svg`)).text();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const png = await (await fetch(`${name}.png`)).arrayBuffer();
    const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
    const csv = (await (await fetch(`${name}.csv`)).text()).replace(/^\uFEFF/, '');
    const zhCsv = (
      await (await fetch('/embed/pair/guangdong--guangxi/shanhai-guangdong-guangxi-chart.csv')).text()
    ).replace(/^\uFEFF/, '');
    return {
      svgOk: doc.querySelector('parsererror') === null,
      svgFigures: [...doc.querySelectorAll('.bar-figure text')].map((t) => t.textContent),
      svgTitle: doc.querySelector('title')?.textContent,
      svgText: doc.documentElement.textContent ?? '',
      size: [bitmap.width, bitmap.height],
      csv,
      zhCsv,
    };
  });
  expect(result.svgOk).toBe(true);
  expect(result.svgFigures).toEqual(figures);
  expect(result.svgTitle).toBe('Guangdong → Guangxi: main figures by year');
  expect(result.svgText).toContain('Figures as the sources state them');
  expect(result.svgText).toContain('/en/pair/guangdong--guangxi/ · data CC BY 4.0');
  expect(result.size[0]).toBe(1080);
  const ids = (csv: string) =>
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
  expect(ids(result.csv)).toEqual(ids(result.zhCsv));
  expect(ids(result.csv)).toHaveLength(figures.length);
  expect(result.csv).toContain(',funds.fiscal,Fiscal aid,1758000000,yuan,yuan,');
  // Every download is there: the chart's files, the pair's English CSV and its JSON.
  const downloads = await page.evaluate(async () =>
    Promise.all(
      [...document.querySelectorAll<HTMLAnchorElement>('.embed-downloads a')].map(async (a) => [
        new URL(a.href).pathname,
        (await fetch(a.href)).status,
      ]),
    ),
  );
  expect(downloads.map(([path]) => path)).toContain('/data/en/pairs/guangdong--guangxi.csv');
  expect(downloads.filter(([, status]) => status !== 200)).toEqual([]);
  await page.close();
});

describe('the embed pages and the controls that make them', () => {
  test('a map embed is scripted (`js` class): its view switcher shows', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.origin}/embed/map/`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    expect(await page.locator('.pm-controls').first().isVisible()).toBe(true);
    await page.close();
  });

  test('?theme=light keeps a light embed on a dark-mode phone, ?theme=dark the reverse; the dark legend is legible', async () => {
    const background = async (scheme: 'light' | 'dark', theme: string) => {
      const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 1200, height: 900 } });
      await page.goto(`${site.origin}/embed/map/?theme=${theme}`, { waitUntil: 'load' });
      const result = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const f = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
        };
        const legend = document.querySelector('.pm-legend') as HTMLElement;
        const text = legend.querySelector('.pm-legend-title, li') as HTMLElement;
        const fg = lum(rgb(getComputedStyle(text).color));
        // The legend's box is translucent over the page: its colour mixed over the page's.
        const page = rgb(getComputedStyle(document.body).backgroundColor);
        const box = getComputedStyle(legend).backgroundColor;
        const alpha = Number(box.match(/[\d.]+/g)?.[3] ?? 1);
        const bg = lum(rgb(box).map((v, i) => v * alpha + (page[i] ?? 0) * (1 - alpha)));
        return {
          body: getComputedStyle(document.body).backgroundColor,
          legendContrast: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05),
        };
      });
      await page.close();
      return result;
    };
    expect((await background('dark', 'light')).body).toBe('rgb(251, 250, 247)');
    const dark = await background('light', 'dark');
    expect(dark.body).toBe('rgb(22, 25, 27)');
    expect(dark.legendContrast).toBeGreaterThanOrEqual(4.5);
    expect((await background('dark', 'auto')).body).toBe('rgb(22, 25, 27)');
  });

  test('a focused embed credits exactly the sources of the figures it shows, view by view', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/embed/province/guangdong/?metric=funds&period=2023`, { waitUntil: 'load' });
    const credit = await page.evaluate(() => {
      const view = document.querySelector('.embed-view[data-active]');
      return {
        metric: view?.getAttribute('data-metric'),
        period: view?.getAttribute('data-period'),
        sources: [...(view?.querySelectorAll('a[href*="/source/"]') ?? [])].map(
          (a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2],
        ),
        shown: document.querySelectorAll('.embed-view[data-active]').length,
      };
    });
    expect(credit).toMatchObject({ metric: 'funds', period: '2023', shown: 1 });
    const csv = readFileSync(
      join(DIST, 'embed/province/guangdong/funds/2023/shanhai-guangdong-funds-2023.csv'),
      'utf8',
    );
    const { csvParse } = await import('d3');
    const ids = [...new Set(csvParse(csv.replace(/^\uFEFF/, '')).map((r) => r.source_id))].sort();
    expect([...credit.sources].sort()).toEqual(ids);
    // Not the national view's credit.
    const national = readFileSync(join(DIST, 'embed/map/funds/2023/index.html'), 'utf8');
    expect(national).toContain('/source/unknown-2024-02-national/');
    expect(credit.sources).not.toContain('unknown-2024-02-national');
    await page.close();
  });

  test('the control sits right under the map, and its snippets follow the view picked', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin}/`, { waitUntil: 'load' });
    const stage = await page.locator('#home-map .pm-stage').boundingBox();
    const summary = await page.locator('#home-map .embed-control summary').boundingBox();
    expect(summary && stage && summary.y - (stage.y + stage.height)).toBeGreaterThanOrEqual(0);
    expect(summary && stage && summary.y - (stage.y + stage.height)).toBeLessThan(80);
    expect(summary?.height).toBeGreaterThanOrEqual(44);
    await page.locator('#home-map .embed-control summary').click();
    const before = await page.locator('#home-map-embed-script').inputValue();
    await page.locator('#home-map input[type=radio][value=cadres]').check({ force: true });
    // The switch waits for the other views' file (fetched on the first touch of the map), then changes the map.
    await page.waitForFunction(() => document.querySelector('shanhai-map')?.getAttribute('data-metric') === 'cadres');
    const view = await page.evaluate(() => {
      const map = document.querySelector('shanhai-map');
      return { metric: map?.getAttribute('data-metric'), period: map?.getAttribute('data-period') };
    });
    expect(view.metric).toBe('cadres');
    const script = await page.locator('#home-map-embed-script').inputValue();
    const image = await page.locator('#home-map-embed-image').inputValue();
    expect(script).not.toBe(before);
    expect(script).toContain(`/embed/map/cadres/${view.period}/?id=shanhai-map-cadres-${view.period}"`);
    expect(script).toMatch(/title="东西部协作结对：[^"]*干部[^"]*"/);
    expect(script).toContain(`/?metric=cadres&amp;period=${view.period}"`);
    expect(image).toContain(`/embed/map/cadres/${view.period}/shanhai-national-cadres-${view.period}.png`);
    expect(await page.locator('#home-map [data-embed-files] a[data-ext=png]').getAttribute('download')).toBe(
      `shanhai-national-cadres-${view.period}.png`,
    );
    await page.close();
  });
});
