import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileRoutes } from '../i18n/editions';

/** Attributes that load or navigate to a URL. */
const UNSAFE_URL =
  /\b(?:href|src|action|formaction|xlink:href|poster)\s*=\s*["']?\s*(?:javascript|vbscript|data|file):/i;

/** The first bytes of every PNG file. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function filesEndingIn(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ending))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Checks a freshly built site before it is published: the pages every build must have (home, sitemap, one page
 * per story) are there, no page links or loads a `javascript:`, `vbscript:`, `data:` or `file:` URL, and every
 * `.png` is a PNG (an endpoint that forgot to await its image writes "[object Promise]"), and the search index
 * (`pagefind/`, written by `writeSearchIndex`) is there with a Chinese index holding the home page and every story.
 * Given the English edition, also: every page of its routes is built in both editions, each page's `<html lang>`
 * is its edition's, the two pages name each other (and x-default, the Chinese page) as hreflang alternates, no
 * other page names any, and the English index holds the English home and stories.
 * Returns what is wrong, one line each; empty when the site may be published.
 */
export function verifySiteOutput(dir: string, storySlugs: readonly string[], english?: EnglishEdition): string[] {
  const wrong: string[] = [];
  const required = ['index.html', 'sitemap-index.xml', ...storySlugs.map((s) => `stories/${s}/index.html`)];
  for (const path of required) if (!existsSync(join(dir, path))) wrong.push(`${path} was not built`);
  for (const file of filesEndingIn(dir, '.html')) {
    const match = UNSAFE_URL.exec(readFileSync(file, 'utf8'));
    if (match) wrong.push(`${relative(dir, file)} has an unsafe URL: ${match[0]}`);
  }
  for (const file of filesEndingIn(dir, '.png')) {
    if (!readFileSync(file).subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE))
      wrong.push(`${relative(dir, file)} is not a PNG image`);
  }
  wrong.push(...verifySearchIndex(dir, 1 + storySlugs.length));
  if (english !== undefined) wrong.push(...verifyEnglishEdition(dir, english));
  return wrong;
}

/** What the build knows of the English edition (src/lib/i18n/editions.ts). */
export interface EnglishEdition {
  /** Default-edition routes with an English page (`ENGLISH_ROUTES`); `*` is one path segment. */
  readonly routes: readonly string[];
  /** The stories written in English, which the English search index must hold. */
  readonly storySlugs: readonly string[];
  /** Default-edition embed routes with an English embed (`ENGLISH_EMBED_ROUTES`); none checked when absent. */
  readonly embedRoutes?: readonly string[];
}

const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/gu;
const HTML_LANG = /<html[^>]*\slang="([^"]*)"/u;

/** `en/pair/x/index.html` → `/en/pair/x/`; undefined for a file that is not a page's index.html. */
function pagePath(file: string): string | undefined {
  const parts = file.split(sep);
  if (parts.at(-1) !== 'index.html') return undefined;
  return `/${parts
    .slice(0, -1)
    .map((p) => `${p}/`)
    .join('')}`;
}

/** The pages of the English edition: each route's page in both editions, `<html lang>`, mutual hreflang, index. */
function verifyEnglishEdition(dir: string, english: EnglishEdition): string[] {
  const wrong: string[] = [];
  const pages = new Map<string, string>();
  for (const file of filesEndingIn(dir, '.html')) {
    const path = pagePath(relative(dir, file));
    if (path !== undefined && !/^\/(?:en\/)?(?:embed|og)\//u.test(path)) pages.set(path, file);
  }
  const fileOf = (path: string): string => `${path.slice(1)}index.html`;
  const hasEnglish = compileRoutes(english.routes);
  for (const [path, file] of pages) {
    const en = path.startsWith('/en/');
    const zhPath = en ? path.slice(3) : path;
    const enPath = `/en${zhPath}`;
    const html = readFileSync(file, 'utf8');
    const lang = HTML_LANG.exec(html)?.[1];
    const expectedLang = en ? 'en' : 'zh-CN';
    if (lang !== expectedLang) wrong.push(`${fileOf(path)} has lang="${lang ?? ''}", not lang="${expectedLang}"`);
    const alternates = new Map([...html.matchAll(ALTERNATE)].map((m) => [m[1], new URL(m[2] ?? '').pathname]));
    if (!hasEnglish.test(zhPath)) {
      if (alternates.size > 0)
        wrong.push(`${fileOf(path)} names hreflang alternates, but ${zhPath} has no English edition`);
      continue;
    }
    const other = en ? zhPath : enPath;
    if (!pages.has(other)) {
      // Reported once, from the page that is there.
      wrong.push(`${fileOf(other)} was not built (the ${en ? 'Chinese' : 'English'} edition of ${path})`);
      continue;
    }
    for (const [hreflang, target] of [
      ['zh-CN', zhPath],
      ['en', enPath],
      ['x-default', zhPath],
    ] as const) {
      const found = alternates.get(hreflang);
      if (found !== target)
        wrong.push(`${fileOf(path)} names ${found ?? 'no page'} as hreflang="${hreflang}", not ${target}`);
    }
  }
  if (!pages.has('/en/')) wrong.push('en/index.html was not built');
  for (const slug of english.storySlugs) {
    const file = `en/stories/${slug}/index.html`;
    if (!pages.has(`/en/stories/${slug}/`) && !wrong.some((w) => w.startsWith(`${file} `)))
      wrong.push(`${file} was not built`);
  }
  wrong.push(...verifyIndexLanguage(dir, 'en', 'English', 1 + english.storySlugs.length));
  wrong.push(...verifyEnglishEmbeds(dir, english.embedRoutes ?? []));
  return wrong;
}

/** Every Chinese embed page of `routes` has its English twin under /en/embed/, and each says `lang="en"`. */
function verifyEnglishEmbeds(dir: string, routes: readonly string[]): string[] {
  if (routes.length === 0 || !existsSync(join(dir, 'embed'))) return [];
  const wrong: string[] = [];
  const embedRoute = compileRoutes(routes);
  for (const file of filesEndingIn(join(dir, 'embed'), 'index.html')) {
    const path = pagePath(relative(dir, file));
    if (path === undefined || !embedRoute.test(path)) continue;
    const enFile = `en${path}index.html`;
    if (!existsSync(join(dir, enFile))) {
      wrong.push(`${enFile} was not built (the English edition of the embed ${path})`);
      continue;
    }
    const lang = HTML_LANG.exec(readFileSync(join(dir, enFile), 'utf8'))?.[1];
    if (lang !== 'en') wrong.push(`${enFile} has lang="${lang ?? ''}", not lang="en"`);
  }
  return wrong;
}

/** The search index's problems: missing files, or no Chinese (`zh-cn`) index of at least `minPages` pages. */
function verifySearchIndex(dir: string, minPages: number): string[] {
  const entryFile = join(dir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(join(dir, 'pagefind', 'pagefind.js')) || !existsSync(entryFile))
    return ['pagefind/ (the search index) was not written'];
  return verifyIndexLanguage(dir, 'zh-cn', 'Chinese', minPages);
}

/** The search index of one language holds at least `minPages` pages (the index itself was checked to be there). */
function verifyIndexLanguage(dir: string, code: string, language: string, minPages: number): string[] {
  const entryFile = join(dir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entryFile)) return [];
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  const pages = entry.languages?.[code]?.page_count ?? 0;
  if (pages < minPages)
    return [`the search index holds ${pages} ${language} (${code}) page(s), fewer than the ${minPages} it must have`];
  return [];
}
