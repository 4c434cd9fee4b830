import { describe, expect, it } from 'vitest';
import { mapTextSize } from '../../src/lib/map/layoutMapText';
import { aroundPoint, TextPlacer, textRect, textWidthEm } from '../../src/lib/map/placeMapText';

describe('placeMapText', () => {
  it('measures CJK as one em and digits as about half', () => {
    expect(textWidthEm('甘肃')).toBe(2);
    expect(textWidthEm('2024年')).toBeCloseTo(3.24, 2);
    expect(textRect({ text: '甘肃', size: 10, anchor: 'middle', dy: 0.35 }, [100, 50])).toEqual({
      x0: 90,
      y0: 50 + 3.5 - 8.8,
      x1: 110,
      y1: 50 + 3.5 + 1.2,
    });
  });

  it('moves a label off one already placed, then leaves out one with no free spot', () => {
    const placer = new TextPlacer(200, 100);
    const item = (id: string, at: [number, number]) => ({
      id,
      text: '天津',
      size: 10,
      anchor: 'middle' as const,
      dy: 0.35,
      candidates: aroundPoint(at, 10, 2),
    });
    expect(placer.placeText(item('a', [100, 50]), 0)).toEqual([100, 50]);
    // Same spot: the first free candidate is below.
    expect(placer.placeText(item('b', [100, 50]), 0)).toEqual([100, 60.5]);
    // At the edge: the candidates that cross it are refused.
    expect(placer.placeText(item('c', [3, 50]), 0)).toEqual([19, 50]);
    const full = new TextPlacer(30, 12, [{ x0: 0, y0: 0, x1: 30, y1: 12 }]);
    expect(full.placeText(item('d', [15, 6]), 0)).toBeUndefined();
  });

  it('sets text so it renders at 11 px or more on a 340 px phone and a 736 px column', () => {
    for (const width of [720, 960]) {
      expect((mapTextSize(width, 'narrow') * 340) / width).toBeGreaterThanOrEqual(11);
      expect((mapTextSize(width, 'wide') * 736) / width).toBeGreaterThanOrEqual(11);
    }
    expect(mapTextSize(960, 'narrow')).toBe(32);
  });
});
