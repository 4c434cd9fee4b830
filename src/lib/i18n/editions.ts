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

/**
 * Embed routes of the default edition with an English embed under /en/embed/ (`*` is one path segment): every
 * Chinese embed page of these has its English twin (`verifySiteOutput` checks it). Embeds name no hreflang
 * alternates; an embed of a story in Chinese only has none.
 */
export const ENGLISH_EMBED_ROUTES: readonly string[] = [
  '/embed/map/',
  '/embed/map/*/*/',
  '/embed/province/*/',
  '/embed/pair-map/*/',
  '/embed/pair/*/',
  '/embed/province-chart/*/',
  ...englishStorySlugs().map((slug) => `/embed/story/${slug}/*/`),
];

/** `route` as a pattern (`*` is one path segment). */
function routeSource(route: string): string {
  return route.replace(/[.?+]/gu, '\\$&').replace(/\*/gu, '[^/]+');
}

/**
 * Some routes as one pattern, compiled once, matching a default-edition path (no query) that is a page of any of
 * them: the build asks for every link of every page, and compiling a pattern per route per call cost ~10 % of
 * `npm run check` with 1,000 stories.
 */
export function compileRoutes(routes: readonly string[]): RegExp {
  return new RegExp(`^(?:${routes.map(routeSource).join('|')})$`, 'u');
}

const ENGLISH_ROUTE_PATTERN = compileRoutes(ENGLISH_ROUTES);

/** True when the page at `path` (either edition, query and fragment ignored) exists in both languages. */
export function hasBothEditions(path: string): boolean {
  const base = splitLocale(path).path.replace(/[?#].*$/u, '');
  return ENGLISH_ROUTE_PATTERN.test(base);
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
