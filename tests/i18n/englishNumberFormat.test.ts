import { describe, expect, it } from 'vitest';
import { englishNumberFormat } from '../../src/lib/i18n/english/englishNumberFormat';
import { formatMapValue } from '../../src/lib/map/formatMapValue';

describe('englishNumberFormat (one formatter per option set)', () => {
  it('writes what toLocaleString writes with the same options', () => {
    for (const n of [1.758, 17.58, 3045, 1234567.891, 0.5, 25_000]) {
      for (const digits of [0, 2, 4]) {
        for (const grouping of [true, false]) {
          expect(englishNumberFormat(digits, grouping).format(n)).toBe(
            n.toLocaleString('en-US', { maximumFractionDigits: digits, useGrouping: grouping }),
          );
        }
      }
    }
  });

  it('keeps a formatter per option set: another digit count or grouping gives another answer', () => {
    expect(englishNumberFormat(2, true).format(1234.5678)).toBe('1,234.57');
    expect(englishNumberFormat(4, true).format(1234.5678)).toBe('1,234.5678');
    expect(englishNumberFormat(2, false).format(1234.5678)).toBe('1234.57');
    expect(englishNumberFormat(2, true)).toBe(englishNumberFormat(2, true));
  });

  it('leaves the map key values as they were: 17.58亿元, 1500人, 12,000,000万人', () => {
    expect(formatMapValue(1_758_000_000, '亿元')).toBe('17.58亿元');
    expect(formatMapValue(1500, '人')).toBe('1500人');
    expect(formatMapValue(120_000_000_000, '万人')).toBe('12,000,000万人');
  });
});
