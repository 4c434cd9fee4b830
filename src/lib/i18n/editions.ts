/**
 * Which pages have an English edition. A page outside this list links its language switch to the other edition's
 * home and names no hreflang alternate (an alternate must exist). Add a route here when its /en/ page is built.
 */
import { englishStorySlugs } from '../stories/chineseOnlyNotices';
import type { Locale } from './locale';
import { localizePath, splitLocale } from './paths';

/** Routes of the default edition with an English page; `*` is one path segment (an id). */
export const ENGLISH_ROUTES: readonly string[] = [
  '/',
  '/provinces/',
  '/province/*/',
  '/pairs/',
  '/pair/*/',
  '/about/',
  '/sources/',
  '/data/',
  '/source/*/',
  '/stories/',
  '/search/',
  // The stories written in English (content/stories/en/). The others' English pages are notices, not counterparts.
  ...englishStorySlugs().map((slug) => `/stories/${slug}/`),
];

/** True when the default-edition `path` (no query) is a page of `route` (`*` is one path segment). */
export function matchesRoute(route: string, path: string): boolean {
  const pattern = new RegExp(`^${route.replace(/[.?+]/gu, '\\$&').replace(/\*/gu, '[^/]+')}$`, 'u');
  return pattern.test(path);
}

/** True when the page at `path` (either edition, query and fragment ignored) exists in both languages. */
export function hasBothEditions(path: string): boolean {
  const base = splitLocale(path).path.replace(/[?#].*$/u, '');
  return ENGLISH_ROUTES.some((route) => matchesRoute(route, base));
}

/** Where the language switch of the page at `path` leads in `locale`: the same page, or that edition's home. */
export function switchTarget(path: string, locale: Locale): string {
  return hasBothEditions(path) ? localizePath(path, locale) : localizePath('/', locale);
}

/**
 * Where a page in `locale` links to the page at `path` (a default-edition path, query and fragment kept): that
 * page's own edition in `locale` when it has one, the Chinese page otherwise (a link that must be marked
 * `hreflang="zh-CN"`).
 */
export function linkIn(path: string, locale: Locale): string {
  return hasBothEditions(path) ? localizePath(path, locale) : path;
}
