import { describe, expect, it } from 'vitest';
import { renderSocialCard, wrapCjk, wrapWords } from '../../src/lib/og/renderSocialCard';
import { rasterizeSvg } from '../../src/lib/render/rasterizeSvg';

describe('wrapCjk', () => {
  it('breaks CJK text by character count and marks a cut with an ellipsis', () => {
    expect(wrapCjk('东西部协作数据新闻', 4, 2)).toEqual(['东西部协', '作数据…']);
    expect(wrapCjk('粤桂协作', 4, 2)).toEqual(['粤桂协作']);
  });
});

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

describe('wrapWords (English cards)', () => {
  it('breaks at spaces and ends an overlong text with …', () => {
    expect(wrapWords('Eight in the east, ten in the west: East–West cooperation in 2023', 30, 3)).toEqual([
      'Eight in the east, ten in the',
      'west: East–West cooperation in',
      '2023',
    ]);
    expect(wrapWords('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});
