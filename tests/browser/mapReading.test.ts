/**
 * Reading the maps (issue 14): on the home map, a province page, a pair page and a story, at 390/768/1280/1920 px —
 * no text collides with another, a badge or a dot, or crosses the map's edge, in any view; text is 11 px or more on
 * a phone; the key is above or beside the map and on one screen with the arcs; the phone tooltip is a readable
 * full-width sheet that leaves the key alone; one phrase per qualifier and the outlet named once; the labour layer
 * says which way the workers go; the caption names the metric and period; without JS every view is a link.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { listViews, measureMapText, showView } from './support/mapText';
import { listSitePages } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const site = useSiteInBrowser();
const story = listSitePages().find((p) => p.template === 'stories/[slug]');
if (story === undefined) throw new Error('no story page is built');
const MAPS = ['/', '/province/gansu/', '/pair/guangdong--guangxi/'];
const WIDTHS = [390, 768, 1280, 1920];

async function open(
  path: string,
  width: number,
  height = 900,
  options: { js?: boolean; touch?: boolean } = {},
): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width, height },
    javaScriptEnabled: options.js ?? true,
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  return page;
}

describe.each(MAPS)('%s', (path) => {
  test.each(WIDTHS)('at %ipx no text collides or is cut, in every view (and ≥ 11 px at 390)', async (width) => {
    const page = await open(path, width);
    const problems: string[] = [];
    for (const [metric, period] of await listViews(page)) {
      await showView(page, metric, period);
      const report = await measureMapText(page);
      const where = `${width}px ${metric}/${period}`;
      for (const c of report.collisions) problems.push(`${where} overlap ${c}`);
      for (const c of report.cut) problems.push(`${where} cut at the edge ${c}`);
      if (width <= 390) for (const s of report.small) problems.push(`${where} too small ${s}`);
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });

  test.each([
    [1280, 800],
    [390, 844],
  ])('at %i×%i the key is above or beside the map, on one screen with the arcs', async (width, height) => {
    const page = await open(path, width, height);
    const fit = await page.evaluate(() => {
      const root = document.querySelector('shanhai-map') as HTMLElement;
      const legend = (root.querySelector('.pm-legend') as HTMLElement).getBoundingClientRect();
      const svg = (root.querySelector('.pm-svg') as SVGSVGElement).getBoundingClientRect();
      // The arcs as drawn: a zoomed map's context arcs run past its edge, where they are clipped.
      const all = (root.querySelector('.pm-view[data-active]') as SVGGElement).getBoundingClientRect();
      const arcs = { top: Math.max(all.top, svg.top), bottom: Math.min(all.bottom, svg.bottom) };
      const above = legend.bottom <= svg.top + 1;
      const beside = legend.left >= svg.right - 1;
      const span = Math.max(legend.bottom, arcs.bottom) - Math.min(legend.top, arcs.top);
      return { above, beside, span: Math.round(span), screen: window.innerHeight };
    });
    await page.context().close();
    expect(fit.above || fit.beside, 'key above or beside the map').toBe(true);
    expect(fit.span, `key + arcs ${fit.span}px on a ${fit.screen}px screen`).toBeLessThanOrEqual(fit.screen);
  });

  test('the caption names the metric and period shown, never 所选指标', async () => {
    const page = await open(path, 1280);
    const caption = await page.locator('shanhai-map .pm-caption').first().innerText();
    const status = await page.evaluate(() => {
      const root = document.querySelector('shanhai-map') as HTMLElement;
      const radio = root.querySelector('input[type=radio]:checked + span')?.textContent ?? '';
      const select = root.querySelector('select') as HTMLSelectElement;
      return { metric: radio, period: select.selectedOptions[0]?.textContent ?? '' };
    });
    await page.context().close();
    expect(caption).not.toContain('所选指标');
    expect(caption).toContain(status.metric);
    // "各结对最近一年" is written out as the years it spans; a year view names its year.
    expect(caption).toMatch(
      status.period === '各结对最近一年' ? /最近一个有全年数字的年份（\d{4}/ : new RegExp(status.period),
    );
  });

  test('tooltips: one phrase per qualifier, the outlet named once', async () => {
    const page = await open(path, 1280);
    const tips = await page.evaluate(() =>
      [...document.querySelectorAll('shanhai-map [data-tip]')].map((el) => el.getAttribute('data-tip') ?? ''),
    );
    await page.context().close();
    const problems: string[] = [];
    for (const tip of tips) {
      for (const line of tip.split('\n')) {
        if (/（[^（）]*（[^（）]*此数）/.test(line)) problems.push(`nested qualifier: ${line}`);
        const inBrackets = [...line.matchAll(/（([^（），]+)[）,，]/g)].map((m) => m[1]);
        const twice = inBrackets.filter((x, i) => inBrackets.indexOf(x) !== i);
        if (twice.length > 0) problems.push(`"${twice[0]}" twice: ${line}`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  test('the labour layer says the workers go from the west', async () => {
    const page = await open(path, 1280);
    const latest = (await listViews(page)).find(([m]) => m === 'labor');
    if (latest === undefined) throw new Error(`${path} has no labour view`);
    await page.locator('shanhai-map input[type=radio][value=labor]').first().check({ force: true });
    await page.waitForFunction(() => document.querySelector('shanhai-map')?.getAttribute('data-metric') === 'labor');
    const text = await page.locator('shanhai-map .pm-caption').first().innerText();
    await page.context().close();
    expect(text).toContain('从西部出发');
  });

  test('without JS every view is a link, and following one shows that view', async () => {
    const page = await open(path, 1280, 900, { js: false });
    const links = page.locator('shanhai-map .pm-nojs a');
    expect(await links.count()).toBe((await listViews(page)).length);
    const link = links.filter({ hasText: '各结对最近一年' }).last();
    const href = (await link.getAttribute('href')) ?? '';
    // The page keeps only its active view (splitMapViews): the links lead to the map's embed page, which keeps all.
    expect(href).toMatch(/^\/embed\/(map|province\/[a-z]+|pair-map\/[a-z-]+)\/#embed-map-v-[a-z]+-[a-z0-9]+$/);
    await link.click();
    await page.waitForURL((url) => url.pathname.startsWith('/embed/'));
    const shown = await page.evaluate(() => {
      const visible = (sel: string) =>
        [...document.querySelectorAll(`shanhai-map ${sel}`)]
          .filter((el) => el.getBoundingClientRect().height > 0)
          .map((el) => `${el.getAttribute('data-metric')}/${el.getAttribute('data-period') ?? ''}`);
      return {
        views: visible('.pm-view'),
        rows: visible('.pm-view-rows'),
        legend: visible('.pm-legend-metric'),
        hash: location.pathname + location.hash,
      };
    });
    await page.context().close();
    expect(shown.hash).toBe(href);
    const [metric, period] = href.replace(/^.*-v-/, '').split('-');
    expect(shown.views).toEqual([`${metric}/${period}`]);
    expect(shown.rows).toEqual([`${metric}/${period}`]);
    expect(shown.legend).toEqual([`${metric}/`]);
  });
});

test('the phone tooltip is a full-width sheet at reading size that leaves the key visible', async () => {
  const page = await open('/', 390, 844, { touch: true });
  await page.locator('shanhai-map .pm-svg').first().scrollIntoViewIfNeeded();
  // Tap the middle of the widest arc with a figure (a ribbon's bounding box is mostly empty map).
  const spot = await page.evaluate(() => {
    const arcs = [...document.querySelectorAll<SVGGElement>('shanhai-map .pm-view[data-active] .pm-arc--figure')];
    const widest = arcs.sort((a, b) => Number(b.dataset.width) - Number(a.dataset.width))[0] as SVGGElement;
    const path = widest.querySelector('.pm-arc-hit') as SVGPathElement;
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM() as DOMMatrix;
    return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
  });
  await page.touchscreen.tap(spot.x, spot.y);
  const sheet = await page.evaluate(() => {
    const tip = document.querySelector('shanhai-map .pm-tip') as HTMLElement;
    const legend = document.querySelector('shanhai-map .pm-legend') as HTMLElement;
    const t = tip.getBoundingClientRect();
    const l = legend.getBoundingClientRect();
    const overlap =
      Math.min(t.bottom, l.bottom) - Math.max(t.top, l.top) > 0 &&
      Math.min(t.right, l.right) - Math.max(t.left, l.left) > 0;
    return {
      hidden: tip.hidden,
      width: t.width,
      bottom: t.bottom,
      font: Number.parseFloat(getComputedStyle(tip).fontSize),
      overlap,
      screen: [innerWidth, innerHeight],
    };
  });
  await page.context().close();
  expect(sheet.hidden).toBe(false);
  expect(sheet.width).toBeGreaterThanOrEqual((sheet.screen[0] ?? 0) - 1);
  expect(sheet.bottom).toBeLessThanOrEqual((sheet.screen[1] ?? 0) + 1);
  expect(sheet.font).toBeGreaterThanOrEqual(14);
  expect(sheet.overlap, 'the sheet covers the key').toBe(false);
});

test(`story charts and maps: text 11 px or more at 390 px (${story.path})`, async () => {
  const page = await open(story.path, 390);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main svg text')]
      .filter((t) => t.getBoundingClientRect().width > 0 && (t.textContent ?? '').trim() !== '')
      .map((t) => {
        const scale = (t as SVGTextElement).ownerSVGElement?.getScreenCTM()?.a ?? 1;
        return { text: t.textContent ?? '', size: Number.parseFloat(getComputedStyle(t).fontSize) * scale };
      })
      .filter((t) => t.size < 10.95)
      .map((t) => `"${t.text}" ${t.size.toFixed(1)}px`),
  );
  await page.context().close();
  expect(small).toEqual([]);
});
