import type { Problem } from '../problems/problem';
import { CONTENT_LIMITS } from './contentLimits';
import { type ContentFile, listContentFiles } from './listContentFiles';

/**
 * The slug rule for story files: the name (without `.md`) is the page address `/stories/<slug>/`, so it is
 * lowercase ASCII letters and digits in words joined by single hyphens — no spaces, Chinese characters, dots or
 * capitals (a capital would make two stories that differ only in case one page on macOS and Windows).
 */
export const STORY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Files in the stories folder that are not stories: the folder's README and names starting with `_`. */
export function isNotAStory(name: string): boolean {
  return name.startsWith('_') || name.toLowerCase() === 'readme.md';
}

/**
 * Checks the story files of `dir` as files, before any is parsed: the checks of `listContentFiles` (real files,
 * `.md`, size, UTF-8), the slug rule, and names that differ only in case. Returns the stories that may be parsed.
 * `editionFolder` names a subfolder holding another edition's stories (`en`), which is passed over here.
 */
export function checkStoryFiles(
  dir: string,
  shownAs = dir,
  editionFolder?: string,
): { stories: ContentFile[]; problems: Problem[] } {
  const listed = listContentFiles(dir, {
    shownAs,
    extension: '.md',
    maxBytes: CONTENT_LIMITS.storyBytes,
    limitReason: 'one story; a bigger one ran the site build for over 20 minutes',
    ignore: (name, entry) => isNotAStory(name) || (name === editionFolder && entry.isDirectory()),
  });
  const problems = [...listed.problems];
  const stories: ContentFile[] = [];
  const names = listed.files.map((f) => f.name);
  for (const story of listed.files) {
    const slug = story.name.slice(0, -'.md'.length);
    if (STORY_SLUG.test(slug)) {
      stories.push(story);
      continue;
    }
    const twin = names.find((n) => n !== story.name && n.toLowerCase() === story.name.toLowerCase());
    if (twin !== undefined) {
      problems.push({
        file: story.file,
        message: `the name differs from ${twin} only in case; on macOS and Windows they are one file, and the site would have one page for both`,
        fix: 'merge the two stories or give this one another lowercase name',
      });
      continue;
    }
    const suggestion = slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    problems.push({
      file: story.file,
      message: `the name "${slug}" cannot be a page address (/stories/${slug}/): story names use lowercase letters a–z, digits and single hyphens`,
      fix: `rename the file, e.g. to ${suggestion === '' ? 'guangdong-guangxi-2023' : suggestion}.md (pinyin for Chinese names)`,
    });
  }
  return { stories, problems };
}
