/**
 * Writes a story skeleton with valid front matter and one block of each type, commented.
 *
 *   npm run new:story -- <slug> [--date YYYY-MM-DD] [--dir content/stories]
 *
 * Refuses to overwrite an existing story. The skeleton uses real curated facts, so it passes `npm run check` as
 * written; replace them with the story's own.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/lib/data/loadContent';
import { createStorySkeleton, isStorySlug, pickSkeletonFacts } from '../src/lib/extract/createStorySkeleton';
import { formatProblem } from '../src/lib/problems/problem';
import { fail, takeOption } from './cliOptions';

const USAGE = 'usage: npm run new:story -- <slug> [--date YYYY-MM-DD] [--dir <folder>]   (e.g. lugan-2023)';
const args = process.argv.slice(2);
const option = (name: string): string | undefined => takeOption(args, name, USAGE);
const dir = option('--dir') ?? 'content/stories';
const date = option('--date') ?? new Date().toISOString().slice(0, 10);
const [slug, ...extra] = args;
if (slug === undefined || extra.length > 0) fail(USAGE);
if (!isStorySlug(slug))
  fail(`"${slug}" is not a story slug — use lowercase letters, digits and hyphens, e.g. lugan-2023`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date "${date}" is not a date — write YYYY-MM-DD`);
const file = join(dir, `${slug}.md`);
if (existsSync(file)) fail(`${file} already exists; nothing was written. Choose another slug or edit that story.`);

const content = loadContent();
if (!content.ok) {
  for (const p of content.problems) console.error(formatProblem(p));
  fail('\nThe curated data has problems; fix them first (npm run check).');
}
const { facts, map } = content.datasets;
const picked = pickSkeletonFacts(
  facts,
  map.pairs.filter((p) => p.level === 'province'),
);
if (picked === undefined)
  fail('no province pair has two facts of one unit to use as examples; add curated facts first');

mkdirSync(dir, { recursive: true });
writeFileSync(file, createStorySkeleton({ slug, date, ...picked }), { flag: 'wx' });
console.log(`Wrote ${file}. Edit it, then run npm run check (and npm run dev to preview).`);
