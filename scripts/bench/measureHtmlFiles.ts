/**
 * The gzipped size of every built page, read from disk (what a host serves with gzip -9), grouped by template:
 * the heaviest page of each template is what its budget is checked against.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { listSitePages } from '../../tests/browser/support/sitePages';

export interface TemplateSizes {
  template: string;
  pages: number;
  /** Median gzipped bytes. */
  median: number;
  /** The heaviest page and its gzipped bytes. */
  max: { path: string; bytes: number };
}

/** Gzipped HTML bytes per template of the site in `dir`, heaviest template first. */
export function measureHtmlFiles(dir: string): TemplateSizes[] {
  const byTemplate = new Map<string, { path: string; bytes: number }[]>();
  for (const page of listSitePages(dir)) {
    const bytes = gzipSync(readFileSync(page.file), { level: 9 }).length;
    byTemplate.set(page.template, [...(byTemplate.get(page.template) ?? []), { path: page.path, bytes }]);
  }
  return [...byTemplate]
    .map(([template, sizes]) => {
      const sorted = [...sizes].sort((a, b) => a.bytes - b.bytes);
      return {
        template,
        pages: sorted.length,
        median: (sorted[Math.floor((sorted.length - 1) / 2)] as { bytes: number }).bytes,
        max: sorted.at(-1) as { path: string; bytes: number },
      };
    })
    .sort((a, b) => b.max.bytes - a.max.bytes);
}
