import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchGlob } from './searchGlob';

/** Pagefind's npm runner: it starts the platform binary (`@pagefind/<os>-<cpu>`, the extended build with CJK word segmentation). */
const PAGEFIND = fileURLToPath(new URL('../../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

/**
 * What the index leaves out of a page's text. Only `<main data-pagefind-body>` is indexed (Base.astro), so the
 * navigation, the footer and embeds are never in it; inside the main text, what every map and chart repeats on
 * every page is left out too: drawings (labels name every province), the map's controls, tooltip, legend and
 * figures table (the same figures are in the page's own text and tables), the embed snippet and the share box.
 */
export const SEARCH_EXCLUDED = [
  'svg',
  '.pm-controls',
  '.pm-tip',
  '.pm-legend',
  '.pm-table-wrap',
  '.embed-control',
  '.share',
] as const;

/** The names of the folders directly in `dir` (none when it does not exist). */
const foldersIn = (dir: string): string[] => {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
};

/**
 * Writes the site search index (Pagefind) into `<dir>/pagefind/`, from the built pages in `dir`. Runs on the staged
 * site before it is published, so a failed index leaves the last good site in place. Returns the number of pages
 * indexed; throws with Pagefind's own output when it fails.
 */
export function writeSearchIndex(dir: string): number {
  const args = [
    PAGEFIND,
    '--site',
    dir,
    // Embeds are never indexed: not reading them saves Pagefind parsing most of a large site's HTML.
    '--glob',
    searchGlob(foldersIn(dir), foldersIn(join(dir, 'en'))),
    ...SEARCH_EXCLUDED.flatMap((s) => ['--exclude-selectors', s]),
  ];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0) throw new Error(`the search index (Pagefind) failed (exit ${run.status}):\n${output}`);
  const indexed = /Indexed (\d+) pages?/.exec(output);
  if (indexed === null)
    throw new Error(`the search index (Pagefind) did not say how many pages it indexed:\n${output}`);
  return Number(indexed[1]);
}
