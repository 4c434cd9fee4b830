import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Attributes that load or navigate to a URL. */
const UNSAFE_URL =
  /\b(?:href|src|action|formaction|xlink:href|poster)\s*=\s*["']?\s*(?:javascript|vbscript|data|file):/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Checks a freshly built site before it is published: the pages every build must have (home, sitemap, one page
 * per story) are there, and no page links or loads a `javascript:`, `vbscript:`, `data:` or `file:` URL.
 * Returns what is wrong, one line each; empty when the site may be published.
 */
export function verifySiteOutput(dir: string, storySlugs: readonly string[]): string[] {
  const wrong: string[] = [];
  const required = ['index.html', 'sitemap-index.xml', ...storySlugs.map((s) => `stories/${s}/index.html`)];
  for (const path of required) if (!existsSync(join(dir, path))) wrong.push(`${path} was not built`);
  for (const file of htmlFiles(dir)) {
    const match = UNSAFE_URL.exec(readFileSync(file, 'utf8'));
    if (match) wrong.push(`${relative(dir, file)} has an unsafe URL: ${match[0]}`);
  }
  return wrong;
}
