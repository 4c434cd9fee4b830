/**
 * The benchmark (`npm run bench`; not a test): prints Markdown tables of
 *  1. per page template: gzipped bytes of HTML, CSS, JS and data, requests, and Lighthouse mobile scores;
 *  2. the baseline: our map page against the same map drawn the conventional way (d3 + Plot + GeoJSON
 *     in the browser): bytes and time to first map paint, as a ratio;
 *  3. scale: `npm run check`, the data build and the site build on synthetic content at two sizes;
 *  4. the budgets of issue 8, PASS or FAIL.
 * Needs a built site (`npm run build`; `SHANHAI_DIST` points elsewhere) and Chromium.
 *
 *   npm run bench                 # everything
 *   npm run bench -- --skip scale # without the scale runs (minutes); also: lighthouse, baseline
 *   npm run bench -- --json out.json
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { announceChromium, launchBrowser } from '../tests/browser/support/launchBrowser';
import { pagesContaining, templatePages } from '../tests/browser/support/sitePages';
import { formatTable, kb } from './bench/formatTable';
import { measureMapPaint } from './bench/measureMapPaint';
import { mapVisibleWithoutJs, measurePageWeight, type PageWeight } from './bench/measurePageWeight';
import { type LighthouseScores, runLighthouse } from './bench/runLighthouse';
import { type ScaleTiming, timeScale } from './bench/timeScale';
import { writeBaselinePage } from './bench/writeBaselinePage';
import { DEFAULT_DIST, serveDist } from './serve-dist';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const skip = new Set(process.argv.flatMap((a, i) => (process.argv[i - 1] === '--skip' ? a.split(',') : [])));
const jsonIndex = process.argv.indexOf('--json');
const jsonOut = jsonIndex === -1 ? undefined : process.argv[jsonIndex + 1];

/** Issue 8's budgets. */
const BUDGET = { jsKb: 20, totalKb: 150, performance: 95, checkS: 3, dataS: 5 };

const log = (s: string) => console.error(`… ${s}`);
const results: Record<string, unknown> = {};
const budgets: [string, string, boolean][] = [];

const server = await serveDist({ dir: DEFAULT_DIST });
await announceChromium(log);
const browser = await launchBrowser();
try {
  // 1. Page templates.
  const pages = templatePages(DEFAULT_DIST);
  const weights = new Map<string, PageWeight>();
  for (const page of pages) {
    log(`weighing ${page.path}`);
    weights.set(page.template, await measurePageWeight(browser, server.origin + page.path));
  }
  let scores = new Map<string, LighthouseScores>();
  if (!skip.has('lighthouse')) {
    log(`Lighthouse on ${pages.length} pages`);
    scores = await runLighthouse(pages.map((p) => server.origin + p.path));
  }
  const rows = pages.map((p) => {
    const w = weights.get(p.template) as PageWeight;
    const s = scores.get(server.origin + p.path);
    return [
      p.template,
      p.path,
      kb(w.html),
      kb(w.css),
      kb(w.js),
      kb(w.data),
      kb(w.total),
      w.requests,
      s?.performance ?? '–',
      s?.accessibility ?? '–',
      s?.bestPractices ?? '–',
      s?.seo ?? '–',
      s === undefined ? '–' : `${(s.lcpMs / 1000).toFixed(1)} s`,
      s === undefined ? '–' : `${s.tbtMs.toFixed(0)} ms`,
      s === undefined ? '–' : s.cls.toFixed(3),
      s === undefined || s.failing.length === 0 ? '' : s.failing.join(', '),
    ];
  });
  console.log('\n## Page templates (gzipped KB; Lighthouse mobile)\n');
  console.log(
    formatTable(
      [
        'template',
        'page',
        'HTML',
        'CSS',
        'JS',
        'data',
        'total',
        'requests',
        'perf',
        'a11y',
        'best pr.',
        'SEO',
        'LCP',
        'TBT',
        'CLS',
        'audits losing points',
      ],
      rows,
    ),
  );
  results.pages = pages.map((p) => ({
    ...p,
    weight: weights.get(p.template),
    lighthouse: scores.get(server.origin + p.path),
  }));

  // Budgets for home and story pages.
  const story = pages.find((p) => p.template.startsWith('stories/'));
  for (const page of [pages.find((p) => p.template === 'home'), story]) {
    if (page === undefined) continue;
    const w = weights.get(page.template) as PageWeight;
    const s = scores.get(server.origin + page.path);
    const noJs = await mapVisibleWithoutJs(browser, server.origin + page.path);
    budgets.push([`${page.template}: map visible without JS`, noJs ? 'yes' : 'no map', noJs]);
    budgets.push([`${page.template}: client JS ≤ ${BUDGET.jsKb} KB gz`, `${kb(w.js)} KB`, w.js <= BUDGET.jsKb * 1024]);
    budgets.push([
      `${page.template}: total transfer ≤ ${BUDGET.totalKb} KB gz`,
      `${kb(w.total)} KB`,
      w.total <= BUDGET.totalKb * 1024,
    ]);
    if (s !== undefined) {
      budgets.push([
        `${page.template}: Lighthouse performance ≥ ${BUDGET.performance}`,
        String(s.performance),
        s.performance >= BUDGET.performance,
      ]);
      budgets.push([
        `${page.template}: Lighthouse accessibility = 100`,
        String(s.accessibility),
        s.accessibility === 100,
      ]);
      budgets.push([
        `${page.template}: Lighthouse best practices = 100`,
        String(s.bestPractices),
        s.bestPractices === 100,
      ]);
      budgets.push([`${page.template}: Lighthouse SEO = 100`, String(s.seo), s.seo === 100]);
    }
  }

  // 2. Baseline: the map page (home once it has the map) against the conventional client-side drawing.
  if (!skip.has('baseline')) {
    const mapPage = pagesContaining('<shanhai-map', DEFAULT_DIST)[0];
    if (mapPage === undefined) throw new Error('no built page has a <shanhai-map> to compare with the baseline');
    const baseDir = join(tmpdir(), 'shanhai-bench-baseline');
    writeBaselinePage(DEFAULT_DIST, baseDir);
    const baseServer = await serveDist({ dir: baseDir });
    try {
      log('baseline: weighing and timing both maps');
      const oursWeight = await measurePageWeight(browser, server.origin + mapPage.path);
      const baseWeight = await measurePageWeight(browser, `${baseServer.origin}/`);
      const ratio = (base: number, ours: number) => (ours === 0 ? '–' : (base / ours).toFixed(1));
      const oursPaint = await measureMapPaint(browser, server.origin + mapPage.path);
      const basePaint = await measureMapPaint(browser, `${baseServer.origin}/`);
      console.log(
        `\n## Baseline: the map drawn at build time (${mapPage.path}) vs in the browser (d3 + Plot + GeoJSON)\n`,
      );
      console.log(
        formatTable(
          ['', 'ours', 'conventional', 'conventional ÷ ours'],
          [
            ['JS (KB gz)', kb(oursWeight.js), kb(baseWeight.js), ratio(baseWeight.js, oursWeight.js)],
            ['data (KB gz)', kb(oursWeight.data), kb(baseWeight.data), ratio(baseWeight.data, oursWeight.data)],
            ['total (KB gz)', kb(oursWeight.total), kb(baseWeight.total), ratio(baseWeight.total, oursWeight.total)],
            ['requests', oursWeight.requests, baseWeight.requests, ratio(baseWeight.requests, oursWeight.requests)],
            [
              'first map paint (ms, CPU 4× slower, median of 5)',
              oursPaint.toFixed(0),
              basePaint.toFixed(0),
              ratio(basePaint, oursPaint),
            ],
          ],
        ),
      );
      results.baseline = {
        page: mapPage.path,
        ours: { ...oursWeight, paintMs: oursPaint },
        conventional: { ...baseWeight, paintMs: basePaint },
      };
    } finally {
      await baseServer.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// 3. Scale.
if (!skip.has('scale')) {
  const sizes = [
    { stories: 100, facts: 1000 },
    { stories: 1000, facts: 10000 },
  ];
  const timings: ScaleTiming[] = [];
  for (const size of sizes) {
    log(`scale: ${size.stories} stories, ${size.facts} facts (the site build takes minutes)`);
    timings.push(timeScale(ROOT, join(tmpdir(), `shanhai-bench-scale-${size.stories}`), size));
  }
  const [small, large] = timings as [ScaleTiming, ScaleTiming];
  const growth = (a: number, b: number) => `${(b / a).toFixed(1)}×`;
  console.log('\n## Scale (wall-clock seconds on this machine; synthetic content)\n');
  console.log(
    formatTable(
      ['stories', 'facts', 'pages', 'npm run check', 'data build', 'site build'],
      [
        ...timings.map((t) => [t.stories, t.facts, t.pages, t.check.toFixed(2), t.data.toFixed(2), t.site.toFixed(1)]),
        [
          `growth ×${large.stories / small.stories}`,
          `×${large.facts / small.facts}`,
          growth(small.pages, large.pages),
          growth(small.check, large.check),
          growth(small.data, large.data),
          growth(small.site, large.site),
        ],
      ],
    ),
  );
  budgets.push([
    `npm run check ≤ ${BUDGET.checkS} s at ${large.facts} facts`,
    `${large.check.toFixed(2)} s`,
    large.check <= BUDGET.checkS,
  ]);
  budgets.push([
    `data build ≤ ${BUDGET.dataS} s at ${large.facts} facts`,
    `${large.data.toFixed(2)} s`,
    large.data <= BUDGET.dataS,
  ]);
  results.scale = timings;
}

console.log('\n## Budgets (issue 8)\n');
console.log(
  formatTable(
    ['budget', 'measured', ''],
    budgets.map(([name, value, ok]) => [name, value, ok ? 'PASS' : 'FAIL']),
  ),
);
results.budgets = budgets.map(([name, value, ok]) => ({ name, value, pass: ok }));
if (jsonOut !== undefined) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
