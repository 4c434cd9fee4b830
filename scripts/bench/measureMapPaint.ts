/**
 * Time to first map paint: milliseconds from navigation start to the first frame after an `<svg>`
 * with at least `minPaths` paths is in the document, however it got there (parsed from the HTML or
 * drawn by script). Measured the same way on both pages, in Chromium with the CPU slowed 4× (a
 * mid-range phone), median of several cold loads.
 */
import type { Browser } from 'playwright-core';

const OBSERVER = (minPaths: number) => `
  new MutationObserver((_, observer) => {
    const svg = [...document.querySelectorAll('svg')].find((s) => s.querySelectorAll('path').length >= ${minPaths});
    if (svg === undefined) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__mapPaint = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
`;

/** Median time to first map paint over `runs` cold loads of `url`. */
export async function measureMapPaint(browser: Browser, url: string, runs = 5, minPaths = 20): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(OBSERVER(minPaths));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __mapPaint?: number }).__mapPaint !== undefined, null, {
      timeout: 30_000,
    });
    times.push(await page.evaluate(() => (window as unknown as { __mapPaint: number }).__mapPaint));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
