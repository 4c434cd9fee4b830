import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { buildQrSvg } from '../../src/lib/share/buildQrSvg';

const URL_OF_VIEW = 'https://shanhai.example.org/province/gansu/?metric=funds&period=2023';

/** The dark cells the SVG path paints, read back from its runs (`M x y h n v1 h -n z`). */
function paintedCells(svg: string): Set<string> {
  const d = /<path fill="#000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const cells = new Set<string>();
  for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let i = 0; i < Number(n); i++) cells.add(`${Number(x) + i},${y}`);
  return cells;
}

describe('buildQrSvg', () => {
  it('paints exactly the dark modules of the QR code, inside a 4-module quiet zone', () => {
    const svg = buildQrSvg(URL_OF_VIEW, '本页网址的二维码');
    const code = qrcode(0, 'M');
    code.addData(URL_OF_VIEW, 'Byte');
    code.make();
    // 68 bytes at level M need version 5: 37 × 37 modules (ISO/IEC 18004 table 7), 45 with the quiet zone.
    expect(code.getModuleCount()).toBe(37);
    expect(svg).toContain('viewBox="0 0 45 45"');
    const expected = new Set<string>();
    for (let r = 0; r < 37; r++) for (let c = 0; c < 37; c++) if (code.isDark(r, c)) expected.add(`${c + 4},${r + 4}`);
    expect(paintedCells(svg)).toEqual(expected);
    expect(svg).toContain('<title>本页网址的二维码</title>');
  });

  it('is the same for the same address, and percent-encodes what QR byte mode cannot carry reliably', () => {
    expect(buildQrSvg(URL_OF_VIEW, 't')).toBe(buildQrSvg(URL_OF_VIEW, 't'));
    expect(buildQrSvg('https://shanhai.example.org/搜索/', 't')).toBe(
      buildQrSvg('https://shanhai.example.org/%E6%90%9C%E7%B4%A2/', 't'),
    );
  });
});
