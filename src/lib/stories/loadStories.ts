import { join } from 'node:path';
import { checkStoryFiles } from '../check/checkStoryFiles';
import { ContentError, type Problem } from '../problems/problem';
import { loadFacts, loadMapData, loadPlaces, loadSources } from '../site/datasets';
import { parseStory } from './parseStory';
import { createStoryContext, type StoryContext } from './storyContext';
import type { Story } from './types';

/** Where story files live, relative to the repository root. */
export const STORIES_DIR = 'content/stories';

let siteContext: { facts: readonly unknown[]; ctx: StoryContext } | undefined;

/**
 * The story context of the site build, from the generated datasets in `public/data/`. Built once per build (the
 * datasets are read once): every fact callout and chart asks for it, and indexing 10,000 facts each time was slow.
 */
export function siteStoryContext(): StoryContext {
  const facts = loadFacts();
  if (siteContext?.facts !== facts) {
    siteContext = {
      facts,
      ctx: createStoryContext({ facts, sources: loadSources(), places: loadPlaces(), map: loadMapData() }),
    };
  }
  return siteContext.ctx;
}

let cache: Story[] | undefined;

/**
 * Parses and validates every story, newest first. Throws a `ContentError` listing every problem in every file, so
 * an unknown fact, place, metric or period stops the build with `file:line` messages.
 */
export function loadStories(ctx: StoryContext = siteStoryContext(), root = process.cwd()): Story[] {
  if (cache !== undefined) return cache;
  // The same file checks as `npm run check` (names, size, UTF-8, real files), so the build refuses what check refuses.
  const files = checkStoryFiles(join(root, STORIES_DIR), STORIES_DIR);
  const problems: Problem[] = [...files.problems];
  const stories: Story[] = [];
  for (const { file, text } of files.stories) {
    const parsed = parseStory(text, file, ctx);
    if (parsed.ok) stories.push(parsed.story);
    else problems.push(...parsed.problems);
  }
  if (problems.length > 0) throw new ContentError(problems);
  cache = stories.sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug));
  return cache;
}

/** What a list of stories shows (the home page and /stories/), newest first. */
export interface StorySummary {
  readonly slug: string;
  readonly href: string;
  readonly title: string;
  readonly dek: string;
  readonly date: string;
  readonly byline: string;
  readonly provinces: readonly string[];
}

/** The stories for a list, newest first; `province` keeps those about one province. */
export function listStories(province?: string): StorySummary[] {
  return loadStories()
    .filter((s) => province === undefined || s.meta.provinces.includes(province))
    .map((s) => ({
      slug: s.slug,
      href: `/stories/${s.slug}/`,
      title: s.meta.title,
      dek: s.meta.dek,
      date: s.meta.date,
      byline: s.meta.byline,
      provinces: s.meta.provinces,
    }));
}
