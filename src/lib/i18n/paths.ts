/**
 * URLs across the two editions: the Chinese page `/pair/x/` is `/en/pair/x/` in English. Paths are site paths with
 * a trailing slash (astro.config.mjs: trailingSlash 'always'), optionally with a query and a fragment.
 */
import { DEFAULT_LOCALE, HTML_LANG, LOCALES, type Locale, otherLocaleOf } from './locale';

const EN_PREFIX = '/en';

/** Splits `/en/pair/x/?metric=funds#map` into its locale and the path of the page in the default edition. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  if (path === EN_PREFIX || path.startsWith(`${EN_PREFIX}/`) || path.startsWith(`${EN_PREFIX}?`)) {
    const rest = path.slice(EN_PREFIX.length);
    return { locale: 'en', path: rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest };
  }
  return { locale: DEFAULT_LOCALE, path };
}

/** The URL of a page (given by its path in any edition) in `locale`: `/pair/x/` → `/en/pair/x/` for English. */
export function localizePath(path: string, locale: Locale): string {
  if (!path.startsWith('/')) throw new Error(`localizePath: "${path}" is not a site path (it must start with "/")`);
  const base = splitLocale(path).path;
  return locale === DEFAULT_LOCALE ? base : `${EN_PREFIX}${base}`;
}

/** The current page in the other language, keeping its query and fragment. */
export function otherLanguagePath(path: string): string {
  return localizePath(path, otherLocaleOf(splitLocale(path).locale));
}

/**
 * The hreflang alternates of a page: one absolute URL per edition and `x-default` (the Chinese page), the same set
 * on both editions so that each names the other.
 */
export function hreflangAlternates(path: string, site: URL | string): { hreflang: string; href: string }[] {
  const links = LOCALES.map((locale) => ({
    hreflang: HTML_LANG[locale],
    href: new URL(localizePath(path, locale), site).href,
  }));
  return [...links, { hreflang: 'x-default', href: new URL(localizePath(path, DEFAULT_LOCALE), site).href }];
}
