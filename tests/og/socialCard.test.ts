import { describe, expect, it } from 'vitest';
import { renderSocialCard } from '../../src/lib/og/renderSocialCard';
import { rasterizeSvg } from '../../src/lib/render/rasterizeSvg';

describe('renderSocialCard', () => {
  it('escapes text and names the font', () => {
    const svg = renderSocialCard({ kicker: '结对', title: '广东 → 广西 <&>' }, 'Noto Sans SC');
    expect(svg).toContain('广东 → 广西 &lt;&amp;&gt;');
    expect(svg).toContain('font-family="Noto Sans SC"');
  });

  it('rasterizes to a 1200×630 PNG with the bundled CJK font', async () => {
    const png = await rasterizeSvg(renderSocialCard({ kicker: '报道', title: '山海相连' }, 'Noto Sans SC'));
    expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
});

describe('English cards', () => {
  it('break English titles at spaces, three lines of 60 px', () => {
    const svg = renderSocialCard(
      { kicker: 'Story', title: 'Eight in the east, ten in the west: East–West cooperation in 2023', lang: 'en' },
      'Noto Sans SC',
    );
    const lines = [...svg.matchAll(/font-size="60"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(lines).toEqual(['Eight in the east, ten in the', 'west: East–West cooperation in', '2023']);
  });
});
