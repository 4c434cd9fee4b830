/**
 * The browser tests measure and screenshot Chinese text with the project's bundled Noto Sans SC only (see
 * support/bundledFontConfig.ts), so label-collision and layout results are the same on every machine. This file
 * holds that promise: the site's headings, body text and map labels are drawn with that family and no other.
 */
import { expect, test } from 'vitest';
import { BUNDLED_FONT_FAMILY } from './support/bundledFontConfig';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const BUNDLED_FONT_FAMILY_PATTERN = new RegExp(`^${BUNDLED_FONT_FAMILY}( (SemiBold|Bold|ExtraBold))?$`);

const site = useSiteInBrowser();

/** The platform fonts Chromium used to draw the text of the first element matching each selector. */
async function fontsUsed(path: string, selectors: readonly string[]): Promise<Map<string, string[]>> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const used = new Map<string, string[]>();
  for (const selector of selectors) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (nodeId === 0) throw new Error(`${path}: nothing matches ${selector}`);
    // Chromium reports the fonts of the element's own text runs.
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    used.set(
      selector,
      fonts.map((font) => font.familyName),
    );
  }
  await page.close();
  return used;
}

test('Chinese text on the home page and its map is drawn with the bundled Noto Sans SC, nothing else', async () => {
  const used = await fontsUsed('/', ['h1', 'main p', 'shanhai-map svg text.pm-label--west']);
  for (const [selector, families] of used) {
    // Static weights name themselves "Noto Sans SC SemiBold" and so on.
    expect(families.length, selector).toBeGreaterThan(0);
    for (const family of families) expect(family, selector).toMatch(BUNDLED_FONT_FAMILY_PATTERN);
  }
});
