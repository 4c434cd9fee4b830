/**
 * Measures the extraction helper field by field (value, metric, places, direction, period, qualifier, status, all).
 *
 *   npm run measure:extract -- ../shared/sources [--verbose]      the five archived articles vs data/curated/
 *   npm run measure:extract -- --set tests/fixtures/extract-set    the tuning half of our own set
 *   npm run measure:extract -- --set tests/fixtures/extract-set --held-out   … and the held-out half
 *
 * The set's articles were written by us around research clauses (tests/fixtures/README.md); each `<name>.txt` has
 * a `<name>.expected.json` with the facts an editor would publish. Keep the held-out half out of tuning: run it
 * only to report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPlaceMatcher } from '../src/lib/extract/createPlaceMatcher';
import { type DraftFile, extractDraft } from '../src/lib/extract/extractDraft';
import { type ExtractionScore, formatScoreTable, scoreExtraction } from '../src/lib/extract/measureExtraction';
import {
  addFieldScores,
  compareFields,
  type FieldScore,
  formatFieldTable,
  type ScoredFact,
  scoreFields,
} from '../src/lib/extract/scoreFields';
import { parseQuantity } from '../src/lib/quantity/parseQuantity';
import { loadReference } from '../src/lib/reference/loadReference';
import { type CuratedFile, curatedFileSchema } from '../src/lib/schema/curatedFile';
import { toSimplified } from '../src/lib/text/normalizeArticle';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const heldOut = args.includes('--held-out');
const setIndex = args.indexOf('--set');
const setFolder = setIndex >= 0 ? args[setIndex + 1] : undefined;
const sourcesFolder = args.find((a, i) => !a.startsWith('--') && i !== setIndex + 1);
if ((sourcesFolder === undefined && setFolder === undefined) || (sourcesFolder && !existsSync(sourcesFolder))) {
  console.error(
    'usage: npm run measure:extract -- <sources-folder> | --set <folder> [--held-out] [--verbose]   (e.g. ../shared/sources)',
  );
  process.exit(1);
}

const reference = loadReference();
const matcher = createPlaceMatcher(reference);
const provinceOf = (id: string): string => matcher.ancestors(id).at(-1) ?? id;

/** Prints, per curated fact, what the best proposal got wrong. */
function explain(name: string, curated: readonly (ScoredFact & { expression: string })[], draft: DraftFile): void {
  console.log(`\n${name}: ${draft.facts.length} proposals, ${draft._setAside?.length ?? 0} set aside`);
  for (const c of curated) {
    const rows = draft.facts
      .map((p) => ({ p, f: compareFields(c, p, provinceOf) }))
      .filter((r) => r.f.value)
      .sort((a, b) => Object.values(b.f).filter(Boolean).length - Object.values(a.f).filter(Boolean).length);
    const best = rows[0];
    if (best === undefined) console.log(`  ${c.expression}: not proposed`);
    else if (!best.f.all) {
      const wrong = Object.entries(best.f)
        .filter(([k, ok]) => !ok && k !== 'all')
        .map(([k]) => `${k} ${String(best.p[k as keyof ScoredFact] ?? `${best.p.from}→${best.p.to}/${best.p.at}`)}`);
      console.log(
        `  ${c.expression}: ${wrong.join(', ')} (want ${c.metric} ${c.from ?? ''}→${c.to ?? ''}${c.at ?? ''} ${c.period})`,
      );
    }
  }
  for (const p of draft.facts) {
    if (!curated.some((c) => compareFields(c, p, provinceOf).value))
      console.log(`  extra: ${p.expression} ${p.metric}`);
  }
}

function measureSources(folder: string): void {
  const archived: CuratedFile[] = readdirSync('data/curated')
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => curatedFileSchema.parse(JSON.parse(readFileSync(join('data/curated', n), 'utf8'))))
    .filter((f) => f.source.evidence === 'archived-text' && f.source.file !== undefined);
  const rows: { name: string; score: ExtractionScore }[] = [];
  const fields: FieldScore[] = [];
  for (const file of archived) {
    const name = file.source.file ?? '';
    const path = join(folder, name);
    if (!existsSync(path)) {
      console.error(`skipped ${file.source.id}: ${path} not found`);
      continue;
    }
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
    rows.push({
      name: `${name.slice(0, 3)} ${file.source.id}`,
      score: scoreExtraction(file.facts, result.draft.facts),
    });
    fields.push(scoreFields(file.facts, result.draft.facts, provinceOf));
    if (verbose) explain(name, file.facts, result.draft);
  }
  console.log(`\n${formatScoreTable(rows)}`);
  console.log(`\n${formatFieldTable([{ name: 'sources', score: addFieldScores(fields) }])}`);
}

interface ExpectedFile {
  readonly published: string;
  readonly outlet: string;
  readonly authors: readonly string[];
  readonly facts: readonly (Omit<ScoredFact, 'value' | 'unit' | 'qualifier'> & {
    readonly expression: string;
    readonly unit?: string;
  })[];
}

/** The expected facts of a set article, with value, unit and qualifier read from the expression. */
function expectedFacts(file: ExpectedFile): (ScoredFact & { expression: string })[] {
  return file.facts.map((f) => {
    const q = parseQuantity(f.expression);
    if (!q.ok) throw new Error(`expected fact "${f.expression}" cannot be read: ${q.error}`);
    return { ...f, value: q.value, unit: f.unit ?? q.unit, qualifier: q.qualifier };
  });
}

/** Source fields right per half: publication date, outlet (compared in Simplified) and authors. */
const sourceCounts = new Map<string, { articles: number; date: number; outlet: number; authors: number }>();

function measureHalf(folder: string): FieldScore {
  const scores: FieldScore[] = [];
  const counts = { articles: 0, date: 0, outlet: 0, authors: 0 };
  sourceCounts.set(folder, counts);
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const expected = JSON.parse(
      readFileSync(join(folder, name.replace(/\.txt$/, '.expected.json')), 'utf8'),
    ) as ExpectedFile;
    const result = extractDraft({ raw: readFileSync(join(folder, name), 'utf8'), file: name, reference });
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
    const curated = expectedFacts(expected);
    const { source } = result.draft;
    counts.articles += 1;
    if (source.published.date === expected.published && !source.published.inferred) counts.date += 1;
    if (toSimplified(source.outlet) === toSimplified(expected.outlet)) counts.outlet += 1;
    if (source.authors.join('、') === expected.authors.join('、')) counts.authors += 1;
    scores.push(scoreFields(curated, result.draft.facts, provinceOf));
    if (verbose) explain(name, curated, result.draft);
  }
  return addFieldScores(scores);
}

if (sourcesFolder !== undefined) measureSources(sourcesFolder);
if (setFolder !== undefined) {
  const halves = [{ name: 'tune', score: measureHalf(join(setFolder, 'tune')) }];
  if (heldOut) halves.push({ name: 'held-out', score: measureHalf(join(setFolder, 'held-out')) });
  console.log(`\n${formatFieldTable(halves)}`);
  for (const [folder, c] of sourceCounts) {
    console.log(
      `${folder}: ${c.articles} articles — date ${c.date}/${c.articles}, outlet ${c.outlet}/${c.articles}, authors ${c.authors}/${c.articles}`,
    );
  }
}
