/**
 * The built site: every map that shows all China (no focus) has the 南海诸岛 inset, and every map has the 审图号 slot — on the
 * home page, story pages, the national embeds and their SVG/PNG downloads; focused maps have the slot. Reads `dist/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST, listSitePages } from './support/sitePages';

function maps(file: string): Element[] {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return [...document.querySelectorAll('svg.pm-svg')];
}

const pages = listSitePages();
const byTemplate = (template: string) => pages.filter((p) => p.template === template);

describe('maps of all China in the built site', () => {
  it.each([
    ['home', byTemplate('home')],
    ['stories/[slug]', byTemplate('stories/[slug]')],
    ['embed/map', byTemplate('embed/map')],
    ['embed/map/[metric]/[period]', byTemplate('embed/map/[metric]/[period]')],
  ])('%s: every map of all China has the 南海诸岛 inset, every map the 审图号 slot', (_template, built) => {
    expect(built.length).toBeGreaterThan(0);
    let national = 0;
    for (const page of built) {
      const svgs = maps(page.file);
      expect(svgs.length, page.path).toBeGreaterThan(0);
      for (const svg of svgs) {
        // A story step may zoom to a province or pair (data-focus): a regional view, no inset.
        if (svg.closest('shanhai-map')?.hasAttribute('data-focus') !== true) {
          national++;
          expect(svg.querySelector('g.pm-inset text.pm-inset-label')?.textContent, page.path).toBe('南海诸岛');
        }
        expect(svg.querySelector('text.pm-approval[data-slot="approval"]'), page.path).not.toBeNull();
      }
    }
    expect(national).toBeGreaterThan(0);
  });

  it.each([['province/[id]'], ['pair/[id]'], ['embed/province/[id]'], ['embed/pair-map/[id]']])(
    '%s: every focused map has the 审图号 slot',
    (template) => {
      for (const page of byTemplate(template)) {
        for (const svg of maps(page.file)) expect(svg.querySelector('text.pm-approval'), page.path).not.toBeNull();
      }
    },
  );

  it('the national map downloads exist: SVG with the inset and the slot, PNG', () => {
    const svg = readFileSync(join(DIST, 'embed/map/funds/latest/shanhai-national-funds-latest.svg'), 'utf8');
    expect(svg).toContain('<text class="pm-inset-label"');
    expect(svg).toContain('data-slot="approval"');
    const png = readFileSync(join(DIST, 'embed/map/funds/2023/shanhai-national-funds-2023.png'));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(existsSync(join(DIST, 'embed/map/funds/2023/shanhai-national-funds-2023.svg'))).toBe(true);
  });
});
