/**
 * The scale benchmark: in a synthetic copy of the repository (see generateContent), times
 * `npm run check`, the data build and the site build (`npm run build`, phase by phase from its log), as a reader of
 * the clock on the wall sees them. The copy renders its images into its own cache folder, kept between runs, so the
 * site's render cache is neither used nor pruned by it.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateContent, type SyntheticSize } from './generateContent';
import { type BuildTiming, timeBuild } from './timeBuild';

export interface ScaleTiming extends SyntheticSize {
  /** Wall-clock seconds of `npm run check` (includes npm and tsx start-up). */
  check: number;
  /** Wall-clock seconds of `npm run build:data`. */
  data: number;
  /** Wall-clock seconds of `npm run build` (content check, datasets, Astro, QR codes, search index, checks). */
  site: number;
  /** That build's phases, page kinds and PNG times. */
  build: BuildTiming;
  /** Pages written by the site build. */
  pages: number;
}

function timed(cwd: string, command: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${run.stderr.slice(-3000)}${run.stdout.slice(-2000)}`,
    );
  }
  return (performance.now() - started) / 1000;
}

/** Generates `size` in `dir`, times the three steps there, then deletes `dir` (it can hold gigabytes). */
export async function timeScale(root: string, dir: string, size: SyntheticSize): Promise<ScaleTiming> {
  try {
    return await timeIn(root, dir, size);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeIn(root: string, dir: string, size: SyntheticSize): Promise<ScaleTiming> {
  const written = generateContent(root, dir, size);
  const check = timed(dir, 'npm', ['run', '--silent', 'check']);
  const data = timed(dir, 'npm', ['run', '--silent', 'build:data']);
  // Its own render cache, kept between runs (the synthetic content is the same each time), so a second run is warm
  // as a site build usually is; the site's cache is neither used nor pruned.
  const cache = join(root, 'node_modules', '.cache', `shanhai-render-scale-${size.stories}`);
  const build = await timeBuild(dir, { ...process.env, SHANHAI_RENDER_CACHE_DIR: cache });
  const listing = spawnSync('find', [join(dir, 'dist'), '-name', 'index.html'], { encoding: 'utf8' });
  const pages = listing.stdout.split('\n').filter((l) => l !== '').length;
  return { ...written, check, data, site: build.totalS, build, pages };
}
