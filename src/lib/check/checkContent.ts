import type { Datasets } from '../data/buildDatasets';
import { runReadinessChecks } from '../data/checks/runReadinessChecks';
import { type ContentDirs, DEFAULT_DIRS, loadContent } from '../data/loadContent';
import type { Problem } from '../problems/problem';
import { STORIES_DIR } from '../stories/loadStories';
import { parseStory } from '../stories/parseStory';
import { createStoryContext } from '../stories/storyContext';
import { checkStoryFiles } from './checkStoryFiles';

export interface CheckDirs extends ContentDirs {
  /** The stories folder, relative to the working directory. */
  readonly stories: string;
}

export const DEFAULT_CHECK_DIRS: CheckDirs = { ...DEFAULT_DIRS, stories: STORIES_DIR };

/** What both outcomes carry: warnings (printed, never blocking) and the fact id of a curated file's fact index. */
interface CheckNotes {
  readonly warnings: readonly Problem[];
  readonly factIdOf: (file: string, index: number) => string | undefined;
}

export type CheckResult = CheckNotes &
  (
    | { readonly ok: true; readonly datasets: Datasets; readonly storySlugs: readonly string[] }
    | { readonly ok: false; readonly problems: readonly Problem[]; readonly dataOk: boolean }
  );

/**
 * The one validation of all content, shared by `npm run check` and `npm run build` (which runs it before writing
 * anything): reference data, curated facts and their readiness for publication (src/lib/data/checks/: draft text,
 * dangling partOf, flows against their metric …, with near-match hints), the story files themselves (names,
 * encoding, size, links) and every story against the data compiled in memory. Returns every problem found, or the
 * datasets when there are none.
 */
export function checkContent(dirs: CheckDirs = DEFAULT_CHECK_DIRS): CheckResult {
  const content = loadContent(dirs);
  const readiness = runReadinessChecks(content.ok ? [] : content.problems, dirs, content.curated);
  const notes: CheckNotes = { warnings: readiness.warnings, factIdOf: readiness.factIdOf };
  const files = checkStoryFiles(dirs.stories);
  if (!content.ok) return { ...notes, ok: false, problems: [...readiness.problems, ...files.problems], dataOk: false };
  const problems: Problem[] = [...readiness.problems, ...files.problems];
  const { facts, sources, places, map } = content.datasets;
  const ctx = createStoryContext({ facts, sources, places, map });
  const storySlugs: string[] = [];
  for (const { file, text } of files.stories) {
    const parsed = parseStory(text, file, ctx);
    if (parsed.ok) storySlugs.push(parsed.story.slug);
    else problems.push(...parsed.problems);
  }
  if (problems.length > 0) return { ...notes, ok: false, problems, dataOk: readiness.problems.length === 0 };
  return { ...notes, ok: true, datasets: content.datasets, storySlugs };
}
