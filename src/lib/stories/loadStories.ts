import { join } from 'node:path';
import { ContentError } from '../problems/problem';
import { loadFacts, loadMapData, loadPlaces, loadSources } from '../site/datasets';
import { createStoryContext, type StoryContext } from './storyContext';
import { checkStoryEditionFiles, parseStoryEditions } from './storyEditions';
import type { Story, StoryLanguage } from './types';

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
 * Parses and validates every story of both editions, newest first. Throws a `ContentError` listing every problem
 * in every file, so an unknown fact, place, metric or period stops the build with `file:line` messages.
 */
function loadAllStories(ctx: StoryContext, root: string): Story[] {
  if (cache !== undefined) return cache;
  // The same file checks as `npm run check` (names, size, UTF-8, real files), so the build refuses what check refuses.
  const files = checkStoryEditionFiles(join(root, STORIES_DIR), STORIES_DIR);
  const { stories, problems } = parseStoryEditions(files, ctx);
  if (problems.length > 0) throw new ContentError(problems);
  cache = stories.sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug));
  return cache;
}

const editions = new Map<StoryLanguage, { all: Story[]; stories: Story[] }>();

/**
 * The stories of one edition (Chinese by default), newest first; see `loadAllStories`. The same array on every call
 * (until the stories are parsed again): caches keyed by it (`allStoryCharts`) then hit, where a new filtered array
 * per call rebuilt every story's charts for every chart and made a 1,000-story build quadratic.
 */
export function loadStories(
  ctx: StoryContext = siteStoryContext(),
  root = process.cwd(),
  lang: StoryLanguage = 'zh',
): Story[] {
  const all = loadAllStories(ctx, root);
  let edition = editions.get(lang);
  if (edition?.all !== all) {
    edition = { all, stories: all.filter((s) => s.lang === lang) };
    editions.set(lang, edition);
  }
  return edition.stories;
}

/** The English edition of a Chinese story, when there is one. */
export function findEnglishStory(slug: string): Story | undefined {
  return loadStories(undefined, undefined, 'en').find((s) => s.slug === slug);
}

/** What a list of stories shows (the home page and /stories/), newest first. */
export interface StorySummary {
  readonly slug: string;
  readonly href: string;
  /** The language of the title and dek: an English list shows a story without an English edition in Chinese. */
  readonly lang: StoryLanguage;
  readonly title: string;
  readonly dek: string;
  readonly date: string;
  readonly byline: string;
  readonly provinces: readonly string[];
}

/**
 * The stories for a list in an edition, newest first; `province` keeps those about one province. The English list
 * has every story: its English edition where there is one, else the Chinese story, linked to its English notice.
 */
export function listStories(province?: string, edition: StoryLanguage = 'zh'): StorySummary[] {
  return loadStories()
    .filter((s) => province === undefined || s.meta.provinces.includes(province))
    .map((chinese) => {
      const s = edition === 'en' ? (findEnglishStory(chinese.slug) ?? chinese) : chinese;
      return {
        slug: s.slug,
        href: edition === 'en' ? `/en/stories/${s.slug}/` : `/stories/${s.slug}/`,
        lang: s.lang,
        title: s.meta.title,
        dek: s.meta.dek,
        date: s.meta.date,
        byline: s.meta.byline,
        provinces: s.meta.provinces,
      };
    });
}
