/**
 * The story map never covers text. On wide screens a story's maps sit in a sticky stage beside the text: at every
 * width from 960 to 2560 px, and at 200% zoom, the shown map's box must not intersect the site navigation, the
 * H1, the dek, any text of the steps or the 来源 list, at the top of the story, as each step crosses the middle,
 * and at the end. Without JS, on phones and on screens under 640 px high the maps stay inline in their steps.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { pagesContaining } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const stories = pagesContaining('data-scrolly');
const site = useSiteInBrowser();

/** Wide screens; 1920×1080 and 2560×1440 at 200% zoom are 960×540 and 1280×720 CSS px, 1280 at 2× is a HiDPI laptop. */
const SCREENS = [
  { name: '960×800', width: 960, height: 800, scale: 1 },
  { name: '1280×800', width: 1280, height: 800, scale: 1 },
  { name: '1920×1080', width: 1920, height: 1080, scale: 1 },
  { name: '2560×1440', width: 2560, height: 1440, scale: 1 },
  { name: '1920×1080 at 200% (960×540)', width: 960, height: 540, scale: 2 },
  { name: '1280×800 at 2×', width: 1280, height: 800, scale: 2 },
  { name: '2560×1440 at 200% (1280×720)', width: 1280, height: 720, scale: 2 },
];

interface Box {
  what: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every box that overlaps a shown map, described, at the current scroll position. */
function findCoveredText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const box = (what: string, el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { what, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const shown = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return style.display !== 'none' && style.visibility !== 'hidden' && el.getBoundingClientRect().height > 0;
    };
    const maps = [...document.querySelectorAll('[data-scrolly] .scrolly-stage, [data-scrolly] .step-map[data-active]')]
      .filter(shown)
      .map((el, i) => box(`map ${i}`, el));
    const texts = [
      ...[...document.querySelectorAll('.site-header nav')].map((el) => box('site navigation', el)),
      ...[...document.querySelectorAll('.story-head h1')].map((el) => box('H1', el)),
      ...[...document.querySelectorAll('.story-head .dek')].map((el) => box('dek', el)),
      ...[...document.querySelectorAll('.story-sources ul')].map((el) => box('来源 list', el)),
      ...[...document.querySelectorAll('[data-scrolly] .step')].flatMap((step, n) =>
        [...step.children].filter((el) => !el.classList.contains('step-map')).map((el) => box(`step ${n} text`, el)),
      ),
    ];
    // One pixel of tolerance for sub-pixel rounding at the boxes' edges.
    const overlap = (a: Box, b: Box): boolean =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    return maps.flatMap((m) =>
      texts
        .filter((t) => overlap(m, t))
        .map(
          (t) =>
            `${m.what} [${Math.round(m.top)}–${Math.round(m.bottom)}] covers ${t.what} [${Math.round(t.top)}–${Math.round(t.bottom)}]`,
        ),
    );
  });
}

/** Lets the step observer react to the last scroll before measuring. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)))),
  );
}

describe.each(stories)('$path', ({ path }) => {
  test.each(SCREENS)('at $name the map never covers the headline, navigation, steps or sources', async (screen) => {
    const page = await site.browser.newPage({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.scale,
    });
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getAttribute('[data-scrolly]', 'data-scrolly')).toBe('on');
    const problems: string[] = [];
    const measure = async (where: string): Promise<void> => {
      await settle(page);
      for (const p of await findCoveredText(page)) problems.push(`${where}: ${p}`);
    };
    await measure('top');
    const steps = page.locator('[data-scrolly] .step');
    const count = await steps.count();
    for (let i = 0; i < count; i++) {
      await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await measure(`step ${i} in the middle`);
      // The shown panel is whole: it fits the viewport's height once stuck, and nothing crops it at the right.
      const active = await page.evaluate(() => {
        const el = document.querySelector('[data-scrolly] .step-map[data-active]');
        if (el === null) return null;
        const r = el.getBoundingClientRect();
        return { height: r.height, right: r.right, staged: el.parentElement?.classList.contains('scrolly-stage') };
      });
      expect(active, `step ${i} shows a map`).not.toBeNull();
      // Only a staged (sticky) panel must fit the viewport; an inline map scrolls with its text.
      if (active?.staged === true) {
        expect(active.height, `step ${i}: the panel fits the viewport`).toBeLessThanOrEqual(screen.height);
        expect(active.right, `step ${i}: the panel's right edge is on screen`).toBeLessThanOrEqual(screen.width + 1);
      }
    }
    await page.locator('.story-sources ul').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await measure('the 来源 list coming into view');
    await page.locator('.story-sources').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await measure('the 来源 list in the middle');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await measure('end');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('at 1280px no ancestor of the map clips it (a clipping ancestor would stop it sticking or crop it)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getAttribute('[data-scrolly]', 'data-scrolly')).toBe('on');
    const clipping = await page.evaluate(() => {
      const out: string[] = [];
      const map = document.querySelector('[data-scrolly] .step-map[data-active]');
      for (let el = map; el !== null; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          out.push(
            `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: overflow ${style.overflowX} ${style.overflowY}`,
          );
        }
      }
      return out;
    });
    expect(clipping).toEqual([]);
    expect(await page.locator('[data-scrolly] .scrolly-stage').evaluate((el) => getComputedStyle(el).position)).toBe(
      'sticky',
    );
    await page.close();
  });

  test.each([
    { name: 'on a phone (390px)', width: 390, height: 844, js: true },
    { name: 'without JS at 1280px', width: 1280, height: 800, js: false },
    { name: 'at 200% zoom of 1920×1080 (960×540)', width: 960, height: 540, js: true },
  ])('$name every step keeps its map inline, above its text', async ({ width, height, js }) => {
    const context = await site.browser.newContext({ viewport: { width, height }, javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    const placement = await page.evaluate(() =>
      [...document.querySelectorAll('[data-scrolly] .step')].map((step) => {
        const map = step.querySelector(':scope > .step-map');
        const text = step.querySelector(':scope > :not(.step-map)');
        if (map === null) return 'no inline map';
        const style = getComputedStyle(map);
        if (style.position !== 'static' && style.position !== 'relative') return `map is ${style.position}`;
        if (style.visibility === 'hidden' || style.opacity === '0') return 'map hidden';
        if (text !== null && map.getBoundingClientRect().bottom > text.getBoundingClientRect().top + 1) {
          return 'map overlaps its text';
        }
        return 'inline';
      }),
    );
    expect(placement.length).toBeGreaterThan(0);
    expect(placement.every((p) => p === 'inline')).toBe(true);
    await context.close();
  });
});
