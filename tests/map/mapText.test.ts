import { describe, expect, it } from 'vitest';
import { LABOR_ARROW_TEXT, qualifierNote, sourceText } from '../../src/lib/map/mapText';
import type { MapFigure } from '../../src/lib/map/types';

const figure = (over: Partial<MapFigure>): MapFigure =>
  ({
    expression: '16亿元',
    qualifier: 'exact',
    source: {
      id: 's',
      title: '鲁甘东西部协作（奔流新闻）（原题不详，本站拟题）',
      outlet: '奔流新闻',
      date: '2025-04-23',
    },
    ...over,
  }) as MapFigure;

describe('qualifierNote: one phrase per qualifier', () => {
  it('adds nothing when the figure as written says it (16亿元以上, 超50亿元, 200多名, 6万余名)', () => {
    for (const expression of ['16亿元以上', '超50亿元', '200多名', '6万余名'])
      expect(qualifierNote({ qualifier: 'at-least', expression })).toBe('');
    expect(qualifierNote({ qualifier: 'approx', expression: '约3万人' })).toBe('');
  });
  it('names it once when the figure does not (16亿元 marked at-least)', () => {
    expect(qualifierNote({ qualifier: 'at-least', expression: '16亿元' })).toBe('至少此数');
    expect(qualifierNote({ qualifier: 'approx', expression: '3万人' })).toBe('约数');
    expect(qualifierNote({ qualifier: 'exact', expression: '3万人' })).toBe('');
  });
});

describe('sourceText names the outlet once', () => {
  it('drops the outlet a made-up title repeats, and says 本站拟题 briefly', () => {
    expect(sourceText(figure({}))).toBe('奔流新闻（2025-04-23）：鲁甘东西部协作（本站拟题）');
  });
  it('drops a bracket the outlet contains (自治区粤桂协作办 in 广西壮族自治区粤桂协作办)', () => {
    const f = figure({
      source: {
        id: 's',
        title: '粤桂协作2022年工作情况（自治区粤桂协作办）（原题不详，本站拟题）',
        outlet: '广西壮族自治区粤桂协作办（报告；刊载媒体未署名）',
        date: '2023-06-01',
      },
    });
    expect(sourceText(f)).toBe(
      '广西壮族自治区粤桂协作办（报告；刊载媒体未署名）（2023-06-01）：粤桂协作2022年工作情况（本站拟题）',
    );
  });
  it('keeps a real title whole', () => {
    const f = figure({
      source: { id: 's', title: '调动各方力量 持续助力发展', outlet: '人民日报', date: '2022-10-12' },
    });
    expect(sourceText(f)).toBe('人民日报（2022-10-12）：调动各方力量 持续助力发展');
  });
});

it('the labour layer says which way the workers go', () => {
  expect(LABOR_ARROW_TEXT).toContain('从西部出发');
});
