/**
 * Validates all content and data without building the site, and prints every problem as
 * `file:line[:col] — what is wrong — how to fix`.
 *
 *   npm run check
 */
import { loadContent } from '../src/lib/data/loadContent';
import { formatProblem } from '../src/lib/problems/problem';

const started = performance.now();
const content = loadContent();
const ms = Math.round(performance.now() - started);
if (!content.ok) {
  for (const p of content.problems) console.error(formatProblem(p));
  console.error(`\n${content.problems.length} problem(s) found (${ms} ms). Nothing is published until they are fixed.`);
  process.exit(1);
}
const { sources, facts } = content.datasets;
console.log(`All content is valid: ${sources.length} sources, ${facts.length} facts (${ms} ms).`);
