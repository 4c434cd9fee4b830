/**
 * Validates all content and data without building the site — reference data, curated facts, story files and
 * stories — and prints every problem as `file:line[:col] — what is wrong — how to fix`. `npm run build` runs the
 * same validation (src/lib/check/checkContent.ts) before it writes anything.
 *
 *   npm run check
 *   npm run check -- --explain data/curated/<source-id>.json   … then, for each fact of that file, where it appears
 */
import { basename } from 'node:path';
import { checkContent } from '../src/lib/check/checkContent';
import { explainFacts } from '../src/lib/data/checks/explainFacts';
import { formatProblemsByFact } from '../src/lib/data/checks/formatProblemsByFact';

const started = performance.now();
const result = checkContent();
const ms = Math.round(performance.now() - started);
if (result.warnings.length > 0) {
  console.warn(
    `${formatProblemsByFact(result.warnings, result.factIdOf, 'warning')}\n${result.warnings.length} warning(s): worth a look, not blocking.\n`,
  );
}
if (!result.ok) {
  console.error(formatProblemsByFact(result.problems, result.factIdOf));
  console.error(`\n${result.problems.length} problem(s) found (${ms} ms). Nothing is published until they are fixed.`);
  if (!result.dataOk) console.error('Stories are checked against the data once the data above is valid.');
  process.exit(1);
}
const explain = process.argv.indexOf('--explain');
if (explain >= 0) {
  const file = process.argv[explain + 1] ?? '';
  console.log(`${explainFacts(basename(file, '.json'), result.datasets).join('\n')}\n`);
}
console.log(
  `All content is valid: ${result.datasets.sources.length} sources, ${result.datasets.facts.length} facts, ${result.storySlugs.length} stories (${result.englishStorySlugs.length} also in English) (${ms} ms).`,
);
