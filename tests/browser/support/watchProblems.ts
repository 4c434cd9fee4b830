/**
 * Collects what a reader would call breakage on a page: console errors and warnings, uncaught
 * exceptions, requests that fail or answer ≥ 400, and requests to any origin but our own.
 */
import type { Page } from 'playwright-core';

/** Starts listening on `page`; read `problems` after the page has settled. */
export function watchProblems(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? '?'})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) {
      problems.push(`third-party request: ${url}`);
    }
  });
  return { problems };
}
