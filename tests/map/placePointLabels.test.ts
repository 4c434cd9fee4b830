import { describe, expect, it } from 'vitest';
import { placePointLabels } from '../../src/lib/map/placePointLabels';

describe('placePointLabels', () => {
  const point = (id: string, x: number, y: number, text = '渭源') => ({ id, x, y, text, anchor: 'start' as const });

  it('keeps the first of two overlapping labels and drops the second', () => {
    const shown = placePointLabels([point('a', 100, 100), point('b', 110, 104)], [], { point: 12, fixed: 14 });
    expect([...shown]).toEqual(['a']);
  });

  it('keeps labels that do not touch', () => {
    const shown = placePointLabels([point('a', 100, 100), point('b', 100, 130)], [], { point: 12, fixed: 14 });
    expect([...shown]).toEqual(['a', 'b']);
  });

  it('never covers a province label, and larger phone sizes drop more', () => {
    const province = { id: '620000', x: 130, y: 100, text: '甘肃', anchor: 'middle' as const };
    // 甘肃 at 14px, centred on x=130, spans 116–144; "渭源" at 12px from x=100 spans 100–124 and overlaps it.
    expect([...placePointLabels([point('a', 100, 100)], [province], { point: 12, fixed: 14 })]).toEqual([]);
    expect([...placePointLabels([point('a', 60, 100)], [province], { point: 12, fixed: 14 })]).toEqual(['a']);
    expect([...placePointLabels([point('a', 60, 100)], [province], { point: 26, fixed: 30 })]).toEqual([]);
  });
});
