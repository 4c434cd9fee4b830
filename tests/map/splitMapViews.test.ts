/** Views without bloat: the active view stays in the page, the others move to a file beside it, byte for byte. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { layoutPairingMap } from '../../src/lib/map/layoutPairingMap';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import { renderMapControls, renderMapViewLinks } from '../../src/lib/map/renderMapControls';
import { renderMapSvg } from '../../src/lib/map/renderMapSvg';
import { renderMapTable } from '../../src/lib/map/renderMapTable';
import { splitMapViews } from '../../src/lib/map/splitMapViews';
import type { MapData } from '../../src/lib/map/types';
import fixture from '../fixtures/map-data.json';

const data = fixture as MapData;
const layout = layoutPairingMap(data, loadChinaTopology(), { width: 960, height: 760 });
const active = { metric: data.defaults.metric, period: data.defaults.period };

function page(controls: boolean, staticViews: string | null = '/embed/map/'): string {
  const figure =
    `<figure class="pm-figure" id="home-map">${controls ? renderMapControls(layout, active, 'home-map') : ''}` +
    `${controls ? renderMapViewLinks(layout, active, 'home-map').links : ''}` +
    `${renderMapSvg(layout, { idPrefix: 'home-map', ...active })}` +
    `<div class="pm-table-wrap">${renderMapTable(layout, active, '地图中的数字')}</div></figure>`;
  const attribute = staticViews === null ? '' : ` data-static-views="${staticViews}"`;
  const style = controls ? renderMapViewLinks(layout, active, 'home-map').style : '';
  return `<!doctype html><html><body><p>前</p><shanhai-map class="pm"${attribute}>${figure}${style}</shanhai-map><p>后</p></body></html>`;
}

const views = (html: string) => [...html.matchAll(/<g class="pm-view" data-metric="(\w+)" data-period="(\w+)"/g)];

describe('splitMapViews', () => {
  const html = page(true);
  const split = splitMapViews(html, '/');

  it('keeps only the active view in the page and names the file with the others', () => {
    expect(views(split.html).map((m) => `${m[1]}/${m[2]}`)).toEqual([`${active.metric}/${active.period}`]);
    expect(split.files.map((f) => f.name)).toEqual(['home-map-views.svg', 'home-map-rows.htm']);
    expect(split.html).toContain(
      '<shanhai-map class="pm" data-static-views="/embed/map/" data-views="/home-map-views.svg" data-rows="/home-map-rows.htm">',
    );
    expect(views(split.files[0]?.content ?? '')).toHaveLength(layout.views.length - 1);
    // The table keeps the active view's rows; the others' are in the second file, inside a <table> to parse.
    expect(split.html.match(/<tbody class="pm-view-rows"[^>]*>/g)).toEqual([
      `<tbody class="pm-view-rows" data-metric="${active.metric}" data-period="${active.period}" data-active="">`,
    ]);
    expect(split.files[1]?.content.match(/<tbody class="pm-view-rows"/g)).toHaveLength(layout.views.length - 1);
    expect(split.files[1]?.content.startsWith('<!doctype html><table><tbody')).toBe(true);
    // The page still parses as one map with its legend-free svg closed where it was.
    const { document } = parseHTML(split.html);
    expect(document.querySelectorAll('svg.pm-svg .pm-views > .pm-view')).toHaveLength(1);
    expect(
      document.querySelector('svg.pm-svg > .pm-labels + .pm-views, svg.pm-svg .pm-views + .pm-labels'),
    ).not.toBeNull();
    expect(split.html.endsWith('<p>后</p></body></html>')).toBe(true);
  });

  it('moves every other view byte for byte: the kept and moved views are the page’s views', () => {
    const block = (s: string) => {
      const start = s.indexOf('<g class="pm-views">') + 20;
      return s.slice(start, s.indexOf('</g><g class="pm-labels"', start));
    };
    const pieces = (s: string) => s.split(/(?=<g class="pm-view" )/).filter((p) => p !== '');
    const layers = (split.files[0]?.content ?? '').replace(/^<svg[^>]*>|<\/svg>\n$/g, '');
    expect([...pieces(block(split.html)), ...pieces(layers)].sort()).toEqual(pieces(block(html)).sort());
    expect(pieces(block(html))).toHaveLength(layout.views.length);
  });

  it('points the no-JS view links at the embed page, which keeps every view', () => {
    const links = [...split.html.matchAll(/<a href="([^"]*-v-[^"]+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(layout.views.length);
    expect(links).toContain(`/embed/map/#embed-map-v-${active.metric}-${active.period}`);
    expect(split.html).not.toContain('href="#home-map-v-');
  });

  it('drops the style that showed a targeted view without JS: its views and links are on the embed page now', () => {
    // Only a reader without JS gets the style (where JS runs, its :has(:target) rules slowed the page's styling).
    expect(html).toContain('<noscript><style>:root:not(.js) #home-map:has(#home-map-v-');
    expect(split.html).not.toContain('<style>');
    expect(split.html).not.toContain('<noscript>');
    expect(split.html).toContain('</figure></shanhai-map><p>后</p>');
  });

  it('keeps every view of a map that has no page with all its views (no links could show them)', () => {
    const alone = page(true, null);
    expect(splitMapViews(alone, '/')).toEqual({ html: alone, files: [] });
  });

  it('leaves a map a reader cannot switch (a story step: no controls) as it is', () => {
    const still = page(false);
    expect(splitMapViews(still, '/')).toEqual({ html: still, files: [] });
  });
});
