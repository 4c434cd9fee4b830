import type { Datasets } from '../data/buildDatasets';
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

export type CheckResult =
  | { readonly ok: true; readonly datasets: Datasets; readonly storySlugs: readonly string[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly dataOk: boolean };

/**
 * The one validation of all content, shared by `npm run check` and `npm run build` (which runs it before writing
 * anything): reference data, curated facts, the story files themselves (names, encoding, size, links) and every
 * story against the data compiled in memory. Returns every problem found, or the datasets when there are none.
 */
export function checkContent(dirs: CheckDirs = DEFAULT_CHECK_DIRS): CheckResult {
  const content = loadContent(dirs);
  const files = checkStoryFiles(dirs.stories);
  if (!content.ok) return { ok: false, problems: [...content.problems, ...files.problems], dataOk: false };
  const problems: Problem[] = [...files.problems];
  const { facts, sources, places, map } = content.datasets;
  const ctx = createStoryContext({ facts, sources, places, map });
  const storySlugs: string[] = [];
  for (const { file, text } of files.stories) {
    const parsed = parseStory(text, file, ctx);
    if (parsed.ok) storySlugs.push(parsed.story.slug);
    else problems.push(...parsed.problems);
  }
  if (problems.length > 0) return { ok: false, problems, dataOk: true };
  return { ok: true, datasets: content.datasets, storySlugs };
}
