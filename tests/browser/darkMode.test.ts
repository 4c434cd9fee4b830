/**
 * Both colour schemes (issue 14): the main templates pass axe and a contrast check of every visible text (4.5:1,
 * 3:1 for large text) in light and in dark (Chromium's emulated `prefers-color-scheme`), at 390 and 1280 px; the
 * map's selected metric looks selected in both.
 */
import { describe, expect, test } from 'vitest';
import { findLowContrast } from './support/findLowContrast';
import { runAxe } from './support/runAxe';
import { templatePages } from './support/sitePages';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const MAIN = [
  'home',
  'province/[id]',
  'pair/[id]',
  'stories/[slug]',
  'stories',
  'source/[id]',
  'sources',
  'data',
  'about',
  'provinces',
  'pairs',
  'embed/map',
  'embed/province/[id]',
  // The English edition's counterparts of the main templates.
  'en',
  'en/pair/[id]',
  'en/about',
  'en/source/[id]',
];
const pages = templatePages().filter((p) => MAIN.includes(p.template));
const site = useSiteInBrowser();

async function open(path: string, width: number, colorScheme: 'light' | 'dark') {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  return page;
}

test('the main templates are all built', () => {
  expect(pages.map((p) => p.template).sort()).toEqual([...MAIN].sort());
});

describe.each(['dark', 'light'] as const)('%s', (scheme) => {
  describe.each(pages)('$template ($path)', ({ path }) => {
    test.each([390, 1280])('every text has enough contrast, and axe passes, at %ipx', async (width) => {
      const page = await open(path, width, scheme);
      const low = await findLowContrast(page);
      const axe = await runAxe(page);
      await page.context().close();
      expect(low).toEqual([]);
      expect(axe).toEqual([]);
    });
  });

  test('the selected metric pill looks selected', async () => {
    const page = await open('/', 1280, scheme);
    const look = await page.evaluate(() => {
      const pill = (sel: string) => getComputedStyle(document.querySelector(sel) as Element).backgroundColor;
      return {
        checked: pill('shanhai-map input[type=radio]:checked + span'),
        other: pill('shanhai-map input[type=radio]:not(:checked) + span'),
        page: getComputedStyle(document.body).backgroundColor,
      };
    });
    await page.context().close();
    expect(look.checked).not.toBe(look.other);
    // The unselected pills sit on the page's colour; the selected one is filled with the text colour.
    expect(look.checked).not.toBe(look.page);
  });
});
