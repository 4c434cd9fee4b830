/**
 * Every page template of the built site, in Chromium: loads with no console errors and no failed
 * or third-party requests; axe-core finds no violations at phone (390px) and desktop (1280px)
 * widths; a keyboard-only reader reaches the skip link, the navigation and the main content.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { translate } from '../../src/lib/i18n/messages';
import { runAxe } from './support/runAxe';
import { templatePages } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';
import { watchProblems } from './support/watchProblems';

const pages = templatePages();
const site = useSiteInBrowser();

async function open(path: string, width: number): Promise<{ page: Page; problems: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  const { problems } = watchProblems(page, site.server.origin);
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  return { page, problems };
}

test('the built site has the core templates', () => {
  const names = pages.map((p) => p.template);
  for (const t of ['home', 'province/[id]', 'pair/[id]', 'source/[id]', 'sources', 'data', 'about'])
    expect(names).toContain(t);
});

describe.each(pages)('$template ($path)', ({ path }) => {
  test('loads with no console errors and no failed or third-party requests', async () => {
    const { page, problems } = await open(path, 1280);
    expect(await page.title()).not.toBe('');
    await page.close();
    expect(problems).toEqual([]);
  });

  test.each([390, 1280])('axe-core: no violations at %ipx', async (width) => {
    const { page } = await open(path, width);
    const violations = await runAxe(page);
    await page.close();
    expect(violations).toEqual([]);
  });

  test('at 390px nothing overflows the viewport sideways', async () => {
    const { page } = await open(path, 390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('keyboard only: Tab reaches the skip link, the navigation and the main content, with a visible focus', async () => {
    const { page } = await open(path, 1280);
    // Embeds are chrome-less: no skip link and no navigation, but their content must still be reachable.
    const has = await page.evaluate(() => ({
      skip: document.querySelector('a[href="#main"]') !== null,
      nav: document.querySelector('nav') !== null,
      main: document.querySelector('main') !== null,
    }));
    const stops: { where: string; text: string; outline: boolean }[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      // Let focus styles finish their transition (the map's strokes ease in over 0.15 s) before reading them.
      await page.waitForTimeout(250);
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (el === null || el === document.body) return null;
        const where = el.closest('main')
          ? 'main'
          : el.closest('nav')
            ? 'nav'
            : el.closest('header')
              ? 'header'
              : 'other';
        const style = getComputedStyle(el);
        // Map arcs and provinces are SVG: their focus shows as a heavier stroke on the shape inside, not an outline.
        const svgRing = [...el.querySelectorAll('path')].some((shape) => {
          const s = getComputedStyle(shape);
          return s.stroke !== 'none' && s.stroke !== 'transparent' && Number.parseFloat(s.strokeWidth) >= 1.5;
        });
        const outline =
          (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
          (el instanceof SVGElement && svgRing);
        return {
          where,
          text: (el.textContent ?? '').trim().slice(0, 30),
          outline: outline || style.boxShadow !== 'none',
        };
      });
      if (stop !== null) stops.push(stop);
      if (stops.some((s) => s.where === 'main') || (!has.main && stops.length > 0)) break;
    }
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.filter((s) => !s.outline)).toEqual([]);
    if (has.main) expect(stops.some((s) => s.where === 'main')).toBe(true);
    if (has.nav) expect(stops.some((s) => s.where === 'nav')).toBe(true);
    if (has.skip) {
      // The skip link comes first (in the page's language), and Enter on it moves focus into main.
      expect(stops[0]?.text).toBe(translate(path.startsWith('/en/') ? 'en' : 'zh', 'common.skip'));
      await page.goto(site.server.origin + path);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    }
    await page.close();
  });
});
