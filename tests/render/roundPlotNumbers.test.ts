import { describe, expect, it } from 'vitest';
import { mergePlotLines } from '../../src/lib/chart/mergePlotLines';
import { roundPlotNumbers } from '../../src/lib/chart/roundPlotNumbers';

describe('roundPlotNumbers', () => {
  it('rounds coordinates in attributes to one decimal, keeping shorter numbers as written', () => {
    expect(
      roundPlotNumbers(
        '<line x2="65.55555555555556" y2="324"/><path transform="translate(123.1111111111111,-0.004)"/>',
      ),
    ).toBe('<line x2="65.6" y2="324"/><path transform="translate(123.1,0)"/>');
    expect(roundPlotNumbers('<rect width="46.044444444444444" x="8.5" y="-.12345"/>')).toBe(
      '<rect width="46" x="8.5" y="-0.1"/>',
    );
  });

  it('leaves lengths in em and the text a reader sees alone, however many decimals they have', () => {
    const text = '<text x="5.123456" dy="0.32em">22.795亿元</text>';
    expect(roundPlotNumbers(text)).toBe('<text x="5.1" dy="0.32em">22.795亿元</text>');
  });
});

describe('mergePlotLines', () => {
  it('draws a group of grid lines as one path of the same segments, keeping the group and its stroke', () => {
    const grid =
      '<g stroke-opacity="0.1" stroke="currentColor" aria-hidden="true"><line y2="324" y1="0" x2="8" x1="8" />' +
      '<line y2="324" y1="0" x2="70.1" x1="70.1" /></g>';
    expect(mergePlotLines(grid)).toBe(
      '<g stroke-opacity="0.1" stroke="currentColor" aria-hidden="true"><path fill="none" d="M8,0L8,324M70.1,0L70.1,324"/></g>',
    );
  });

  it('moves each axis tick by its translation into the one path', () => {
    const ticks =
      '<g stroke="currentColor" fill="none" aria-hidden="true"><path d="M0,0L0,6" transform="translate(8,324)" />' +
      '<path d="M0,0L0,6" transform="translate(70.1,324)" /></g>';
    expect(mergePlotLines(ticks)).toBe(
      '<g stroke="currentColor" fill="none" aria-hidden="true"><path fill="none" d="M8,324L8,330M70.1,324L70.1,330"/></g>',
    );
  });

  it('leaves groups with other marks, and single lines, as they are', () => {
    const bars =
      '<g fill="#1f5f8b"><rect height="16" y="16" width="258" x="8" /><rect height="16" y="52" width="46" x="8" /></g>';
    const rule = '<g stroke="currentColor"><line y2="324" y1="0" x2="8" x1="8" /></g>';
    expect(mergePlotLines(bars + rule)).toBe(bars + rule);
  });
});
