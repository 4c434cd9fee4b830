/**
 * The built site: a page draws each province outline once, however many maps it shows (a story has one per step);
 * every `<use>` of a shared shape finds it on the page. Reads `dist/`.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { listSitePages } from './support/sitePages';

const pages = listSitePages().filter((p) => (readFileSync(p.file, 'utf8').match(/class="pm-svg"/g) ?? []).length > 1);

describe('pages with several maps', () => {
  it('exist (every story has a map per step)', () => {
    expect(pages.filter((p) => p.template === 'stories/[slug]').length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.path, p.file]))('%s: each outline once, every <use> resolves', (_path, file) => {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const maps = [...document.querySelectorAll('svg.pm-svg')];
    // No map carries province shapes of its own …
    for (const map of maps) expect(map.querySelectorAll('.pm-provinces path')).toHaveLength(0);
    // … the page defines them once, and every map's <use> finds its shape.
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
    const defined = new Set(ids);
    const uses = maps.flatMap((m) => [...m.querySelectorAll('use')]);
    expect(uses.length).toBeGreaterThan(maps.length * 10);
    for (const use of uses) expect(defined.has((use.getAttribute('href') ?? '').slice(1)), use.outerHTML).toBe(true);
  });
});
