import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which /en/stories/<slug>/ pages are Chinese-only notices: those whose story has no English edition
 * (content/stories/en/<slug>.md). A notice is not the story's English counterpart, so it names no hreflang
 * alternate and stays out of the sitemap (whose i18n option would pair it with the Chinese story by its address).
 * Reads only the file names, so astro.config.mjs can use it before any story is parsed.
 */
export function isChineseOnlyNotice(url: string, storiesDir = 'content/stories'): boolean {
  const match = /\/en\/stories\/([a-z0-9-]+)\/$/.exec(new URL(url, 'https://x.invalid').pathname);
  if (match === null) return false;
  return !existsSync(join(storiesDir, 'en', `${match[1]}.md`));
}

/** The slugs of the stories with an English edition, from the file names in content/stories/en/. */
export function englishStorySlugs(storiesDir = 'content/stories'): string[] {
  const dir = join(storiesDir, 'en');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .map((n) => n.slice(0, -3))
    : [];
}
