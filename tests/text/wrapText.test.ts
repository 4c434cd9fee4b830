import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/lib/text/wrapText';

describe('wrapText', () => {
  it('breaks CJK text by width and marks a cut with an ellipsis', () => {
    expect(wrapText('东西部协作数据新闻', 4, 2)).toEqual(['东西部协', '作数据…']);
    expect(wrapText('粤桂协作', 4, 2)).toEqual(['粤桂协作']);
  });

  it('never starts a line with 。 or ） and never ends one with （', () => {
    // Cut every 6 characters, the last line would be a lone "。": it hangs at the end of the line before instead.
    expect(wrapText('甘肃。天津向甘肃选派干部。', 6, 5)).toEqual(['甘肃。天津向', '甘肃选派干部。']);
    expect(wrapText('（2024-01-05）；新甘肃（2025-04-23）。', 8, 5)).toEqual([
      '（2024-01-05）；',
      '新甘肃',
      '（2025-04-23）。',
    ]);
    const lines = wrapText(
      '线宽图例：1亿元、10亿元（财政援助资金）。来源：甘肃日报（2024-01-05）；新甘肃（2025-04-23）。',
      8,
      9,
    );
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) {
      expect(line).not.toMatch(/^[。，、；：）」]/);
      expect(line).not.toMatch(/[（「]$/);
    }
  });

  it('keeps Latin words and numbers whole and drops the space at a break', () => {
    expect(wrapText('Guangdong to Guangxi, Jan–Nov 2023: 17.58 billion yuan of fiscal aid.', 12, 5)).toEqual([
      'Guangdong to Guangxi,',
      'Jan–Nov 2023: 17.58',
      'billion yuan of',
      'fiscal aid.',
    ]);
  });

  it('cuts a run with no break opportunity by width', () => {
    expect(wrapText('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5.5, 5)).toEqual(['ABCDEFGHIJ', 'KLMNOPQRST', 'UVWXYZ']);
  });

  it('measures CJK and full-width marks as 1 em, Latin as 0.55', () => {
    expect(textWidth('甘肃（）')).toBe(4);
    expect(textWidth('ab')).toBeCloseTo(1.1);
  });
});
