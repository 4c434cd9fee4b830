/**
 * The site build, published atomically: validates all content (the same validation as `npm run check`), writes the
 * datasets and builds the site into a fresh folder under .build/, indexes it for search (Pagefind), checks the
 * result, and only then swaps it in for public/data/ and dist/. When any step fails, dist/ and public/data/ are left
 * exactly as they were, so the last good site stays up. After a successful build, render-cache entries it did not use
 * are deleted (src/lib/render/renderCache.ts). Output folders are only ever replaced when they carry the build's marker file
 * (src/lib/publish/outputMarker.ts).
 *
 *   npm run build
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/check/checkContent';
import { formatProblemsByFact } from '../src/lib/data/checks/formatProblemsByFact';
import { ENGLISH_EMBED_ROUTES, ENGLISH_ROUTES } from '../src/lib/i18n/editions';
import { OUTPUT_MARKER } from '../src/lib/publish/outputMarker';
import { publishAtomically } from '../src/lib/publish/publishAtomically';
import { PublishError } from '../src/lib/publish/replaceOutputDir';
import { verifySiteOutput } from '../src/lib/publish/verifySiteOutput';
import { writeDatasets } from '../src/lib/publish/writeDatasets';
import { writeQrCodes } from '../src/lib/publish/writeQrCodes';
import { writeSearchIndex } from '../src/lib/publish/writeSearchIndex';
import { pruneRenderCache } from '../src/lib/render/renderCache';
import { englishStorySlugs } from '../src/lib/stories/chineseOnlyNotices';

const UNCHANGED = 'dist/ and public/data/ are unchanged: the last good site is still published.';
const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

class BuildStepError extends Error {}

const started = performance.now();
/** When the build started (ms since the epoch): render-cache entries it uses are marked after this. */
const startedAt = Date.now();
const checked = checkContent();
if (!checked.ok) {
  console.error(formatProblemsByFact(checked.problems, checked.factIdOf));
  console.error(`\nBuild stopped before writing anything: ${checked.problems.length} problem(s). ${UNCHANGED}`);
  process.exit(1);
}
const { datasets, storySlugs } = checked;
console.log(
  `Checked ${datasets.sources.length} sources and ${datasets.facts.length} facts (${((performance.now() - started) / 1000).toFixed(1)} s).`,
);

const run = join('.build', `run-${process.pid}`);
const publicDir = join(run, 'public');
const outputs = [
  { staged: join(publicDir, 'data'), target: 'public/data' },
  { staged: join(run, 'dist'), target: 'dist' },
];

try {
  publishAtomically(outputs, () => {
    // The site's public/ folder, with the new datasets in place of public/data/.
    mkdirSync(publicDir, { recursive: true });
    for (const name of readdirSync('public')) {
      if (name !== 'data' && !name.startsWith('.'))
        cpSync(join('public', name), join(publicDir, name), { recursive: true });
    }
    writeDatasets(datasets, join(publicDir, 'data'));
    console.log(`Data: ${datasets.sources.length} sources, ${datasets.facts.length} facts written.`);
    const dist = join(run, 'dist');
    // --outDir on the command line: Astro empties its output folder first, and that must never be dist/.
    // A larger young generation: rendering pages allocates short-lived strings and DOM nodes by the gigabyte, and
    // with V8's default 16 MB semi-spaces scavenges took ~14% of the main thread (CPU profile of a warm build).
    const astro = spawnSync(process.execPath, ['--max-semi-space-size=64', ASTRO, 'build', '--outDir', dist], {
      stdio: 'inherit',
      env: { ...process.env, SHANHAI_PUBLIC_DIR: publicDir },
    });
    if (astro.status !== 0) throw new BuildStepError(`astro build failed (exit ${astro.status ?? astro.signal})`);
    // Astro's server chunks for prerendering and the copied data marker are not part of the site.
    rmSync(join(dist, '.prerender'), { recursive: true, force: true });
    rmSync(join(dist, 'data', OUTPUT_MARKER), { force: true });
    console.log(`QR codes: ${writeQrCodes(dist)} written.`);
    // The search index is written into the staged site, so it is published (or not) together with the pages.
    let searchFailure: string | undefined;
    try {
      console.log(`Search index: ${writeSearchIndex(dist)} pages.`);
    } catch (error) {
      searchFailure = error instanceof Error ? error.message : String(error);
    }
    const wrong = verifySiteOutput(dist, storySlugs, {
      routes: ENGLISH_ROUTES,
      storySlugs: englishStorySlugs(),
      embedRoutes: ENGLISH_EMBED_ROUTES,
    });
    if (searchFailure !== undefined) wrong.push(searchFailure);
    if (wrong.length > 0) throw new BuildStepError(`the built site failed its checks:\n  ${wrong.join('\n  ')}`);
  }, [run]);
} catch (error) {
  const why = error instanceof BuildStepError || error instanceof PublishError ? error.message : String(error);
  console.error(`\nBuild failed: ${why}\n${UNCHANGED}`);
  process.exit(1);
}
console.log(`Published dist/ and public/data/ (${Math.round((performance.now() - started) / 1000)} s).`);
// Only now, after a build that succeeded: what it did not use is not part of the site any more.
const pruned = pruneRenderCache(startedAt);
if (pruned.files > 0) {
  console.log(`Render cache: ${pruned.files} unused file(s) deleted (${(pruned.bytes / 1e6).toFixed(1)} MB).`);
}
