/**
 * Lighthouse scores (mobile: its default form factor, throttling and screen) for a URL, with
 * the browser tests' Chromium (see tests/browser/support/launchBrowser.ts) launched by chrome-launcher.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumEnv, chromiumForTests } from '../../tests/browser/support/launchBrowser';

/** Category scores, 0–100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest contentful paint and total blocking time (ms), and cumulative layout shift, under mobile throttling. */
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that lost points in accessibility, best practices or SEO (their ids). */
  failing: string[];
}

/** Runs Lighthouse on each URL in one Chromium, one after another. */
export async function runLighthouse(urls: readonly string[]): Promise<Map<string, LighthouseScores>> {
  const { path } = await chromiumForTests();
  const chrome = await launch({ chromePath: path, chromeFlags: CHROMIUM_ARGS, envVars: chromiumEnv() });
  const out = new Map<string, LighthouseScores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      const audits = result?.lhr.audits ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      const failing = ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
        (categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      );
      out.set(url, {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        failing,
      });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
