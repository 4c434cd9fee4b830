import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeOutputMarker } from '../../src/lib/publish/outputMarker';
import { treeDigest } from './treeDigest';

/**
 * `npm run build` (scripts/build.ts) and `npm run build:data` run in a copy of the project whose dist/ and
 * public/data/ hold a last good build: a failing build must leave both byte-identical and say so.
 */
const REPO = resolve('.');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function runScript(script: string, cwd: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', TSX, join(REPO, 'scripts', script)], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

/** A copy of the content and public/ with a marked last good dist/ and public/data/. */
function projectWithGoodSite(): { root: string; digest: () => string[] } {
  const root = mkdtempSync(join(tmpdir(), 'shanhai-build-'));
  cpSync('data/reference', join(root, 'data/reference'), { recursive: true });
  cpSync('data/curated', join(root, 'data/curated'), { recursive: true, filter: (src) => !src.includes('drafts') });
  cpSync('content/stories', join(root, 'content/stories'), { recursive: true });
  cpSync('public', join(root, 'public'), { recursive: true, filter: (src) => !src.includes(join('public', 'data')) });
  for (const [dir, page] of [
    ['dist', 'index.html'],
    ['dist/stories/yuegui', 'index.html'],
    ['public/data', 'facts.json'],
  ] as const) {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, page), `the last good build of ${dir}/${page}\n`);
  }
  writeOutputMarker(join(root, 'dist'));
  writeOutputMarker(join(root, 'public/data'));
  return { root, digest: () => [...treeDigest(join(root, 'dist')), ...treeDigest(join(root, 'public/data'))] };
}

const UNCHANGED = 'dist/ and public/data/ are unchanged: the last good site is still published.';

// Each test spawns a script (1–3 s alone, more on a loaded machine).
describe('a failed build leaves the last good site untouched', { timeout: 60_000 }, () => {
  const story = (root: string, name: string, text: string) => writeFileSync(join(root, 'content/stories', name), text);
  const yuegui = readFileSync('content/stories/yuegui.md', 'utf8');

  it.each([
    [
      'a story with a YAML error',
      (root: string) => story(root, 'bad.md', yuegui.replace(/^title: .*$/m, 'title: 粤桂: 三年')),
    ],
    ['a story naming a missing fact', (root: string) => story(root, 'bad.md', `${yuegui}\n[](fact:001-99-none)\n`)],
    ['an empty story', (root: string) => story(root, 'empty.md', '')],
    ['a story whose name cannot be an address', (root: string) => story(root, '粤桂 协作.md', yuegui)],
    [
      'a curated file with a trailing comma',
      (root: string) => writeFileSync(join(root, 'data/curated/x.json'), '{ "source": {}, "facts": [], }\n'),
    ],
  ])('%s: dist/ and public/data/ byte-identical, and the error says so', (_kind, spoil) => {
    const { root, digest } = projectWithGoodSite();
    const before = digest();
    spoil(root);
    const run = runScript('build.ts', root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Build stopped before writing anything: 1 problem(s). ${UNCHANGED}`);
    expect(digest()).toEqual(before);
  });

  it('an output folder the build did not write is refused and kept: build:data with SHANHAI_OUT_DIR', () => {
    const { root } = projectWithGoodSite();
    const victim = join(root, 'tmp', 'victim');
    mkdirSync(victim, { recursive: true });
    writeFileSync(join(victim, 'notes.txt'), 'mine\n');
    const before = treeDigest(victim);
    const run = runScript('build-data.ts', root, { SHANHAI_OUT_DIR: 'tmp/victim' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'Data build stopped: tmp/victim was not written by the Shanhai build (it has no .shanhai-output file) — it was left alone; point the output at another folder, or, if it is an old build, delete it yourself once. Nothing was written.',
    );
    expect(treeDigest(victim)).toEqual(before);
  });

  it('build:data replaces its own output whole (no stale file survives) and marks it', () => {
    const { root } = projectWithGoodSite();
    writeFileSync(join(root, 'public/data/stale.json'), '{}\n');
    const run = runScript('build-data.ts', root);
    expect(run.status).toBe(0);
    const names = treeDigest(join(root, 'public/data')).map((line) => line.split(' ')[0]);
    expect(names).toContain('.shanhai-output');
    expect(names).toContain('facts.csv');
    expect(names).not.toContain('stale.json');
  });
});

describe('a build that fails after the data is staged', { timeout: 60_000 }, () => {
  it('a site build that produces no pages (here: a copy without src/) fails its checks; nothing is published', () => {
    const { root, digest } = projectWithGoodSite();
    const before = digest();
    const run = runScript('build.ts', root);
    expect(run.status).toBe(1);
    // The data stage ran on the copy's curated files (one source per file) before the site stage failed.
    const sources = readdirSync(join(root, 'data', 'curated')).filter((name) => name.endsWith('.json')).length;
    expect(run.stdout).toContain(`Data: ${sources} sources`);
    expect(run.stderr).toMatch(/Build failed: (astro build failed|the built site failed its checks)/);
    expect(run.stderr).toContain(UNCHANGED);
    expect(digest()).toEqual(before);
    expect(readdirSync(join(root, '.build'))).toEqual([]);
  }, 120_000);
});
