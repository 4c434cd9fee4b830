/**
 * Which HTML files Pagefind reads: every page but the embeds (`embed/`, `en/embed/`). Embeds are never indexed (no
 * `data-pagefind-body`), yet Pagefind parses every file its glob finds — with one chart embed per story chart, most
 * of a large site. Pagefind's glob has no negation, so the folders to read are listed. Pure.
 */

/** Folders at a level whose pages Pagefind skips: the embeds, and its own output. */
const SKIPPED = new Set(['embed', 'pagefind', '_astro']);

/**
 * The `--glob` for a site whose root holds the folders `rootDirs` and whose English edition (`en/`) holds `enDirs`:
 * the HTML files at the root and in `en/`, and everything under each folder but the skipped ones.
 */
export function searchGlob(rootDirs: readonly string[], enDirs: readonly string[]): string {
  const under = (prefix: string, dirs: readonly string[]) =>
    [...dirs]
      .filter((d) => !SKIPPED.has(d))
      .sort()
      .map((d) => `${prefix}${d}/**/*.html`);
  const hasEn = rootDirs.includes('en');
  const parts = [
    '*.html',
    ...under(
      '',
      rootDirs.filter((d) => d !== 'en'),
    ),
    ...(hasEn ? ['en/*.html', ...under('en/', enDirs)] : []),
  ];
  return `{${parts.join(',')}}`;
}
