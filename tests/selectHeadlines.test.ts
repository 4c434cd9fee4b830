import { describe, expect, it } from 'vitest';
import { periodKey, type SourceInfo, selectHeadlines } from '../src/lib/data/selectHeadlines';
import { compiledFact } from './fixtures/compiledFact';

/** A fiscal-aid fact of 广东→广西, varied per test. */
const fact = compiledFact;

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
    const november = fact({ id: 'nov', sourceId: 'src-b', period: '2023-01..2023-11', value: 1, expression: '40亿元' });
    const full = fact({ id: 'full' });
    const [h] = selectHeadlines([november, full], sources);
    expect(h).toMatchObject({
      factId: 'full',
      period: '2023',
      alternatives: ['nov'],
      // In Chinese, because readers see it beside the card.
      reason: '只有全时期的总数能作主要数字：选用2023年全年的45.98亿元，而非2023年1—11月的40亿元',
      conflict: false,
      periodInDoubt: false,
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
    expect(h).toMatchObject({
      factId: 'a',
      conflict: true,
      reason: '发布更新：选用2023年全年的100人，而非2023年全年的120人',
    });
  });

  it('prefers a confident source, then an exact figure', () => {
    const low = fact({ id: 'a-low', sourceId: 'src-low' });
    const high = fact({ id: 'z-high', sourceId: 'src-b' });
    expect(selectHeadlines([low, high], sources)[0]).toMatchObject({
      factId: 'z-high',
      reason: '来源更可信：选用2023年全年的45.98亿元，而非2023年全年的45.98亿元',
    });
    const approx = fact({ id: 'a-approx', qualifier: 'approx', expression: '约46亿元' });
    const exact = fact({ id: 'z-exact' });
    expect(selectHeadlines([approx, exact], sources)[0]).toMatchObject({
      factId: 'z-exact',
      reason: '数字更精确：选用2023年全年的45.98亿元，而非2023年全年的约46亿元',
    });
  });

  it('is independent of input order', () => {
    const facts = [fact({ id: 'x' }), fact({ id: 'y', sourceId: 'src-b' }), fact({ id: 'z', period: '2022' })];
    expect(selectHeadlines([...facts].reverse(), sources)).toEqual(selectHeadlines(facts, sources));
  });

  it('never makes an average, a standard, a component or a subset a headline (only totals)', () => {
    // 全国 2023: 231.9亿元 is the total; 县均5187万元 is a per-county average of the same release.
    const total = fact({ id: 'total', at: 'national', expression: '231.9亿元', value: 23_190_000_000 });
    const average = fact({
      id: 'average',
      at: 'national',
      basis: 'average',
      expression: '5187万元',
      value: 51_870_000,
    });
    const standard = fact({ id: 'standard', basis: 'standard', expression: '3900万元', value: 39_000_000 });
    const component = fact({ id: 'component', basis: 'component', expression: '5.21亿元', value: 521_000_000 });
    const subset = fact({ id: 'subset', basis: 'subset', expression: '228个', value: 228 });
    const headlines = selectHeadlines([average, standard, component, subset, total], sources);
    expect(headlines.map((h) => h.factId)).toEqual(['total']);
  });

  it('makes no headline of a part-year figure alone (上海→云南 38.18亿元 for 1—6月), keeping it for the tables', () => {
    const half = fact({ id: 'h1', period: '2024-01..2024-06', expression: '38.18亿元', value: 3_818_000_000 });
    expect(selectHeadlines([half], sources)).toEqual([]);
  });

  it('keeps a mutual figure apart from a one-way one (互派 267人 is not 东部→西部)', () => {
    const mutual = fact({ id: 'mutual', metric: 'people.cadres', direction: 'mutual', unit: 'person', value: 267 });
    const oneWay = fact({ id: 'one-way', metric: 'people.cadres', unit: 'person', value: 148 });
    expect(
      selectHeadlines([mutual, oneWay], sources)
        .map((h) => h.factId)
        .sort(),
    ).toEqual(['mutual', 'one-way']);
  });
});
