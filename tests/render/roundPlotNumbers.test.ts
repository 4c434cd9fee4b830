import { describe, expect, it } from 'vitest';
import { roundPlotNumbers } from '../../src/lib/chart/roundPlotNumbers';

describe('roundPlotNumbers', () => {
  it('rounds coordinates in attributes to two decimals, keeping shorter numbers as written', () => {
    expect(
      roundPlotNumbers(
        '<line x2="65.55555555555556" y2="324"/><path transform="translate(123.1111111111111,-0.004)"/>',
      ),
    ).toBe('<line x2="65.56" y2="324"/><path transform="translate(123.11,0)"/>');
    expect(roundPlotNumbers('<rect width="46.044444444444444" x="8.5" y="-.12345"/>')).toBe(
      '<rect width="46.04" x="8.5" y="-0.12"/>',
    );
  });

  it('leaves the text a reader sees alone, however many decimals it has', () => {
    const text = '<text x="5.123456" dy="0.32em">22.795亿元</text>';
    expect(roundPlotNumbers(text)).toBe('<text x="5.12" dy="0.32em">22.795亿元</text>');
  });
});
