/**
 * The benchmark (`npm run bench`; not a test, never run by CI, prints and never fails on a budget): Markdown tables of
 *  0. the site build (`npm run build`, timed from its log): time per phase, per page kind, PNG time per image;
 *  1. gzipped bytes of every built page, per template (median and heaviest page);
 *  2. per page template, on its heaviest page, in Chromium: gzipped HTML, CSS, JS and data, requests, DOM elements,
 *     and Lighthouse mobile (median of 3 runs) on home, a story, a province and a pair page (`--lighthouse-all`: every
 *     template);
 *  3. the baseline: our map page against the same map drawn the conventional way (d3 + Plot + GeoJSON in the
 *     browser): bytes and time to first map paint, as a ratio;
 *  4. scale: `npm run check`, the data build and the site build (`npm run build`, with its phases) on synthetic
 *     content (100 and 1,000 stories; 10 facts per story);
 *  5. the budgets (issues 8, 14 and 18), PASS or FAIL.
 * Needs Chromium. Builds the site first unless `--skip build` or `SHANHAI_DIST` points at another build. Pages are
 * served gzipped (scripts/serve-dist.ts), as any static host serves them: Lighthouse's simulated slow 4G then
 * downloads the bytes a reader's phone does (served raw, the province page's 291 KB of HTML cost ~1 s of its FCP).
 *
 *   npm run bench                         # everything (the scale runs take many minutes)
 *   npm run bench -- --skip scale         # also: build, lighthouse, baseline
 *   npm run bench -- --scale 1000         # the scale run at these story counts only (10 facts per story)
 *   npm run bench -- --runs 1 --json out.json
 */
import { writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { announceChromium, launchBrowser } from '../tests/browser/support/launchBrowser';
import { pagesContaining } from '../tests/browser/support/sitePages';
import { formatTable, kb } from './bench/formatTable';
import { measureHtmlFiles } from './bench/measureHtmlFiles';
import { measureMapPaint } from './bench/measureMapPaint';
import { countDomNodes, mapVisibleWithoutJs, measurePageWeight, type PageWeight } from './bench/measurePageWeight';
import { type LighthouseScores, runLighthouse } from './bench/runLighthouse';
import { type BuildTiming, quantile, timeBuild } from './bench/timeBuild';
import { type ScaleTiming, timeScale } from './bench/timeScale';
import { writeBaselinePage } from './bench/writeBaselinePage';
import { DEFAULT_DIST, serveDist } from './serve-dist';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const skip = new Set((option('--skip') ?? '').split(',').filter((s) => s !== ''));
const jsonOut = option('--json');
const lighthouseRuns = Number(option('--runs') ?? 3);
const scaleStories = (option('--scale') ?? '100,1000').split(',').map(Number);

/** Budgets: issue 18 (page weight, Lighthouse, build time, scale), issue 14 (client JS), issue 8 (check, data). */
const BUDGET = {
  pageKb: 50,
  homeKb: 35,
  jsKb: 15,
  performance: 100,
  buildS: 30,
  scaleStories: 1000,
  scaleSiteS: 300,
  checkS: 3,
  dataS: 5,
};
/** The templates Lighthouse runs on unless `--lighthouse-all`. */
const LIGHTHOUSE_TEMPLATES = ['home', 'stories/[slug]', 'province/[id]', 'pair/[id]'];

const log = (s: string) => console.error(`… ${s}`);
const results: Record<string, unknown> = {};
const budgets: [string, string, boolean][] = [];
const seconds = (s: number) => `${s.toFixed(1)} s`;

/** A build's phases, its page kinds and its PNG times, as tables. */
function printBuild(build: BuildTiming): void {
  console.log(
    formatTable(
      ['phase', 'seconds'],
      build.phases.map(([name, s]) => [name, s.toFixed(1)]),
    ),
  );
  console.log(
    '\nPer page kind (the route times Astro prints; routes are built four at once and PNGs render in worker threads, so these overlap):\n',
  );
  console.log(
    formatTable(
      ['kind', 'routes', 'seconds', 'ms per route'],
      build.kinds.map((k) => [k.kind, k.routes, k.seconds.toFixed(1), ((k.seconds * 1000) / k.routes).toFixed(0)]),
    ),
  );
  const png = build.pngMs;
  console.log(
    `\nPNG time per image (${png.length} images; cached by content between builds): median ${quantile(png, 0.5).toFixed(0)} ms, p95 ${quantile(png, 0.95).toFixed(0)} ms, max ${Math.max(...png).toFixed(0)} ms`,
  );
  if (build.renders !== undefined) console.log(`The build's own count: ${build.renders}`);
}

// 0. The build.
if (!skip.has('build') && process.env.SHANHAI_DIST === undefined) {
  log('npm run build (timed from its log)');
  const build: BuildTiming = await timeBuild(ROOT);
  console.log(
    `\n## Site build: ${seconds(build.totalS)} wall clock (npm run build; load average ${build.load.map((l) => l.toFixed(1)).join(' → ')}, ${cpus().length} cores)\n`,
  );
  printBuild(build);
  budgets.push([`site build ≤ ${BUDGET.buildS} s`, seconds(build.totalS), build.totalS <= BUDGET.buildS]);
  results.build = build;
}

// 1. Every page's gzipped size, from disk.
const sizes = measureHtmlFiles(DEFAULT_DIST);
console.log('\n## Gzipped HTML per template (every built page, gzip -9)\n');
console.log(
  formatTable(
    ['template', 'pages', 'median KB', 'heaviest KB', 'heaviest page'],
    sizes.map((t) => [t.template, t.pages, kb(t.median), kb(t.max.bytes), t.max.path]),
  ),
);
for (const t of sizes) {
  const limit = t.template === 'home' ? BUDGET.homeKb : BUDGET.pageKb;
  budgets.push([
    `${t.template}: every page ≤ ${limit} KB gz`,
    `${kb(t.max.bytes)} KB (${t.max.path})`,
    t.max.bytes <= limit * 1024,
  ]);
}
results.sizes = sizes;

const server = await serveDist({ dir: DEFAULT_DIST });
await announceChromium(log);
const browser = await launchBrowser();
try {
  // 1. Page templates.
  // The heaviest page of each template (by gzipped HTML): the page its budgets must hold for. The first page by name
  // is often the lightest (/province/beijing/ has a third of /province/gansu/'s figures).
  const pages = sizes
    .map((t) => ({ template: t.template, path: t.max.path }))
    .sort((a, b) => a.template.localeCompare(b.template));
  const weights = new Map<string, PageWeight>();
  const dom = new Map<string, number>();
  for (const page of pages) {
    log(`weighing ${page.path}`);
    weights.set(page.template, await measurePageWeight(browser, server.origin + page.path));
    dom.set(page.template, await countDomNodes(browser, server.origin + page.path));
  }
  let scores = new Map<string, LighthouseScores>();
  if (!skip.has('lighthouse')) {
    const audited = process.argv.includes('--lighthouse-all')
      ? pages
      : pages.filter((p) => LIGHTHOUSE_TEMPLATES.includes(p.template));
    log(`Lighthouse on ${audited.length} pages, ${lighthouseRuns} run(s) each`);
    scores = await runLighthouse(
      audited.map((p) => server.origin + p.path),
      lighthouseRuns,
    );
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
      dom.get(p.template) ?? '–',
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
  console.log(
    `\n## Page templates (gzipped KB as loaded; DOM elements; Lighthouse mobile, median of ${lighthouseRuns})\n`,
  );
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
        'DOM',
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
    domNodes: dom.get(p.template),
    lighthouse: scores.get(server.origin + p.path),
  }));

  // Budgets per template: client JS everywhere; Lighthouse where it ran (a11y, best practices, SEO on non-embeds).
  for (const page of pages) {
    const w = weights.get(page.template) as PageWeight;
    budgets.push([`${page.template}: client JS ≤ ${BUDGET.jsKb} KB gz`, `${kb(w.js)} KB`, w.js <= BUDGET.jsKb * 1024]);
    const s = scores.get(server.origin + page.path);
    if (s === undefined) continue;
    budgets.push([
      `${page.template}: Lighthouse performance ≥ ${BUDGET.performance}`,
      String(s.performance),
      s.performance >= BUDGET.performance,
    ]);
    // Embeds (Chinese and English) are noindex by design, so Lighthouse's SEO score does not apply to them.
    const embed = /^(en\/)?embed\//u.test(page.template);
    for (const [name, score] of [
      ['accessibility', s.accessibility],
      ['best practices', s.bestPractices],
      ...(embed ? [] : ([['SEO', s.seo]] as const)),
    ] as const) {
      budgets.push([`${page.template}: Lighthouse ${name} = 100`, String(score), score === 100]);
    }
  }
  for (const page of pages.filter((p) => p.template === 'home' || p.template === 'stories/[slug]')) {
    const noJs = await mapVisibleWithoutJs(browser, server.origin + page.path);
    budgets.push([`${page.template}: map visible without JS`, noJs ? 'yes' : 'no map', noJs]);
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
  const timings: ScaleTiming[] = [];
  for (const size of scaleStories.map((stories) => ({ stories, facts: stories * 10 }))) {
    log(`scale: ${size.stories} stories, ${size.facts} facts (the site build takes minutes)`);
    timings.push(await timeScale(ROOT, join(tmpdir(), `shanhai-bench-scale-${size.stories}`), size));
  }
  const [small, large] = [timings[0] as ScaleTiming, timings.at(-1) as ScaleTiming];
  const growth = (a: number, b: number) => `${(b / a).toFixed(1)}×`;
  console.log('\n## Scale (wall-clock seconds on this machine; synthetic content)\n');
  console.log(
    formatTable(
      ['stories', 'facts', 'pages', 'npm run check', 'data build', 'site build'],
      [
        ...timings.map((t) => [t.stories, t.facts, t.pages, t.check.toFixed(2), t.data.toFixed(2), t.site.toFixed(1)]),
        ...(timings.length < 2
          ? []
          : [
              [
                `growth ×${large.stories / small.stories}`,
                `×${large.facts / small.facts}`,
                growth(small.pages, large.pages),
                growth(small.check, large.check),
                growth(small.data, large.data),
                growth(small.site, large.site),
              ],
            ]),
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
  console.log(
    `\nThe site build of ${large.stories} stories, phase by phase (load average ${large.build.load.map((l) => l.toFixed(1)).join(' → ')}):\n`,
  );
  printBuild(large.build);
  const scaled = timings.find((t) => t.stories === BUDGET.scaleStories);
  if (scaled !== undefined) {
    budgets.push([
      `site build of ${BUDGET.scaleStories} stories ≤ ${BUDGET.scaleSiteS} s`,
      seconds(scaled.site),
      scaled.site <= BUDGET.scaleSiteS,
    ]);
  }
  results.scale = timings;
}

console.log('\n## Budgets (issues 8, 14, 18; printed, never enforced)\n');
console.log(
  formatTable(
    ['budget', 'measured', ''],
    budgets.map(([name, value, ok]) => [name, value, ok ? 'PASS' : 'FAIL']),
  ),
);
results.budgets = budgets.map(([name, value, ok]) => ({ name, value, pass: ok }));
if (jsonOut !== undefined) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
