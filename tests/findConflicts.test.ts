import { describe, expect, it } from 'vitest';
import { disagree, findConflicts } from '../src/lib/data/findConflicts';
import type { CompiledFact } from '../src/lib/data/types';
import { formatConflictHeading } from '../src/lib/format/formatConflictHeading';
import { compiledFact } from './fixtures/compiledFact';

/** 浙江→四川 cadres 2016–2020, the research notes' known conflict (144 vs 100). */
const fact = (id: string, sourceId: string, value: number, extra: Partial<CompiledFact> = {}): CompiledFact =>
  compiledFact({
    id,
    sourceId,
    value,
    expression: `${value}名`,
    metric: 'people.cadres',
    unit: 'person',
    from: 'zhejiang',
    to: 'sichuan',
    period: '2016..2020',
    ...extra,
  });

/** The places the tests need: 广西 and 贵州 inside nothing; a county inside its province. */
const places = {
  placeAncestors: (id: string) =>
    ({
      'dingxi-weiyuan': ['dingxi-weiyuan', 'dingxi', 'gansu'],
      'qingdao-chengyang': ['qingdao-chengyang', 'qingdao', 'shandong'],
    })[id] ?? [id],
};
const ids = (map: Map<string, { factId: string; kind: string }[]>) =>
  Object.fromEntries([...map].map(([k, v]) => [k, v.map((c) => `${c.kind}:${c.factId}`)]));

describe('findConflicts', () => {
  it('links facts of two sources that disagree on the same figure, with the other value in words', () => {
    const conflicts = findConflicts([fact('a', 's1', 144), fact('b', 's2', 100)], places);
    expect(ids(conflicts)).toEqual({ a: ['different-value:b'], b: ['different-value:a'] });
    expect(conflicts.get('a')?.[0]?.text).toBe('另一来源为100名（2016—2020年累计）');
  });

  it('ignores agreement, the same source, and different periods or directions', () => {
    expect(findConflicts([fact('a', 's1', 144), fact('b', 's2', 144)], places).size).toBe(0);
    expect(findConflicts([fact('a', 's1', 144), fact('b', 's1', 100)], places).size).toBe(0);
    expect(findConflicts([fact('a', 's1', 144), fact('b', 's2', 100, { period: '2020' })], places).size).toBe(0);
    const reverse = fact('b', 's2', 100, { from: 'sichuan', to: 'zhejiang', direction: 'west-to-east' });
    expect(findConflicts([fact('a', 's1', 144), reverse], places).size).toBe(0);
  });

  it('never flags two different measures under one metric (捐赠资金 21.2亿 vs 捐助款物 28.5亿)', () => {
    const social = { metric: 'funds.social', unit: 'yuan', at: 'national', period: '2023-01..2023-11' } as const;
    const donated = fact('donated', 's1', 2_120_000_000, { ...social, measure: '捐赠资金' });
    const goods = fact('goods', 's2', 2_850_000_000, { ...social, measure: '捐助款物' });
    expect(findConflicts([donated, goods], places).size).toBe(0);
  });

  it('flags a part larger than its whole (粤桂 73.85万 for 1—9月 inside 广东→桂黔 40.7万 for 1—11月)', () => {
    const labour = { metric: 'labor.employed', unit: 'person', from: 'guangdong' } as const;
    const part = fact('yuegui', 's1', 738_500, { ...labour, to: 'guangxi', period: '2023-01..2023-09' });
    const { to: _, ...wholeBase } = fact('guangdong', 's2', 407_000, {
      ...labour,
      period: '2023-01..2023-11',
      jointTo: ['guangxi', 'guizhou'],
    });
    const conflicts = findConflicts([part, wholeBase as CompiledFact], places);
    expect(ids(conflicts)).toEqual({
      yuegui: ['part-exceeds-whole:guangdong'],
      guangdong: ['part-exceeds-whole:yuegui'],
    });
  });

  it('does not flag a part smaller than its whole, nor a whole written as a lower bound', () => {
    const county = fact('county', 's1', 4, { from: 'qingdao-chengyang', to: 'dingxi-weiyuan', period: '2021' });
    const province = fact('province', 's2', 100, { from: 'shandong', to: 'gansu', period: '2021' });
    expect(findConflicts([county, province], places).size).toBe(0);
    const atLeast = fact('province', 's2', 2, { from: 'shandong', to: 'gansu', period: '2021', qualifier: 'at-least' });
    expect(findConflicts([county, atLeast], places).size).toBe(0);
  });

  it('flags one precise value given for two periods (沪滇 38.18亿元: 2022年1—7月 and 2024年1—6月)', () => {
    const hudian = {
      metric: 'funds.fiscal',
      unit: 'yuan',
      from: 'shanghai',
      to: 'yunnan',
      expression: '38.18亿元',
    } as const;
    const in2022 = fact('ynrb', 's1', 3_818_000_000, { ...hudian, period: '2022-01..2022-07' });
    // 云南日报 says 已投入 (no stage), 春城晚报 says 到位: the repeat is flagged all the same.
    const in2024 = fact('ccwb', 's2', 3_818_000_000, { ...hudian, period: '2024-01..2024-06', stage: 'arrived' });
    const conflicts = findConflicts([in2022, in2024], places);
    expect(ids(conflicts)).toEqual({
      ynrb: ['same-value-other-period:ccwb'],
      ccwb: ['same-value-other-period:ynrb'],
    });
    expect(conflicts.get('ynrb')?.[0]?.text).toBe('另一来源给2024年1—6月的数字也是38.18亿元');
    expect(conflicts.get('ccwb')?.[0]?.text).toBe('另一来源给2022年1—7月的数字也是38.18亿元');
  });

  it('lets round values, one source and targets repeat across periods (200名 in 2023 and 2024)', () => {
    expect(
      findConflicts([fact('a', 's1', 200, { period: '2023' }), fact('b', 's2', 200, { period: '2024' })], places).size,
    ).toBe(0);
    expect(
      findConflicts([fact('a', 's1', 1274, { period: '2023' }), fact('b', 's1', 1274, { period: '2024' })], places)
        .size,
    ).toBe(0);
    const target = { status: 'target' } as const;
    const plans = [
      fact('a', 's1', 1274, { ...target, period: '2023' }),
      fact('b', 's2', 1274, { ...target, period: '2024' }),
    ];
    expect(findConflicts(plans, places).size).toBe(0);
    expect(
      findConflicts([fact('a', 's1', 1274, { period: '2023' }), fact('b', 's2', 1274, { period: '2024' })], places)
        .size,
    ).toBe(2);
  });

  it('treats rounding as agreement', () => {
    expect(disagree(5_278_800_000, 5_280_000_000)).toBe(false);
    expect(disagree(144, 100)).toBe(true);
  });
});

/**
 * Issue 18: parts are matched to wholes through an index (places and containing places, values below the part's)
 * instead of every total against every other. The answer must be what the pairwise rule gives: here it is worked
 * out by that rule, written out plainly, on a grid of places, periods and values (county inside province inside
 * national, a joint side, a lower bound).
 */
describe('findConflicts: parts and wholes found through the index', () => {
  const ancestors: Record<string, string[]> = {
    'dingxi-weiyuan': ['dingxi-weiyuan', 'dingxi', 'gansu'],
    dingxi: ['dingxi', 'gansu'],
    'qingdao-chengyang': ['qingdao-chengyang', 'qingdao', 'shandong'],
    qingdao: ['qingdao', 'shandong'],
    national: ['national'],
  };
  const lookup = { placeAncestors: (id: string) => ancestors[id] ?? [id] };
  const within = (id: string | undefined, one: string | undefined, joint: readonly string[] | undefined) => {
    const outer = one === undefined ? joint : [one];
    if (outer === undefined) return id === undefined;
    if (id === undefined) return false;
    return outer.some((o) => o === 'national' || lookup.placeAncestors(id).includes(o));
  };
  /** The rule, pair by pair, as it reads in `findConflicts`' documentation. */
  const pairwise = (facts: CompiledFact[]): string[] =>
    facts.flatMap((part) =>
      facts
        .filter(
          (whole) =>
            part !== whole &&
            part.metric === whole.metric &&
            whole.qualifier !== 'at-least' &&
            part.jointFrom === undefined &&
            part.jointTo === undefined &&
            !(part.from === whole.from && part.to === whole.to && part.period === whole.period) &&
            within(part.from, whole.from, whole.jointFrom) &&
            within(part.to, whole.to, whole.jointTo) &&
            part.periodEnd <= whole.periodEnd &&
            (whole.periodStart === undefined ||
              (part.periodStart !== undefined && part.periodStart >= whole.periodStart)) &&
            part.value > whole.value &&
            disagree(part.value, whole.value),
        )
        .flatMap((whole) => [`${part.id}>${whole.id}`, `${whole.id}<${part.id}`]),
    );
  const fromIndex = (facts: CompiledFact[]): string[] =>
    [...findConflicts(facts, lookup)].flatMap(([id, list]) =>
      list
        .filter((c) => c.kind === 'part-exceeds-whole')
        .map((c) => `${id}${c.text.startsWith('大于') ? '>' : '<'}${c.factId}`),
    );
  const ends: Pick<CompiledFact, 'from' | 'to' | 'jointTo'>[] = [
    { from: 'shandong', to: 'gansu' },
    { from: 'qingdao', to: 'dingxi' },
    { from: 'qingdao-chengyang', to: 'dingxi-weiyuan' },
    { from: 'qingdao', to: 'dingxi-weiyuan' },
    { from: 'national', to: 'gansu' },
    { from: 'shandong', jointTo: ['gansu', 'chongqing'] },
  ];
  const periods = ['2021', '2021-01..2021-06', '2021..2023', '..2022-12'];
  const values = [3, 50, 1000, 1002];
  const grid = ends.flatMap((end, e) =>
    periods.flatMap((period, p) =>
      values.map((value, v) => {
        const { to: _to, ...base } = fact(`f${e}${p}${v}`, `s${(e + p + v) % 3}`, value, { ...end, period });
        const f = (end.to === undefined ? base : { ...base, to: end.to }) as CompiledFact;
        return v === 1 && p === 2 ? { ...f, qualifier: 'at-least' as const } : f;
      }),
    ),
  );

  it('finds exactly the pairs the pairwise rule finds (county in province, national, joint sides, lower bounds)', () => {
    const expected = pairwise(grid).sort();
    expect(expected.length).toBeGreaterThan(100);
    expect(fromIndex(grid).sort()).toEqual(expected);
  });

  it('lists a part’s wholes in fact-id order, the larger whole of a county figure included', () => {
    const county = fact('county', 's1', 900, { from: 'qingdao-chengyang', to: 'dingxi-weiyuan', period: '2021' });
    const city = fact('city', 's2', 500, { from: 'qingdao', to: 'dingxi', period: '2021' });
    const province = fact('province', 's3', 100, { from: 'shandong', to: 'gansu', period: '2021..2023' });
    const conflicts = findConflicts([province, county, city], lookup);
    expect(conflicts.get('county')?.map((c) => c.factId)).toEqual(['city', 'province']);
    expect(conflicts.get('city')?.map((c) => `${c.kind}:${c.factId}`)).toEqual([
      'part-exceeds-whole:county',
      'part-exceeds-whole:province',
    ]);
  });
});

describe('formatConflictHeading', () => {
  it('names the most serious kind among a figure’s conflicts', () => {
    const c = (kind: 'different-value' | 'part-exceeds-whole' | 'same-value-other-period') => ({
      kind,
      factId: 'x',
      text: '',
    });
    expect(formatConflictHeading([c('same-value-other-period')])).toBe('与另一时段的数字相同，可能沿用了旧数字');
    expect(formatConflictHeading([c('part-exceeds-whole'), c('different-value')])).toBe('来源不一致');
    expect(formatConflictHeading([c('same-value-other-period'), c('part-exceeds-whole')])).toBe('与包含它的数字不符');
  });
});
