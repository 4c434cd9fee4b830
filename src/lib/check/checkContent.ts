import type { Datasets } from '../data/buildDatasets';
import { runReadinessChecks } from '../data/checks/runReadinessChecks';
import { type ContentDirs, DEFAULT_DIRS, loadContent } from '../data/loadContent';
import type { Problem } from '../problems/problem';
import { STORIES_DIR } from '../stories/loadStories';
import { createStoryContext } from '../stories/storyContext';
import { checkStoryEditionFiles, parseStoryEditions } from '../stories/storyEditions';
import type { StoryLanguage } from '../stories/types';

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
    | {
        readonly ok: true;
        readonly datasets: Datasets;
        /** The Chinese stories' slugs, and those of the stories that also have an English edition. */
        readonly storySlugs: readonly string[];
        readonly englishStorySlugs: readonly string[];
      }
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
  const files = checkStoryEditionFiles(dirs.stories);
  if (!content.ok) return { ...notes, ok: false, problems: [...readiness.problems, ...files.problems], dataOk: false };
  const problems: Problem[] = [...readiness.problems, ...files.problems];
  const { facts, sources, places, map } = content.datasets;
  const ctx = createStoryContext({ facts, sources, places, map });
  const parsed = parseStoryEditions({ ...files, problems: [] }, ctx);
  problems.push(...parsed.problems);
  const slugsOf = (lang: StoryLanguage): string[] => parsed.stories.filter((s) => s.lang === lang).map((s) => s.slug);
  if (problems.length > 0) return { ...notes, ok: false, problems, dataOk: readiness.problems.length === 0 };
  return {
    ...notes,
    ok: true,
    datasets: content.datasets,
    storySlugs: slugsOf('zh'),
    englishStorySlugs: slugsOf('en'),
  };
}
