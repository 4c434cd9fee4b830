/**
 * Validates all content and data without building the site — reference data, curated facts, story files and
 * stories — and prints every problem as `file:line[:col] — what is wrong — how to fix`. `npm run build` runs the
 * same validation (src/lib/check/checkContent.ts) before it writes anything.
 *
 *   npm run check
 */
import { checkContent } from '../src/lib/check/checkContent';
import { formatProblem } from '../src/lib/problems/problem';

const started = performance.now();
const result = checkContent();
const ms = Math.round(performance.now() - started);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s) found (${ms} ms). Nothing is published until they are fixed.`);
  if (!result.dataOk) console.error('Stories are checked against the data once the data above is valid.');
  process.exit(1);
}
console.log(
  `All content is valid: ${result.datasets.sources.length} sources, ${result.datasets.facts.length} facts, ${result.storySlugs.length} stories (${ms} ms).`,
);
