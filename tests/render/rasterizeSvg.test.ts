import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { charactersOf } from '../../src/lib/render/charactersOf';
import { CJK_FONT_FAMILY, CJK_FONT_FILES, rasterizeSvg } from '../../src/lib/render/rasterizeSvg';

const svg = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="80" viewBox="0 0 320 80">',
  '<rect width="100%" height="100%" fill="#fff"/>',
  `<text x="10" y="34" font-family="${CJK_FONT_FAMILY}" font-size="22">广东→广西 3.57亿元</text>`,
  `<text x="10" y="66" font-family="${CJK_FONT_FAMILY}" font-size="18" font-weight="700">互派&#x5E72;部 3045人</text>`,
  '</svg>',
].join('');

describe('charactersOf', () => {
  it('collects each drawn character once, decodes references, and always has printable ASCII', () => {
    const chars = charactersOf('<text>甘肃&#x7518;&#32599;</text>');
    expect([...chars].filter((c) => c > '~')).toEqual(['罗', '甘', '肃'].sort());
    expect(chars).toContain('0');
    expect(chars).toContain('%');
    expect(charactersOf('<t>肃甘</t>')).toBe(charactersOf('<t>甘肃甘</t>'));
  });
});

describe('rasterizeSvg', () => {
  it('draws with a subset font exactly what the whole 10 MB font draws, pixel for pixel', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'shanhai-render-'));
    const whole = new Resvg(svg, {
      font: { fontFiles: CJK_FONT_FILES, loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY },
    })
      .render()
      .pixels.toString('base64');
    const png = await rasterizeSvg(svg, { cacheDir });
    expect(png.length).toBeGreaterThan(0);
    const subsetPixels = new Resvg(svg, {
      font: {
        fontFiles: readdirSync(cacheDir)
          .filter((f) => f.endsWith('.ttf'))
          .map((f) => join(cacheDir, f)),
        loadSystemFonts: false,
        defaultFontFamily: CJK_FONT_FAMILY,
      },
    })
      .render()
      .pixels.toString('base64');
    expect(subsetPixels).toBe(whole);
    // One subset per weight, and a cached PNG.
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.ttf'))).toHaveLength(2);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(1);
  });

  it('returns the cached PNG for an unchanged SVG, and renders anew when the SVG or the size changes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'shanhai-render-'));
    const first = await rasterizeSvg(svg, { cacheDir, zoom: 2 });
    const again = await rasterizeSvg(svg, { cacheDir, zoom: 2 });
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const view = new DataView(first.buffer, first.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([640, 160]);
    await rasterizeSvg(svg, { cacheDir, zoom: 1 });
    await rasterizeSvg(svg.replace('3045', '3046'), { cacheDir, zoom: 2 });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(3);
  });
});
