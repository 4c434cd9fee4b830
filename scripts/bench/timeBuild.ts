/**
 * Times `npm run build` the way its log shows it: each line is stamped as it arrives, and the phases are the spans
 * between the lines that open them (content check, datasets, Astro's bundling, pages and images, sitemap, the split
 * map views and content-security policy, QR codes, the search index, checks of the result and publishing). Astro prints every route with its own time
 * (`├─ /province/gansu/index.html (+120ms)`): those are summed per page kind, and the PNG renders listed one by one.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { quantile } from '../../src/lib/stats/quantile';
import { templateOfPath } from '../../tests/browser/support/sitePages';

export { quantile };

export interface BuildTiming {
  /** Wall-clock seconds of the whole `npm run build`. */
  totalS: number;
  /** [phase, seconds] in order. */
  phases: [string, number][];
  /** Per page kind: routes and the seconds Astro reports for them. */
  kinds: { kind: string; routes: number; seconds: number }[];
  /** Milliseconds of each PNG route. */
  pngMs: number[];
  /**
   * The 1-minute load average when the build started and when it ended: on a shared machine a figure means little
   * without it.
   */
  load: [number, number];
  /** The build's own PNG summary (render times without the waiting of routes built at once), when it printed one. */
  renders?: string;
}

/**
 * Lines that open a phase, in the order the build prints them; a phase opens only after the one before it (Astro
 * prints "✓ Completed" after several steps). A step prints its line when it ends, so the next phase opens there.
 */
const PHASES: [string, RegExp, 'optional'?][] = [
  ['content check', /^> tsx scripts\/build\.ts/],
  ['datasets', /^Checked \d+ sources?/],
  ['Astro: bundling', /Building static entrypoints/],
  ['Astro: pages and images', /generating static routes/],
  ['sitemap', /✓ Completed in/],
  ['split map views and CSP', /sitemap-index\.xml/],
  ['QR codes', /page\(s\) built in/],
  ['search index', /^QR codes: /],
  ['output checks and publish', /^Search index: /],
];
const END = /^Published dist\//;

/** The kind of a built route: its page template, or what the file is. */
export function routeKind(path: string): string {
  if (/\.png\/?$/.test(path)) return 'PNG image';
  if (/\.svg\/?$/.test(path)) return 'SVG export';
  if (/\.(csv|json|txt|xml|js)\/?$/.test(path)) return 'data or other file';
  return templateOfPath(path.replace(/index\.html$/, ''));
}

/** Runs the build in `cwd` and reads its log. Throws with the log's end when the build fails. */
export function timeBuild(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<BuildTiming> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const loadAtStart = loadavg()[0] ?? 0;
    const stamps: [number, string][] = [];
    const child = spawn('npm', ['run', 'build'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let rest = '';
    const onData = (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) stamps.push([performance.now(), line]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      const end = performance.now();
      if (code !== 0) {
        reject(
          new Error(
            `npm run build failed (exit ${code}):\n${stamps
              .slice(-30)
              .map(([, l]) => l)
              .join('\n')}`,
          ),
        );
        return;
      }
      resolve({ ...readBuildLog(stamps, started, end), load: [loadAtStart, loadavg()[0] ?? 0] });
    });
  });
}

/** Phases and route times from a stamped log (exported for the bench's own use on a saved log). */
export function readBuildLog(
  stamps: readonly [number, string][],
  started: number,
  end: number,
): Omit<BuildTiming, 'load'> {
  const opened: [string, number][] = [];
  let next = 0;
  for (const [at, line] of stamps) {
    for (let i = next; i < PHASES.length; i++) {
      const [name, opens, optional] = PHASES[i] as [string, RegExp, 'optional'?];
      if (opens.test(line)) {
        opened.push([name, i === 0 ? started : at]);
        next = i + 1;
        break;
      }
      if (optional === undefined) break;
    }
    if (END.test(line)) opened.push(['(end)', at]);
  }
  if (opened.at(-1)?.[0] !== '(end)') opened.push(['(end)', end]);
  const phases = opened.slice(0, -1).map(([name, at], i) => [name, ((opened[i + 1]?.[1] ?? end) - at) / 1000]) as [
    string,
    number,
  ][];
  const kinds = new Map<string, { routes: number; seconds: number }>();
  const pngMs: number[] = [];
  for (const [, line] of stamps) {
    const m = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (m === null) continue;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const kind = routeKind(m[1] as string);
    const k = kinds.get(kind) ?? { routes: 0, seconds: 0 };
    k.routes++;
    k.seconds += ms / 1000;
    kinds.set(kind, k);
    if (kind === 'PNG image') pngMs.push(ms);
  }
  const renders = stamps.map(([, line]) => /PNG renders: .*$/.exec(line)?.[0]).find((l) => l !== undefined);
  return {
    ...(renders === undefined ? {} : { renders }),
    totalS: (end - started) / 1000,
    phases,
    kinds: [...kinds].map(([kind, k]) => ({ kind, ...k })).sort((a, b) => b.seconds - a.seconds),
    pngMs,
  };
}
