import { describe, expect, it } from 'vitest';
import { disagree, findConflicts } from '../src/lib/data/findConflicts';
import type { CompiledFact } from '../src/lib/data/types';

const base = {
  metric: 'people.cadres',
  metricLabel: '党政干部',
  family: 'people',
  unit: 'person',
  qualifier: 'exact',
  status: 'outcome',
  from: 'zhejiang',
  to: 'sichuan',
  level: 'province',
  provinces: ['zhejiang', 'sichuan'],
  period: '2016..2020',
  periodLabel: '2016—2020年',
  periodStart: '2016-01',
  periodEnd: '2020-12',
  quote: '',
} as const;
const fact = (id: string, sourceId: string, value: number, extra: Partial<CompiledFact> = {}): CompiledFact => ({
  ...base,
  id,
  sourceId,
  value,
  expression: `${value}名`,
  ...extra,
});

describe('findConflicts', () => {
  it('links facts of two sources that disagree on the same figure', () => {
    const conflicts = findConflicts([fact('a', 's1', 144), fact('b', 's2', 100)]);
    expect(Object.fromEntries(conflicts)).toEqual({ a: ['b'], b: ['a'] });
  });

  it('ignores agreement, the same source, and different periods or directions', () => {
    expect(findConflicts([fact('a', 's1', 144), fact('b', 's2', 144)]).size).toBe(0);
    expect(findConflicts([fact('a', 's1', 144), fact('b', 's1', 100)]).size).toBe(0);
    expect(findConflicts([fact('a', 's1', 144), fact('b', 's2', 100, { period: '2020' })]).size).toBe(0);
    expect(findConflicts([fact('a', 's1', 144), fact('b', 's2', 100, { from: 'sichuan', to: 'zhejiang' })]).size).toBe(
      0,
    );
  });

  it('treats rounding as agreement', () => {
    expect(disagree(5_278_800_000, 5_280_000_000)).toBe(false);
    expect(disagree(144, 100)).toBe(true);
  });
});
