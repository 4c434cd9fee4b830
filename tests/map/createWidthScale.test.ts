import { describe, expect, it } from 'vitest';
import { createWidthScale } from '../../src/lib/map/createWidthScale';
import { formatMapValue } from '../../src/lib/map/formatMapValue';

describe('createWidthScale', () => {
  // 2021 funds in the fixture: 江苏→陕西 26.9亿元, 浙江→四川 34.05亿元.
  const funds = [2_690_000_000, 3_405_000_000];
  const scale = createWidthScale(funds, { min: 2, max: 22 });

  it('maps known values to known widths (linear, largest = max)', () => {
    expect(scale.domainMax).toBe(3_405_000_000);
    expect(scale.width(3_405_000_000)).toBe(22);
    expect(scale.width(2_690_000_000)).toBe(17.4); // 22 × 26.9 / 34.05 = 17.38
    expect(scale.width(1_000_000_000)).toBe(6.5); // 22 × 10 / 34.05 = 6.46
  });

  it('draws zero at the minimum width, never as a gap', () => {
    expect(scale.width(0)).toBe(2);
    expect(scale.width(50_000_000)).toBe(2); // 0.5亿元 would be 0.3px: clamped up
  });

  it('is monotonic and clamps above the domain', () => {
    const values = [0, 1e8, 5e8, 1e9, 2e9, 3e9, 3.405e9, 9e9];
    const widths = values.map((v) => scale.width(v));
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThanOrEqual(widths[i - 1] as number);
    expect(scale.width(9e9)).toBe(22);
  });

  it('offers a square-root scale', () => {
    const sqrt = createWidthScale([4e9], { min: 1, max: 20, kind: 'sqrt' });
    expect(sqrt.width(1e9)).toBe(10); // 20 × √(1/4)
  });

  it('gives legend ticks in real values with the unit label', () => {
    expect(scale.legendTicks('亿元')).toEqual([
      { value: 1_000_000_000, label: '10亿元', width: 6.5 },
      { value: 2_000_000_000, label: '20亿元', width: 12.9 },
      { value: 3_000_000_000, label: '30亿元', width: 19.4 },
    ]);
    const labor = createWidthScale([738_500, 41_476], { min: 2, max: 22 });
    expect(labor.legendTicks('万人').map((t) => t.label)).toEqual(['20万人', '40万人', '60万人']);
    const cadres = createWidthScale([376, 155], { min: 2, max: 22 });
    expect(cadres.legendTicks('人').map((t) => t.label)).toEqual(['100人', '200人', '300人']);
  });

  it('has no ticks when there is no figure at all', () => {
    expect(createWidthScale([], { min: 2, max: 22 }).legendTicks('人')).toEqual([]);
  });

  it('refuses negative values and a bad range, saying what it got', () => {
    expect(() => createWidthScale([-1], { min: 2, max: 22 })).toThrow('createWidthScale: a figure must be ≥ 0, got -1');
    expect(() => createWidthScale([1], { min: 0, max: 22 })).toThrow(
      'createWidthScale: need 0 < min ≤ max, got min 0, max 22',
    );
  });
});

describe('formatMapValue', () => {
  it('writes values in the legend units', () => {
    expect(formatMapValue(23_190_000_000, '亿元')).toBe('231.9亿元');
    expect(formatMapValue(357_000_000, '亿元')).toBe('3.57亿元');
    expect(formatMapValue(738_500, '万人')).toBe('73.85万人');
    expect(formatMapValue(41_476, '人')).toBe('41,476人');
    expect(formatMapValue(3045, '人')).toBe('3045人');
  });
});
