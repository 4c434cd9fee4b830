/**
 * Validates all content and data without building the site — reference data, curated facts and stories — and
 * prints every problem as `file:line[:col] — what is wrong — how to fix`.
 *
 *   npm run check
 *   npm run check -- --explain data/curated/<source-id>.json   … then, for each fact of that file, where it appears
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { explainFacts } from '../src/lib/data/checks/explainFacts';
import { formatProblemsByFact } from '../src/lib/data/checks/formatProblemsByFact';
import { runReadinessChecks } from '../src/lib/data/checks/runReadinessChecks';
import { loadContent } from '../src/lib/data/loadContent';
import type { Problem } from '../src/lib/problems/problem';
import { STORIES_DIR, storyFileNames } from '../src/lib/stories/loadStories';
import { parseStory } from '../src/lib/stories/parseStory';
import { createStoryContext } from '../src/lib/stories/storyContext';

const started = performance.now();
const content = loadContent();
// Readiness rules for curated files (src/lib/data/checks/): what a fact-checker would refuse, with near matches.
const readiness = runReadinessChecks(content.ok ? [] : content.problems);
const problems: Problem[] = readiness.problems;
if (readiness.warnings.length > 0) {
  console.warn(
    `${formatProblemsByFact(readiness.warnings, readiness.factIdOf, 'warning')}\n${readiness.warnings.length} warning(s): worth a look, not blocking.\n`,
  );
}
let stories = 0;
if (content.ok) {
  // Stories are checked against the data compiled in memory, not against public/data, so no build is needed.
  const { facts, sources, places, map } = content.datasets;
  const ctx = createStoryContext({ facts, sources, places, map });
  for (const name of storyFileNames()) {
    const file = `${STORIES_DIR}/${name}`;
    const parsed = parseStory(readFileSync(join(process.cwd(), file), 'utf8'), file, ctx);
    if (parsed.ok) stories++;
    else problems.push(...parsed.problems);
  }
}
const ms = Math.round(performance.now() - started);
if (!content.ok || problems.length > 0) {
  console.error(formatProblemsByFact(problems, readiness.factIdOf));
  console.error(`\n${problems.length} problem(s) found (${ms} ms). Nothing is published until they are fixed.`);
  if (!content.ok) console.error('Stories are checked once the data above is valid.');
  process.exit(1);
}
const explain = process.argv.indexOf('--explain');
if (explain >= 0) {
  const file = process.argv[explain + 1] ?? '';
  console.log(`${explainFacts(basename(file, '.json'), content.datasets).join('\n')}\n`);
}
console.log(
  `All content is valid: ${content.datasets.sources.length} sources, ${content.datasets.facts.length} facts, ${stories} stories (${ms} ms).`,
);
