/**
 * The map's figures table on a phone: each row is a block with one rule under it, not a rule under every cell (the
 * wide table's cell borders, later in map.css, used to win over the phone rules). Needs `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const site = useSiteInBrowser();

describe('the map table at 390 px', () => {
  it.each(['/', '/province/gansu/'])('%s rules its rows, not its cells', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    const borders = (await page.evaluate(`(() => {
      const body = document.querySelector('.pm-table tbody[data-active]');
      const width = (el) => parseFloat(getComputedStyle(el).borderBottomWidth);
      return {
        cells: [...body.querySelectorAll('th, td')].filter((c) => c.offsetParent !== null).map(width),
        rows: [...body.querySelectorAll('tr:not(.pm-row--head)')].map(width),
      };
    })()`)) as { cells: number[]; rows: number[] };
    await context.close();
    expect(borders.cells.length).toBeGreaterThan(4);
    expect(borders.cells.filter((w) => w > 0)).toEqual([]);
    expect(borders.rows.every((w) => w === 1)).toBe(true);
  });
});
