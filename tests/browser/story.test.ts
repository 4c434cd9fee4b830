/**
 * Scrollytelling on story pages (`[data-scrolly]`): as the reader scrolls, the map of the step
 * crossing the middle of the viewport is the one shown, one at a time, and it is on screen.
 */
import { describe, expect, test } from 'vitest';
import { pagesContaining } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const stories = pagesContaining('data-scrolly');
const site = useSiteInBrowser();

test('the site has scrollytelling stories', () => {
  expect(stories.length).toBeGreaterThan(0);
});

describe.each(stories)('$path', ({ path }) => {
  test('at 1280px each step shows its own map as it crosses the middle of the viewport', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getAttribute('[data-scrolly]', 'data-scrolly')).toBe('on');
    const steps = page.locator('[data-scrolly] .step');
    const count = await steps.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect
        .poll(() =>
          page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('[data-scrolly] .step-map[data-active]')].map((map) =>
              Number(map.dataset.mapFor),
            ),
          ),
        )
        .toEqual([i]);
      // The active map is on screen, not just flagged.
      const box = await page.locator(`[data-scrolly] .step-map[data-map-for="${i}"]`).boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? -1) + (box?.height ?? 0)).toBeGreaterThan(0);
      expect(box?.y ?? 9999).toBeLessThan(900);
    }
    await page.close();
  });
});
