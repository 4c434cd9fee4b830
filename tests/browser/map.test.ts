/**
 * The pairing map `<shanhai-map>` in Chromium, on the first built page that has one (home when it
 * does): visible without JS; the metric and period switches show the arcs of that view with the
 * widths and values the map data say; tooltip on hover, keyboard focus and tap; Enter on a
 * province opens its page; `?metric=&period=` restores the view; pairs with no figure are dashed;
 * a keyboard-only walk reaches every arc and every province.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { MapData } from '../../src/lib/map/types';
import { DIST, pagesContaining } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';
import { watchProblems } from './support/watchProblems';

const mapPage = pagesContaining('<shanhai-map')[0];
if (mapPage === undefined) throw new Error('no built page has a <shanhai-map>: the map is missing from the site');
const { path } = mapPage;
/** The dev demo draws the test fixture; real pages draw the published dataset. */
const data = JSON.parse(
  readFileSync(
    path.startsWith('/dev/')
      ? fileURLToPath(new URL('../fixtures/map-data.json', import.meta.url))
      : join(DIST, 'data', 'map.json'),
    'utf8',
  ),
) as MapData;

interface ArcInfo {
  pair: string;
  metric: string;
  period: string;
  status: string;
  value: string;
  width: number;
}

const site = useSiteInBrowser();

async function open(
  query = '',
  options: { js?: boolean; touch?: boolean } = {},
): Promise<{ page: Page; map: Locator }> {
  const context = await site.browser.newContext({
    javaScriptEnabled: options.js ?? true,
    ...(options.touch ? { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } } : {}),
    ...(options.touch ? {} : { viewport: { width: 1280, height: 900 } }),
  });
  const page = await context.newPage();
  await page.goto(site.server.origin + path + query, { waitUntil: 'networkidle' });
  return { page, map: page.locator('shanhai-map').first() };
}

/** The arcs a reader can see now (laid out, not `display: none`). */
function visibleArcs(map: Locator): Promise<ArcInfo[]> {
  return map.evaluate((root) =>
    [...root.querySelectorAll<SVGGElement>('.pm-arc')]
      .filter((g) => g.getBoundingClientRect().width > 0)
      .map((g) => ({
        pair: g.dataset.pair ?? '',
        metric: g.closest<SVGGElement>('.pm-view')?.dataset.metric ?? '',
        period: g.closest<SVGGElement>('.pm-view')?.dataset.period ?? '',
        status: g.dataset.status ?? '',
        value: g.dataset.value ?? '',
        width: Number(g.dataset.width),
      })),
  );
}

/**
 * A viewport point where `el` itself is what the pointer hits (the middle of an arc's centre line,
 * else the first hit on a grid over its box): the middle of a box can miss a curved ribbon or a
 * concave province.
 */
async function pointOn(el: Locator): Promise<{ x: number; y: number }> {
  await el.scrollIntoViewIfNeeded();
  const point = await el.evaluate((node) => {
    const hits = (x: number, y: number) => {
      const top = document.elementFromPoint(x, y);
      return top !== null && node.contains(top);
    };
    const line = node.querySelector<SVGPathElement>('.pm-arc-hit');
    const ctm = line?.getScreenCTM();
    if (line && ctm) {
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
        const p = line.getPointAtLength(line.getTotalLength() * t).matrixTransform(ctm);
        if (hits(p.x, p.y)) return { x: p.x, y: p.y };
      }
    }
    const box = node.getBoundingClientRect();
    for (let i = 1; i < 12; i++) {
      for (let j = 1; j < 12; j++) {
        const x = box.left + (box.width * i) / 12;
        const y = box.top + (box.height * j) / 12;
        if (hits(x, y)) return { x, y };
      }
    }
    return null;
  });
  if (point === null) throw new Error('no point of the element can be hit by the pointer');
  return point;
}

/** The views pre-rendered in the map, as `metric/period` (the inactive ones come in once a reader points at it). */
async function views(map: Locator): Promise<{ metric: string; period: string; active: boolean }[]> {
  await map.dispatchEvent('pointerover');
  await map.page().waitForSelector('shanhai-map:not([data-views])', { state: 'attached' });
  return map.evaluate((root) =>
    [...root.querySelectorAll<SVGGElement>('.pm-view')].map((g) => ({
      metric: g.dataset.metric ?? '',
      period: g.dataset.period ?? '',
      active: g.hasAttribute('data-active'),
    })),
  );
}

/** Checks arcs of one view against the map data: values are the data's, widths grow with values. */
function expectArcsMatchData(arcs: ArcInfo[], metric: string, period: string): void {
  expect(arcs.length).toBeGreaterThan(0);
  for (const arc of arcs) {
    expect([arc.metric, arc.period]).toEqual([metric, period]);
    const figures = data.figures.filter(
      (f) => f.pair === arc.pair && f.metric === metric && f.period === period && f.status === 'outcome' && !f.within,
    );
    // A sized arc is a full-year figure; a partial one is drawn thin; the others (none, below, target) have none.
    if (arc.status === 'figure' || arc.status === 'partial') {
      const same = figures.filter((f) => f.comparable === (arc.status === 'figure'));
      expect(same.map((f) => String(f.value))).toContain(arc.value);
    } else expect(figures).toEqual([]);
  }
  const drawn = arcs.filter((a) => a.status === 'figure').sort((a, b) => Number(a.value) - Number(b.value));
  for (let i = 1; i < drawn.length; i++) {
    expect(drawn[i]?.width ?? 0).toBeGreaterThanOrEqual(drawn[i - 1]?.width ?? 0);
  }
}

describe(`the map on ${path}`, () => {
  test('without JS the default view is drawn and the dead controls are hidden', async () => {
    const { page, map } = await open('', { js: false });
    const arcs = await visibleArcs(map);
    expectArcsMatchData(arcs, data.defaults.metric, data.defaults.period);
    expect(await map.locator('[data-controls]').isVisible()).toBe(false);
    expect(await map.locator('table').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  test('loads with no console errors or failed requests', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const { problems } = watchProblems(page, site.server.origin);
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    await context.close();
    expect(problems).toEqual([]);
  });

  test('each metric radio and period option shows that view, with the widths the data say, and keeps it in the URL', async () => {
    const { page, map } = await open();
    const all = await views(map);
    const metrics = [...new Set(all.map((v) => v.metric))];
    expect(metrics.length).toBeGreaterThan(1);
    const seenWidths = new Set<string>();
    for (const metric of metrics) {
      await map.locator(`label:has(input[type=radio][value="${metric}"])`).click();
      for (const { period } of all.filter((v) => v.metric === metric)) {
        await map.locator('select').selectOption(period);
        const arcs = await visibleArcs(map);
        expectArcsMatchData(arcs, metric, period);
        expect(await map.getAttribute('data-metric')).toBe(metric);
        const url = new URL(page.url());
        expect([url.searchParams.get('metric'), url.searchParams.get('period')]).toEqual([metric, period]);
        seenWidths.add(JSON.stringify(arcs.map((a) => a.width)));
      }
    }
    // Switching views really changes what is drawn.
    expect(seenWidths.size).toBeGreaterThan(1);
    await page.context().close();
  });

  test('?metric=&period= in the URL restores that view', async () => {
    const all = await (async () => {
      const { page, map } = await open();
      const v = await views(map);
      await page.context().close();
      return v;
    })();
    const wanted = all.find((v) => v.metric === 'labor' && v.period === '2023') ?? all.find((v) => !v.active);
    if (wanted === undefined) throw new Error('the map has a single view: nothing to restore');
    const { page, map } = await open(`?metric=${wanted.metric}&period=${encodeURIComponent(wanted.period)}`);
    expectArcsMatchData(await visibleArcs(map), wanted.metric, wanted.period);
    expect(await map.locator(`input[type=radio][value="${wanted.metric}"]`).isChecked()).toBe(true);
    expect(await map.locator('select').inputValue()).toBe(wanted.period);
    await page.context().close();
  });

  test('pairs with no figure are drawn as dashed lines, never as ribbons', async () => {
    const { page, map } = await open();
    const all = await views(map);
    const styles = await map.evaluate((root) =>
      [...root.querySelectorAll('.pm-arc[data-status="none"]')].map((g) => {
        const line = g.querySelector('.pm-arc-line');
        return {
          dash: line === null ? 'none' : getComputedStyle(line).strokeDasharray,
          ribbon: g.querySelector('.pm-arc-shape') !== null,
        };
      }),
    );
    // Every view of the data lacks some pair, so there must be dashed arcs to look at.
    expect(all.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    for (const s of styles) {
      expect(s.ribbon).toBe(false);
      expect(s.dash).not.toBe('none');
    }
    await page.context().close();
  });

  test('hovering an arc shows its tooltip', async () => {
    const { page, map } = await open();
    const arc = map.locator('.pm-view[data-active] .pm-arc[data-status="figure"]').first();
    const tip = (await arc.getAttribute('data-tip'))?.split('\n')[0] ?? '';
    const at = await pointOn(arc);
    await page.mouse.move(at.x, at.y);
    const tooltip = map.locator('.pm-tip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain(tip);
    await page.mouse.move(2, 2);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.context().close();
  });

  test('keyboard focus on an arc shows its tooltip; Escape hides it', async () => {
    const { page, map } = await open();
    const arc = map.locator('.pm-view[data-active] .pm-arc[tabindex="0"]').first();
    await arc.focus();
    const tooltip = map.locator('.pm-tip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain((await arc.getAttribute('data-tip'))?.split('\n')[0] ?? '?');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.context().close();
  });

  test('on a touch screen the first tap on a province shows its tooltip, the second opens its page', async () => {
    const { page, map } = await open('', { touch: true });
    const link = map.locator('a.pm-link').first();
    const id = await link.getAttribute('data-province');
    const at = await pointOn(link);
    await page.touchscreen.tap(at.x, at.y);
    const tooltip = map.locator('.pm-tip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(path);
    await Promise.all([page.waitForURL(`**/province/${id}/`), page.touchscreen.tap(at.x, at.y)]);
    await page.context().close();
  });

  test('Enter on a focused province opens its page', async () => {
    const { page, map } = await open();
    const link = map.locator('a.pm-link').first();
    const id = await link.getAttribute('data-province');
    await link.focus();
    await Promise.all([page.waitForURL(`**/province/${id}/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).not.toBe('');
    await page.context().close();
  });

  test('keyboard only: Tab reaches the controls, every arc of the view and every province', async () => {
    const { page, map } = await open();
    const expected = await map.evaluate((root) => ({
      arcs: [...root.querySelectorAll<SVGElement>('.pm-view[data-active] .pm-arc[tabindex="0"]')].map(
        (g) => g.dataset.pair,
      ),
      provinces: [...root.querySelectorAll<SVGElement>('a.pm-link')].map((a) => a.dataset.province),
    }));
    const reached = { arcs: new Set<string>(), provinces: new Set<string>(), controls: new Set<string>() };
    let entered = false;
    for (let i = 0; i < 600; i++) {
      await page.keyboard.press('Tab');
      const stop = await map.evaluate((root) => {
        const el = document.activeElement;
        if (el === null || !root.contains(el)) return null;
        const h = el as HTMLElement;
        if (el.matches('.pm-arc')) return { kind: 'arcs' as const, id: h.dataset.pair ?? '' };
        if (el.matches('a.pm-link')) return { kind: 'provinces' as const, id: h.dataset.province ?? '' };
        return { kind: 'controls' as const, id: el.tagName.toLowerCase() };
      });
      if (stop === null) {
        if (entered) break;
        continue;
      }
      entered = true;
      reached[stop.kind].add(stop.id);
    }
    expect([...reached.arcs].sort()).toEqual([...new Set(expected.arcs)].sort());
    expect([...reached.provinces].sort()).toEqual([...new Set(expected.provinces)].sort());
    expect([...reached.controls].sort()).toEqual(expect.arrayContaining(['input', 'select']));
    await page.context().close();
  });
});
