import { describe, expect, it } from 'vitest';
import { periodKey, type SourceInfo, selectHeadlines } from '../src/lib/data/selectHeadlines';
import type { CompiledFact } from '../src/lib/data/types';

/** A fiscal-aid fact of 广东→广西, varied per test. */
function fact(overrides: Partial<CompiledFact> & Pick<CompiledFact, 'id'>): CompiledFact {
  return {
    sourceId: 'src-a',
    metric: 'funds.fiscal',
    metricLabel: '财政援助资金',
    family: 'funds',
    expression: '45.98亿元',
    value: 4_598_000_000,
    unit: 'yuan',
    qualifier: 'exact',
    status: 'outcome',
    from: 'guangdong',
    to: 'guangxi',
    level: 'province',
    provinces: ['guangdong', 'guangxi'],
    pair: 'guangdong--guangxi',
    period: '2023',
    periodLabel: '2023年',
    periodStart: '2023-01',
    periodEnd: '2023-12',
    quote: '广东投入财政援助资金45.98亿元',
    ...overrides,
  };
}

const sources = new Map<string, SourceInfo>([
  ['src-a', { date: '2024-01-10', confidence: 'high' }],
  ['src-b', { date: '2023-12-05', confidence: 'high' }],
  ['src-low', { date: '2024-03-01', confidence: 'low' }],
]);

describe('periodKey', () => {
  it('groups a partial year under its calendar year and keeps longer periods as written', () => {
    expect(periodKey({ period: '2023-01..2023-11', periodStart: '2023-01', periodEnd: '2023-11' })).toBe('2023');
    expect(periodKey({ period: '2021..2023', periodStart: '2021-01', periodEnd: '2023-12' })).toBe('2021..2023');
    expect(periodKey({ period: '..2023-10', periodEnd: '2023-10' })).toBe('..2023-10');
  });
});

describe('selectHeadlines', () => {
  it('prefers the full-year figure over the end-of-November release of the same year (cut-off rule)', () => {
    const november = fact({
      id: 'nov',
      sourceId: 'src-b',
      period: '2023-01..2023-11',
      periodEnd: '2023-11',
      value: 1,
      expression: '40亿元',
    });
    const full = fact({ id: 'full' });
    const [h] = selectHeadlines([november, full], sources);
    expect(h).toMatchObject({
      factId: 'full',
      period: '2023',
      alternatives: ['nov'],
      reason: 'later cut-off',
      conflict: false,
    });
  });

  it('never lets a target compete with an outcome, nor adds them', () => {
    const target = fact({ id: 'target', status: 'target', value: 9_000_000_000, expression: '90亿元' });
    const outcome = fact({ id: 'outcome' });
    const headlines = selectHeadlines([target, outcome], sources);
    expect(headlines.map((h) => [h.factId, h.status])).toEqual([
      ['outcome', 'outcome'],
      ['target', 'target'],
    ]);
    expect(headlines.every((h) => h.alternatives.length === 0)).toBe(true);
  });

  it('keeps a county figure apart from its province (nested scopes are never merged)', () => {
    const county = fact({ id: 'county', from: 'qingdao-chengyang', to: 'dingxi-weiyuan', level: 'district' });
    const province = fact({ id: 'province' });
    expect(selectHeadlines([county, province], sources)).toHaveLength(2);
  });

  it('keeps 人 and 人次 apart', () => {
    const persons = fact({ id: 'p', metric: 'people.trained', unit: 'person', expression: '1.7万人', value: 17000 });
    const times = fact({
      id: 't',
      metric: 'people.trained',
      unit: 'person-time',
      expression: '1.7万人次',
      value: 17000,
    });
    expect(selectHeadlines([persons, times], sources)).toHaveLength(2);
  });

  it('flags a conflict when two sources give different values for exactly the same period', () => {
    const a = fact({ id: 'a', value: 100, expression: '100人', unit: 'person', metric: 'people.cadres' });
    const b = fact({
      id: 'b',
      sourceId: 'src-b',
      value: 120,
      expression: '120人',
      unit: 'person',
      metric: 'people.cadres',
    });
    const [h] = selectHeadlines([a, b], sources);
    expect(h).toMatchObject({ factId: 'a', conflict: true, reason: 'newer release' });
  });

  it('prefers a confident source, then an exact figure', () => {
    const low = fact({ id: 'a-low', sourceId: 'src-low' });
    const high = fact({ id: 'z-high', sourceId: 'src-b' });
    expect(selectHeadlines([low, high], sources)[0]).toMatchObject({
      factId: 'z-high',
      reason: 'more confident source',
    });
    const approx = fact({ id: 'a-approx', qualifier: 'approx', expression: '约46亿元' });
    const exact = fact({ id: 'z-exact' });
    expect(selectHeadlines([approx, exact], sources)[0]).toMatchObject({
      factId: 'z-exact',
      reason: 'more precise figure',
    });
  });

  it('is independent of input order', () => {
    const facts = [
      fact({ id: 'x' }),
      fact({ id: 'y', sourceId: 'src-b' }),
      fact({ id: 'z', period: '2022', periodStart: '2022-01', periodEnd: '2022-12' }),
    ];
    expect(selectHeadlines([...facts].reverse(), sources)).toEqual(selectHeadlines(facts, sources));
  });
});
