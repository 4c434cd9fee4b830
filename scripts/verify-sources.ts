/**
 * The provenance check: every quoted clause must appear in its article's text (after normalising noise and
 * script), and clause-only sources must carry URL, outlet and date.
 *
 *   npm run verify:sources -- ../shared/sources
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCuratedFiles } from '../src/lib/data/loadCuratedFiles';
import { formatProblem } from '../src/lib/problems/problem';
import { verifyProvenance } from '../src/lib/provenance/verifyProvenance';

const folder = process.argv[2];
if (folder === undefined || !existsSync(folder)) {
  console.error('Usage: npm run verify:sources -- <folder with the article .txt files>');
  process.exit(2);
}
const curated = loadCuratedFiles('data/curated');
const report = verifyProvenance(curated.files, (file) => {
  const path = join(folder, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
});
const problems = [...curated.problems, ...report.problems];
for (const p of problems) console.error(formatProblem(p));
console.log(
  `Provenance: ${report.checkedAgainstText} quotes found in ${report.sources.archived} archived articles; ` +
    `${report.clauseOnly} facts from ${report.sources.clauseOnly} clause-only sources accepted on quote + URL + outlet + date ` +
    '(no archived text to check against).',
);
if (problems.length > 0) {
  console.error(`${problems.length} provenance problem(s).`);
  process.exit(1);
}
