/**
 * The scale benchmark: in a synthetic copy of the repository (see generateContent), times
 * `npm run check`, the data build and the site build, as a reader of the clock on the wall sees them.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateContent, type SyntheticSize } from './generateContent';

export interface ScaleTiming extends SyntheticSize {
  /** Wall-clock seconds of `npm run check` (includes npm and tsx start-up). */
  check: number;
  /** Wall-clock seconds of `npm run build:data`. */
  data: number;
  /** Wall-clock seconds of `astro build` (the site build after the data build). */
  site: number;
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
export function timeScale(root: string, dir: string, size: SyntheticSize): ScaleTiming {
  try {
    return timeIn(root, dir, size);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timeIn(root: string, dir: string, size: SyntheticSize): ScaleTiming {
  const written = generateContent(root, dir, size);
  const check = timed(dir, 'npm', ['run', '--silent', 'check']);
  const data = timed(dir, 'npm', ['run', '--silent', 'build:data']);
  // Through npx so the project's Node 24 (node_modules/.bin/node) runs Astro, as `npm run build` does.
  const site = timed(dir, 'npx', ['astro', 'build']);
  const listing = spawnSync('find', [join(dir, 'dist'), '-name', 'index.html'], { encoding: 'utf8' });
  const pages = listing.stdout.split('\n').filter((l) => l !== '').length;
  return { ...written, check, data, site, pages };
}
