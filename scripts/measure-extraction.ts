/**
 * Measures the extraction helper against the hand-curated files: runs it on every archived article a curated
 * file names, and prints recall (value; + metric; + places) and precision per article and in total.
 *
 *   npm run measure:extract -- ../shared/sources [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDraft } from '../src/lib/extract/extractDraft';
import { type ExtractionScore, formatScoreTable, scoreExtraction } from '../src/lib/extract/measureExtraction';
import { loadReference } from '../src/lib/reference/loadReference';
import { type CuratedFile, curatedFileSchema } from '../src/lib/schema/curatedFile';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const folder = args.find((a) => !a.startsWith('--'));
if (folder === undefined || !existsSync(folder)) {
  console.error('usage: npm run measure:extract -- <sources-folder> [--verbose]   (e.g. ../shared/sources)');
  process.exit(1);
}

const reference = loadReference();
const curatedDir = 'data/curated';
const archived: CuratedFile[] = readdirSync(curatedDir)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((n) => curatedFileSchema.parse(JSON.parse(readFileSync(join(curatedDir, n), 'utf8'))))
  .filter((f) => f.source.evidence === 'archived-text' && f.source.file !== undefined);

const rows: { name: string; score: ExtractionScore }[] = [];
for (const file of archived) {
  const name = file.source.file ?? '';
  const path = join(folder, name);
  if (!existsSync(path)) {
    console.error(`skipped ${file.source.id}: ${path} not found`);
    continue;
  }
  const started = performance.now();
  const result = extractDraft({
    raw: readFileSync(path, 'utf8'),
    file: name,
    date: file.source.published.date,
    reference,
  });
  if (!result.ok) {
    console.error(`${name}: ${result.error}`);
    continue;
  }
  const ms = Math.round(performance.now() - started);
  const score = scoreExtraction(file.facts, result.draft.facts);
  rows.push({ name: `${name.slice(0, 3)} ${file.source.id}`, score });
  if (verbose) {
    console.log(`\n${name} (${ms} ms): ${result.report.main.why}`);
    for (const m of score.missed) console.log(`  missed ${m.id}: ${m.why}`);
  }
}
console.log(`\n${formatScoreTable(rows)}`);
