/** The site's languages: Chinese at the root (the default), English under /en/. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh';

/** `<html lang>` and hreflang values. */
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** `og:locale` values. */
export const OG_LOCALE: Record<Locale, string> = { zh: 'zh_CN', en: 'en_GB' };

/** A locale from an Astro `currentLocale` or a route param; the default for anything else. */
export function toLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** The other edition's locale. */
export function otherLocaleOf(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
