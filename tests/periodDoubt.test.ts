import { describe, expect, it } from 'vitest';
import { castsPeriodDoubt } from '../src/lib/data/periodDoubt';
import { type SourceInfo, selectHeadlines } from '../src/lib/data/selectHeadlines';
import { compiledFact } from './fixtures/compiledFact';

const sources = new Map<string, SourceInfo>([
  ['src-a', { date: '2022-03-01', confidence: 'high' }],
  ['src-b', { date: '2021-07-07', confidence: 'high' }],
]);

/** 浙江→四川 cadres: 155名 in post by July 2021 (四川在线) and 155名 sent in 2021 (四川日报). */
const cadres = (id: string, period: string, sourceId: string, quote = `${id}：155名`) =>
  compiledFact({
    id,
    sourceId,
    quote,
    period,
    metric: 'people.cadres',
    metricLabel: '挂职干部',
    family: 'people',
    expression: '155名',
    value: 155,
    unit: 'person',
    from: 'zhejiang',
    to: 'sichuan',
  });

describe('castsPeriodDoubt', () => {
  it('doubts a funds total that another source prints for part of the same year (231.9亿元: 2023 or Jan–Nov)', () => {
    const year = compiledFact({ id: 'year', expression: '231.9亿元' });
    const november = compiledFact({ id: 'nov', period: '2023-01..2023-11', expression: '231.9亿元' });
    expect(castsPeriodDoubt(year, november)).toBe(true);
  });

  it('accepts the same cadre roster for the round’s first months and its whole year', () => {
    const year = cadres('year', '2021', 'src-a');
    const july = cadres('july', '2021-01..2021-07', 'src-b');
    expect(castsPeriodDoubt(year, july)).toBe(false);
    const [headline] = selectHeadlines([year, july], sources);
    expect(headline).toMatchObject({ factId: 'year', periodInDoubt: false });
    expect(headline?.reason).toContain('已是同一人数（同一轮挂职干部）');
  });

  it('doubts a cadre count when both periods quote one sentence (全国互派干部3045人: 2023 or Jan–Nov)', () => {
    const sentence = '协作双方互派党政挂职干部3045人';
    expect(
      castsPeriodDoubt(cadres('y', '2023', 'src-a', sentence), cadres('n', '2023-01..2023-11', 'src-b', sentence)),
    ).toBe(true);
  });

  it('still doubts a cadre count repeated for another year, or different numbers never', () => {
    expect(castsPeriodDoubt(cadres('a', '2021', 'src-a'), cadres('b', '2022', 'src-b'))).toBe(true);
    const other = compiledFact({ id: 'other', period: '2023-01..2023-11', expression: '40亿元' });
    expect(castsPeriodDoubt(compiledFact({ id: 'year' }), other)).toBe(false);
  });
});
