/**
 * The data build: validates data/reference and data/curated, then writes the datasets the site and readers use
 * under public/data/ (JSON for pages, CSV for download). Stops with every problem listed when content is wrong,
 * and writes nothing in that case, so a partial or silently wrong site is never published.
 *
 *   npm run build:data
 *
 * SHANHAI_DATA_DIR (default data/: reference/ and curated/ inside) and SHANHAI_OUT_DIR (default public/data) move the
 * input and the output, for tests that build a copy of the data.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatFactsCsv } from '../src/lib/data/formatFactsCsv';
import { DEFAULT_DIRS, loadContent } from '../src/lib/data/loadContent';
import { formatProblem } from '../src/lib/problems/problem';

const OUT = process.env.SHANHAI_OUT_DIR || 'public/data';
const DATA = process.env.SHANHAI_DATA_DIR;
const DIRS = DATA ? { reference: join(DATA, 'reference'), curated: join(DATA, 'curated') } : DEFAULT_DIRS;

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const started = performance.now();
const content = loadContent(DIRS);
if (!content.ok) {
  for (const p of content.problems) console.error(formatProblem(p));
  console.error(`\nData build stopped: ${content.problems.length} problem(s). Nothing was written.`);
  process.exit(1);
}
const { datasets } = content;
const sourceById = new Map(datasets.sources.map((s) => [s.id, s]));

rmSync(OUT, { recursive: true, force: true });
writeJson(join(OUT, 'places.json'), datasets.places);
writeJson(join(OUT, 'sources.json'), datasets.sources);
writeJson(join(OUT, 'facts.json'), datasets.facts);
writeText(join(OUT, 'facts.csv'), formatFactsCsv(datasets.facts, sourceById));
writeJson(join(OUT, 'national.json'), datasets.national);
writeText(join(OUT, 'national.csv'), formatFactsCsv(datasets.national.facts, sourceById));
for (const p of datasets.provinces) {
  writeJson(join(OUT, 'provinces', `${p.province.id}.json`), p);
  writeText(join(OUT, 'provinces', `${p.province.id}.csv`), formatFactsCsv(p.facts, sourceById));
}
for (const p of datasets.pairs) {
  writeJson(join(OUT, 'pairs', `${p.pair.id}.json`), p);
  writeText(join(OUT, 'pairs', `${p.pair.id}.csv`), formatFactsCsv(p.facts, sourceById));
}
writeJson(join(OUT, 'map.json'), datasets.map);
writeJson(join(OUT, 'coverage.json'), datasets.coverage);

const ms = Math.round(performance.now() - started);
console.log(
  `Data build: ${datasets.sources.length} sources, ${datasets.facts.length} facts → ${datasets.provinces.length} province, ` +
    `${datasets.pairs.length} pair datasets, ${datasets.map.figures.length} map figures in ${OUT}/ (${ms} ms)`,
);
