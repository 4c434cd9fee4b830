import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkStoryFiles } from '../check/checkStoryFiles';
import type { ContentFile } from '../check/listContentFiles';
import { findNearMatch } from '../data/checks/nearMatch';
import type { Problem } from '../problems/problem';
import { parseStory } from './parseStory';
import type { StoryContext } from './storyContext';
import type { Story, StoryLanguage } from './types';

/**
 * Stories come in two editions. A Chinese story is `content/stories/<slug>.md` (page `/stories/<slug>/`); its
 * English edition, written in English by us, is `content/stories/en/<slug>.md` with the same name (page
 * `/en/stories/<slug>/`), so the language switch and the hreflang links pair the two by their address. An English
 * story without a Chinese one of the same name is refused: the Chinese site is the default edition.
 */
export const ENGLISH_STORIES_FOLDER = 'en';

/** The story files of both editions, checked as files, and the problems found. */
export interface StoryEditionFiles {
  readonly zh: readonly ContentFile[];
  readonly en: readonly ContentFile[];
  readonly problems: readonly Problem[];
}

/** The slug of a story file: its name without `.md`. */
export function storySlugOf(file: Pick<ContentFile, 'name'>): string {
  return file.name.replace(/\.md$/, '');
}

/**
 * Checks the story files of both editions (`dir` and `dir/en/`) as files — names, size, UTF-8, real files — and
 * that every English story has a Chinese story of the same name, with the closest Chinese name as a hint.
 */
export function checkStoryEditionFiles(dir: string, shownAs = dir): StoryEditionFiles {
  const zh = checkStoryFiles(dir, shownAs, ENGLISH_STORIES_FOLDER);
  const enDir = join(dir, ENGLISH_STORIES_FOLDER);
  if (!existsSync(enDir)) return { zh: zh.stories, en: [], problems: zh.problems };
  const enShown = `${shownAs}/${ENGLISH_STORIES_FOLDER}`;
  const en = checkStoryFiles(enDir, enShown);
  const zhSlugs = zh.stories.map(storySlugOf);
  const problems = [...zh.problems, ...en.problems];
  const paired: ContentFile[] = [];
  for (const story of en.stories) {
    const slug = storySlugOf(story);
    // A Chinese file with problems of its own still counts: those are reported on that file.
    if (existsSync(join(dir, `${slug}.md`))) {
      paired.push(story);
      continue;
    }
    const hint = findNearMatch(slug, zhSlugs);
    problems.push({
      file: story.file,
      message: `there is no Chinese story ${shownAs}/${slug}.md; an English story is the English edition of the Chinese story of the same name (its page is /en/stories/${slug}/, the Chinese one /stories/${slug}/)`,
      fix:
        hint === undefined
          ? `write the Chinese story ${shownAs}/${slug}.md first, or move this file out of ${enShown}/`
          : `rename it to ${hint}.md if it is the English edition of ${shownAs}/${hint}.md, or write the Chinese story ${shownAs}/${slug}.md first`,
    });
  }
  return { zh: zh.stories, en: paired, problems };
}

/** Parses the stories of both editions against the data: the stories that are valid and every problem found. */
export function parseStoryEditions(
  files: StoryEditionFiles,
  ctx: StoryContext,
): { stories: Story[]; problems: Problem[] } {
  const stories: Story[] = [];
  const problems: Problem[] = [...files.problems];
  const editions: [StoryLanguage, readonly ContentFile[]][] = [
    ['zh', files.zh],
    ['en', files.en],
  ];
  for (const [lang, list] of editions) {
    for (const { file, text } of list) {
      const parsed = parseStory(text, file, ctx, lang);
      if (parsed.ok) stories.push(parsed.story);
      else problems.push(...parsed.problems);
    }
  }
  return { stories, problems };
}
