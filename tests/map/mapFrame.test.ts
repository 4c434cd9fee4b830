/**
 * The frame every map of China carries (layoutMapFrame / renderMapFrame): the 南海诸岛 inset on maps that show the
 * whole country, 钓鱼岛 and 赤尾屿, 台湾省资料暂缺, Taiwan and Hainan in the mainland's base colour, and the 审图号
 * slot at the lower left — for each kind of map: national, focused province, focused pair, story step, embed, export.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { INSET_LABEL, TAIWAN_NOTE } from '../../src/lib/map/layoutMapFrame';
import { type LayoutOptions, layoutPairingMap } from '../../src/lib/map/layoutPairingMap';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import { renderMapExportSvg } from '../../src/lib/map/renderMapExport';
import { FRAME_COLORS } from '../../src/lib/map/renderMapFrame';
import { renderMapSvg } from '../../src/lib/map/renderMapSvg';
import type { MapData } from '../../src/lib/map/types';
import { CJK_FONT_FAMILY, CJK_FONT_FILES } from '../../src/lib/render/rasterizeSvg';
import fixture from '../fixtures/map-data.json';

const data = fixture as MapData;
const topology = loadChinaTopology();
const NUMBER = 'GS(2024)0650号';

function svgOf(options: LayoutOptions, approvalNumber?: string) {
  const layout = layoutPairingMap(data, topology, options);
  const svg = renderMapSvg(layout, { idPrefix: 't', approvalNumber });
  return { layout, svg, document: parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document };
}

/** A focus whose partners span the country (新疆, 黑龙江, 海南): its zoomed view still shows all of China. */
const WIDE: MapData = {
  ...data,
  pairs: [
    ...data.pairs,
    ...['xinjiang', 'heilongjiang', 'hainan'].map((west) => ({
      id: `henan--${west}`,
      east: 'henan',
      west,
      level: 'province' as const,
      since: 2021,
      eastProvince: 'henan',
      westProvince: west,
      eastLabel: '河南',
      westLabel: west,
    })),
  ],
};

function expectInset(document: Document, width: number, height: number): void {
  const inset = document.querySelector('g.pm-inset');
  expect(inset?.getAttribute('data-inset')).toBe('南海诸岛');
  expect(inset?.querySelector('text.pm-inset-label')?.textContent).toBe(INSET_LABEL);
  // Lower right, 12 units from the edges.
  const frame = inset?.querySelector('rect.pm-inset-frame');
  expect(Number(frame?.getAttribute('x')) + Number(frame?.getAttribute('width'))).toBe(width - 12);
  expect(Number(frame?.getAttribute('y')) + Number(frame?.getAttribute('height'))).toBe(height - 12);
  // The islands and the dash line are drawn in it.
  expect(inset?.querySelector('path.pm-inset-islands')?.getAttribute('d')?.length).toBeGreaterThan(1000);
  expect(inset?.querySelector('path.pm-dash')?.getAttribute('d')?.match(/[Mm]/g)?.length).toBeGreaterThanOrEqual(9);
}

function expectApprovalSlot(document: Document, height: number, text: string): void {
  const slot = document.querySelector('text.pm-approval[data-slot="approval"]');
  expect(slot).not.toBeNull();
  expect(slot?.textContent).toBe(text);
  // Lower left.
  expect(Number(slot?.getAttribute('x'))).toBe(12);
  expect(Number(slot?.getAttribute('y'))).toBe(height - 6);
}

describe('national map (home page, 960×760)', () => {
  const { document } = svgOf({ width: 960, height: 760 }, NUMBER);

  it('has the 南海诸岛 inset at the lower right with its label, islands and dash line', () => {
    expectInset(document, 960, 760);
  });

  it('prints the 审图号 at the lower left when set, and keeps an empty slot when not', () => {
    expectApprovalSlot(document, 760, `审图号：${NUMBER}`);
    expectApprovalSlot(svgOf({ width: 960, height: 760 }).document, 760, '');
  });

  it('names 钓鱼岛 and 赤尾屿 and says 台湾省资料暂缺', () => {
    const names = [...document.querySelectorAll('text.pm-island-label')].map((t) => t.textContent);
    expect(names).toEqual(['钓鱼岛', '赤尾屿']);
    expect(document.querySelector('text.pm-note--taiwan')?.textContent).toBe(TAIWAN_NOTE);
  });

  it('draws Taiwan and Hainan in the base colour of the mainland, like 河南 (no programme member colour)', () => {
    const cls = (id: string) => document.querySelector(`path[data-province="${id}"]`)?.getAttribute('class');
    expect(cls('taiwan')).toBe('pm-prov pm-prov--none');
    expect(cls('hainan')).toBe('pm-prov pm-prov--none');
    expect(cls('henan')).toBe('pm-prov pm-prov--none');
    // map.css colours pm-prov--none with --pm-land; the inset's land and the export use the same colour.
    expect(readFileSync('src/components/map/map.css', 'utf8')).toContain(`--pm-land: ${FRAME_COLORS.land};`);
    expect(document.querySelector('path.pm-inset-land')?.getAttribute('fill')).toBe(FRAME_COLORS.land);
  });

  it('draws every South China Sea island of the built geometry in the inset (339 rings → as many subpaths or more)', () => {
    // Some reefs are split by the clip into two pieces; none is lost.
    const inset = document.querySelector('g.pm-inset');
    const land = `${inset?.querySelector('path.pm-inset-land')?.getAttribute('d')}`;
    const islands = `${inset?.querySelector('path.pm-inset-islands')?.getAttribute('d')}`;
    expect((land.match(/[Mm]/g)?.length ?? 0) + (islands.match(/[Mm]/g)?.length ?? 0)).toBeGreaterThanOrEqual(339);
  });
});

describe('focused province map (province page, 720×560)', () => {
  it('is a regional view: the 审图号 slot, no inset (it does not show the whole country)', () => {
    const { document, layout } = svgOf({ width: 720, height: 560, focus: 'guangdong' }, NUMBER);
    expect(layout.frame.inset).toBeUndefined();
    expect(document.querySelector('g.pm-inset')).toBeNull();
    expectApprovalSlot(document, 560, `审图号：${NUMBER}`);
  });

  it('carries the inset when its view shows the whole country', () => {
    const layout = layoutPairingMap(WIDE, topology, { width: 720, height: 560, focus: 'henan' });
    const { document } = parseHTML(`<html><body>${renderMapSvg(layout, { idPrefix: 'w' })}</body></html>`);
    expectInset(document, 720, 560);
    expectApprovalSlot(document, 560, '');
  });

  it('notes Taiwan and names 钓鱼岛 where they are in a zoomed view (福建)', () => {
    const { document } = svgOf({ width: 720, height: 560, focus: 'fujian' });
    expect(document.querySelector('text.pm-note--taiwan')?.textContent).toBe(TAIWAN_NOTE);
    expect(document.querySelectorAll('text.pm-island-label')).toHaveLength(2);
  });
});

describe('focused pair map (pair page, 720×560)', () => {
  it('has the 审图号 slot; the inset only when the whole country is in view', () => {
    const { document } = svgOf({ width: 720, height: 560, focus: 'guangdong--guangxi' }, NUMBER);
    expect(document.querySelector('g.pm-inset')).toBeNull();
    expectApprovalSlot(document, 560, `审图号：${NUMBER}`);
    const wide = layoutPairingMap(WIDE, topology, { width: 720, height: 560, focus: 'henan--hainan' });
    expect(wide.frame.inset).toBeUndefined(); // 河南 and 海南 alone: a regional view
  });
});

describe('story step (one view, 720×600)', () => {
  it('has the inset and the 审图号 slot', () => {
    const { document } = svgOf({ width: 720, height: 600, only: { metric: 'funds', period: '2023' } }, NUMBER);
    expectInset(document, 720, 600);
    expectApprovalSlot(document, 600, `审图号：${NUMBER}`);
  });
});

describe('embeds', () => {
  it('national embed (960×760): inset and slot', () => {
    const { document } = svgOf({ width: 960, height: 760 });
    expectInset(document, 960, 760);
    expectApprovalSlot(document, 760, '');
  });
  it('focused embed (720×560): slot', () => {
    expectApprovalSlot(
      svgOf({ width: 720, height: 560, focus: 'shandong' }, NUMBER).document,
      560,
      `审图号：${NUMBER}`,
    );
  });
});

describe('map export (SVG and PNG download)', () => {
  const layout = layoutPairingMap(data, topology, {
    width: 960,
    height: 760,
    only: { metric: 'funds', period: '2023' },
  });
  const svg = renderMapExportSvg(layout, {
    metric: 'funds',
    period: '2023',
    approvalNumber: NUMBER,
    credit: '山海 Shanhai',
  });
  const { document } = parseHTML(svg.replace(/^<\?xml[^>]*>\n/, ''));

  it('stands alone (own <style>, no custom properties) with the inset and the 审图号', () => {
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 992 \d+"/);
    expect(svg).not.toContain('var(--');
    expect(document.querySelector('g.pm-inset text.pm-inset-label')?.textContent).toBe('南海诸岛');
    expect(document.querySelector('text.pm-approval')?.textContent).toBe(`审图号：${NUMBER}`);
    expect(svg).toContain('.pm-prov{fill:#efeeea');
  });

  // The labels were placed for the wide scale at layout.textSizes.wide: the export must draw them at that size, on
  // their side of the dot, and leave out those placed only for small maps (before: 14/12 px and every text drawn,
  // so names overlapped in the downloaded images).
  it('draws the map text as the wide scale placed it', () => {
    const size = layout.textSizes.wide;
    expect(svg).toContain(`.pm-label,.pm-arc-label{font-size:${size}px;`);
    expect(svg).toContain(`.pm-q text{font-size:${size}px;`);
    expect(svg).toContain('.pm-label--end{text-anchor:end}');
    expect(svg).toContain('.pm-hide-w{display:none}');
  });

  // One render (resvg with the bundled font, as rasterizeSvg does), read as pixels and as PNG bytes; slow (seconds).
  it('rasterises to a PNG whose lower right shows the inset frame', { timeout: 60_000 }, () => {
    const image = new Resvg(svg, {
      font: { fontFiles: CJK_FONT_FILES, loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY },
      background: '#ffffff',
    }).render();
    expect([...image.asPng().subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const inset = layout.frame.inset as NonNullable<typeof layout.frame.inset>;
    // The frame's bottom edge, in the middle, offset by the export's padding (16) and title (34).
    const x = Math.round(16 + inset.x + inset.width / 2);
    const y = Math.round(16 + 34 + inset.y + inset.height);
    const at = (y * image.width + x) * 4;
    const [r, g, b] = [...image.pixels.subarray(at, at + 3)];
    // #5c6166, anti-aliased: clearly darker than the white sea.
    expect((r as number) + (g as number) + (b as number)).toBeLessThan(3 * 200);
  });
});
