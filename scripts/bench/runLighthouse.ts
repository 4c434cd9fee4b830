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

/** The median of each score and metric over several runs (the failing audits of the median-performance run). */
export function medianScores(runs: readonly LighthouseScores[]): LighthouseScores {
  const median = (pick: (s: LighthouseScores) => number): number => {
    const sorted = runs.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] as number;
  };
  const performance = median((s) => s.performance);
  return {
    performance,
    accessibility: median((s) => s.accessibility),
    bestPractices: median((s) => s.bestPractices),
    seo: median((s) => s.seo),
    lcpMs: median((s) => s.lcpMs),
    tbtMs: median((s) => s.tbtMs),
    cls: median((s) => s.cls),
    failing: runs.find((s) => s.performance === performance)?.failing ?? [],
  };
}

/** Runs Lighthouse `runs` times on each URL in one Chromium, one after another; the median of the runs per URL. */
export async function runLighthouse(urls: readonly string[], runs = 1): Promise<Map<string, LighthouseScores>> {
  const { path } = await chromiumForTests();
  const chrome = await launch({ chromePath: path, chromeFlags: CHROMIUM_ARGS, envVars: chromiumEnv() });
  const all = new Map<string, LighthouseScores[]>();
  try {
    for (let run = 0; run < runs; run++)
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
        all.set(url, [
          ...(all.get(url) ?? []),
          {
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
            lcpMs: metric('largest-contentful-paint'),
            tbtMs: metric('total-blocking-time'),
            cls: metric('cumulative-layout-shift'),
            failing,
          },
        ]);
      }
  } finally {
    chrome.kill();
  }
  return new Map([...all].map(([url, scores]) => [url, medianScores(scores)]));
}
