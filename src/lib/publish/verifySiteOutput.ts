import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
 * Returns what is wrong, one line each; empty when the site may be published.
 */
export function verifySiteOutput(dir: string, storySlugs: readonly string[]): string[] {
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
  return wrong;
}

/** The search index's problems: missing files, or no Chinese (`zh-cn`) index of at least `minPages` pages. */
function verifySearchIndex(dir: string, minPages: number): string[] {
  const entryFile = join(dir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(join(dir, 'pagefind', 'pagefind.js')) || !existsSync(entryFile))
    return ['pagefind/ (the search index) was not written'];
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  const pages = entry.languages?.['zh-cn']?.page_count ?? 0;
  if (pages < minPages)
    return [`the search index holds ${pages} Chinese (zh-cn) page(s), fewer than the ${minPages} it must have`];
  return [];
}
