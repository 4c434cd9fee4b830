/**
 * The data build: validates data/reference and data/curated, then writes the datasets the site and readers use
 * under public/data/ (JSON for pages, CSV for download). Stops with every problem listed when content is wrong,
 * and writes nothing in that case, so a partial or silently wrong site is never published.
 *
 *   npm run build:data
 *
 * The datasets are written into a fresh folder beside the output and swapped in only when all are written; the
 * output folder is replaced only when it carries the build's marker (see src/lib/publish/outputMarker.ts).
 *
 * SHANHAI_DATA_DIR (default data/: reference/ and curated/ inside) and SHANHAI_OUT_DIR (default public/data) move the
 * input and the output, for tests that build a copy of the data.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_DIRS, loadContent } from '../src/lib/data/loadContent';
import { formatProblem } from '../src/lib/problems/problem';
import { assertReplaceable, PublishError, replaceOutputDir } from '../src/lib/publish/replaceOutputDir';
import { writeDatasets } from '../src/lib/publish/writeDatasets';

const OUT = process.env.SHANHAI_OUT_DIR || 'public/data';
const DATA = process.env.SHANHAI_DATA_DIR;
const DIRS = DATA ? { reference: join(DATA, 'reference'), curated: join(DATA, 'curated') } : DEFAULT_DIRS;

const started = performance.now();
const content = loadContent(DIRS);
if (!content.ok) {
  for (const p of content.problems) console.error(formatProblem(p));
  console.error(`\nData build stopped: ${content.problems.length} problem(s). Nothing was written.`);
  process.exit(1);
}
const { datasets } = content;

const staged = join(dirname(OUT), `.${basename(OUT)}.next-${process.pid}`);
try {
  assertReplaceable(OUT);
  mkdirSync(staged, { recursive: true });
  writeDatasets(datasets, staged);
  replaceOutputDir(staged, OUT);
} catch (error) {
  rmSync(staged, { recursive: true, force: true });
  const message = error instanceof PublishError ? error.message : String(error);
  console.error(`Data build stopped: ${message}. Nothing was written.`);
  process.exit(1);
}

const ms = Math.round(performance.now() - started);
console.log(
  `Data build: ${datasets.sources.length} sources, ${datasets.facts.length} facts → ${datasets.provinces.length} province, ` +
    `${datasets.pairs.length} pair datasets, ${datasets.map.figures.length} map figures in ${OUT}/ (${ms} ms)`,
);
