/**
 * Known answers for issue 11 ("honest comparisons"), on the real curated data: what each figure measures
 * (direction, coverage, basis), which figures may be headlines, cards, map arcs and coverage cells, and which
 * disagreements are flagged. Every figure named here is one the issue names.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/data/loadContent';

const content = loadContent();
if (!content.ok) throw new Error(`content has problems: ${JSON.stringify(content.problems.slice(0, 3))}`);
const { datasets } = content;
const fact = (id: string) => {
  const found = datasets.facts.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no fact ${id}`);
  return found;
};
const province = (id: string) => datasets.provinces.find((p) => p.province.id === id);
const pair = (id: string) => datasets.pairs.find((p) => p.pair.id === id);
const isHeadline = (id: string) =>
  [...datasets.provinces, ...datasets.pairs, datasets.national].some((d) => d.headlines.some((h) => h.factId === id));

describe('what a figure measures', () => {
  it('reads 互派 as mutual: 3045人 (national 2023), 粤桂 267人 and 2411人次, 城渭 4名', () => {
    for (const id of [
      '000-11-cadres-national',
      'r-a899-2023-06-yuegui-03-cadres',
      'r-a899-2023-06-yuegui-04-professionals',
      '002-01-cadres-exchanged',
    ]) {
      expect(fact(id)).toMatchObject({ direction: 'mutual', labels: { direction: '互派（双向合计）' } });
    }
  });

  it('reads a flow from west to east as such: 陕西→江苏 306名 (2021)', () => {
    expect(fact('r-sxrb-2022-02-sushaan-03-cadres-to-jiangsu')).toMatchObject({ direction: 'west-to-east' });
    expect(fact('r-sxrb-2022-02-sushaan-05-cadres-from-jiangsu')).toMatchObject({ direction: 'east-to-west' });
  });

  it('reads 每县 as a standard and 县均 as an average, never a total (浙江→四川 3900万元, 全国 5187万元)', () => {
    expect(fact('r-scol-2021-07-zhechuan-04-per-county-other')).toMatchObject({ basis: 'standard' });
    expect(fact('r-scol-2021-07-zhechuan-03-per-county-liangshan')).toMatchObject({ basis: 'standard' });
    expect(fact('r-gmrb-2024-01-national-02-fiscal-per-county')).toMatchObject({ basis: 'average' });
    expect(fact('r-fjrb-2016-07-minning-01-fiscal-province')).toMatchObject({ basis: 'component' });
  });

  it('labels a cumulative figure as cumulative, not as a year: 江苏社会力量累计捐款捐物11597万元', () => {
    expect(fact('r-yanqitong-2025-01-sushaan-05-social')).toMatchObject({
      coverage: 'to-date',
      labels: { coverage: '截至2024年12月累计' },
    });
    expect(fact('000-04-guitar-park-firms-zhengan')).toMatchObject({ coverage: 'stock' });
    expect(fact('r-ccwb-2024-10-hudian-01-fiscal')).toMatchObject({
      coverage: 'part-year',
      labels: { coverage: '2024年1—6月' },
    });
  });

  it('keeps one figure for two receivers whole: 广东→广西、贵州 40.7万, never split', () => {
    expect(fact('r-gmrb-2024-01-national-15-guangdong-labor')).toMatchObject({
      from: 'guangdong',
      jointTo: ['guangxi', 'guizhou'],
      // Workers counted in the west with the east's help are written where they are, not as an arrow.
      labels: { places: '广西、贵州（广东协作）' },
    });
    expect(fact('r-gmrb-2024-01-national-15-guangdong-labor').to).toBeUndefined();
  });

  it('writes display values in simplified characters and keeps the quote as written', () => {
    expect(fact('r-scrb-2022-03-zhechuan-02-fiscal')).toMatchObject({ expression: '34.05億元', display: '34.05亿元' });
    expect(fact('r-dingxi-2025-05-qingdao-02-projects').display).toBe('864个');
    expect(fact('r-scrb-2022-03-zhechuan-02-fiscal').quote).toContain('億元');
  });
});

describe('headlines and cards', () => {
  it('puts 231.9亿元 (2023年全年) first on the home page, never the per-county 5187万元', () => {
    const [first] = datasets.national.cards.outcomes;
    expect(first).toMatchObject({ metricLabel: '财政援助资金', display: '231.9亿元', period: '2023年全年' });
    expect(isHeadline('r-gmrb-2024-01-national-02-fiscal-per-county')).toBe(false);
  });

  it('shows 3045人 as 互派 on its card', () => {
    const cadres = datasets.national.cards.outcomes.find((c) => c.metricLabel === '党政干部');
    expect(cadres).toMatchObject({
      display: '3045人',
      tags: [
        { text: '互派（双向合计）', kind: 'plain' },
        { text: '时期存疑', kind: 'conflict' },
      ],
    });
  });

  it('never makes a standard, a component, a subset or a part-year figure a headline', () => {
    for (const id of [
      'r-scol-2021-07-zhechuan-04-per-county-other', // 每县3900万元
      'r-scol-2021-07-zhechuan-03-per-county-liangshan', // 每县6000万元
      'r-fjrb-2016-07-minning-01-fiscal-province', // 省级5.05亿元
      '001-24-count-enterprises-in-parks', // 入园企业228个 (a subset of firms)
      'r-ccwb-2024-10-hudian-01-fiscal', // 38.18亿元, 1—6月
      'r-scol-2021-07-zhechuan-01-fiscal', // 33亿元, 1—7月
    ]) {
      expect(isHeadline(id), id).toBe(false);
    }
    const firms = pair('guangdong--guangxi')?.headlines.find(
      (h) => h.metric === 'count.enterprises' && h.period === '..2023-11',
    );
    expect(firms?.factId).toBe('001-20-count-enterprises-new');
  });

  it('keeps a county figure out of the province at its other end (黔西南→广东 16042人 is not 广东’s)', () => {
    expect(province('guangdong')?.headlines.some((h) => h.factId === '003-15-labor-to-guangdong')).toBe(false);
    expect(province('guangdong')?.facts.some((f) => f.id === '003-15-labor-to-guangdong')).toBe(true);
  });

  it('says why a page has no headline instead of calling it empty (广东—贵州 has figures only below province level)', () => {
    expect(pair('guangdong--guizhou')?.cards).toMatchObject({
      outcomes: [],
      emptyNote: '我们的来源中没有以广东与贵州两省之间为范围的数字；下表列出其市县的数字。',
    });
    // 云南's 38.18亿元 are for 1—6月 (2024) and 1—7月 (2022): no card for them; its fiscal card is 2021's full year,
    // and the cards it has name their measure.
    const yunnan = province('yunnan')?.cards.outcomes ?? [];
    expect(yunnan.some((c) => c.display === '38.18亿元')).toBe(false);
    expect(yunnan.find((c) => c.metricLabel === '财政援助资金')).toMatchObject({ display: '42.68亿元' });
    expect(yunnan.map((c) => c.metricLabel)).toEqual([
      '财政援助资金',
      '消费帮扶（采购、帮销农产品）',
      '结对医院（上海一方的医院）',
      '结对医院（云南一方的医院）',
    ]);
  });
});

describe('the map', () => {
  const figures = datasets.map.figures;
  const find = (pairId: string, metric: string, period: string) =>
    figures.filter((f) => f.pair === pairId && f.metric === metric && f.period === period);

  it('draws 上海→云南 38.18亿元 (1—6月) as not comparable, beside full-year figures of the same layer', () => {
    expect(find('shanghai--yunnan', 'funds', '2024')).toMatchObject([
      { expression: '38.18亿元', comparable: false, periodLabel: '2024年1—6月' },
    ]);
    expect(find('jiangsu--shaanxi', 'funds', '2024')).toMatchObject([{ expression: '26.42亿元', comparable: true }]);
  });

  it('keeps the reverse flow: 陕西→江苏 306名 and 江苏→陕西 148名 are both in the 2021 cadres view', () => {
    expect(
      find('jiangsu--shaanxi', 'cadres', '2021')
        .map((f) => `${f.direction} ${f.expression}`)
        .sort(),
    ).toEqual(['east-to-west 148名', 'west-to-east 306名']);
  });

  it('draws mutual figures as mutual (粤桂 2022 互派 267人; national 3045人)', () => {
    expect(find('guangdong--guangxi', 'cadres', '2022')).toMatchObject([{ direction: 'mutual', expression: '267人' }]);
    expect(find('national', 'cadres', '2023')).toMatchObject([{ direction: 'mutual', expression: '3045人' }]);
  });

  it('gives sub-pairings their figures (惠州→黔西南 3.57亿元, 20名, 41476人) and never adds them to 广东→贵州', () => {
    expect(find('huizhou--qianxinan', 'funds', '2023').filter((f) => f.status === 'outcome')).toMatchObject([
      { expression: '3.57亿元', comparable: true },
    ]);
    expect(find('huizhou--qianxinan', 'labor', '2023')).toMatchObject([{ expression: '41476人' }]);
    expect(find('guangdong--guizhou', 'funds', '2023')).toEqual([]);
    expect(find('qingdao-chengyang--dingxi-weiyuan', 'labor', '2021')).toMatchObject([
      { expression: '3534人', comparable: false, periodLabel: '截至2021年11月累计' },
    ]);
  });

  it('marks the 鲁甘 2021 labour conflict (5万 vs 5.47万) on the map too', () => {
    expect(find('shandong--gansu', 'labor', '2021')).toMatchObject([{ conflict: true }]);
  });

  it('opens on the view with the most comparable province-level arcs, and says why', () => {
    expect(datasets.map.defaults).toEqual({
      metric: 'funds',
      period: 'latest',
      reason: '默认显示财政援助资金“各结对最近一年”：6 条省级弧线有全年数字，多于任何单一年份；各弧线标出所用年份。',
    });
    // Pages open on a view with data for them.
    expect(datasets.map.focusDefaults.guizhou).toEqual({ metric: 'cadres', period: '2023' });
    expect(datasets.map.focusDefaults['shanghai--yunnan']).toEqual({ metric: 'funds', period: '2021' });
  });
});

describe('coverage and conflicts follow the same rules', () => {
  const cell = (pairId: string, metric: string, year: string) =>
    datasets.coverage.rows.find((r) => r.pair.id === pairId)?.cells[metric]?.[year];

  it('fills 浙川 2021 with the full-year 34.05亿元, not the 1—7月 33亿元', () => {
    expect(cell('zhejiang--sichuan', 'funds.fiscal', '2021')).toMatchObject({
      kind: 'figure',
      display: '34.05亿元',
      others: ['33亿元（2021年1—7月）'],
    });
  });

  it('fills 苏陕 cadres with 江苏→陕西 148名 and keeps 陕西→江苏 306名 beside it, marked', () => {
    expect(cell('jiangsu--shaanxi', 'people.cadres', '2021')).toMatchObject({
      display: '148名',
      others: ['306名（西部→东部）'],
    });
    expect(cell('jiangsu--shaanxi', 'people.cadres', '2023')).toMatchObject({ display: '145名' });
  });

  it('marks a part-year cell and never fills a province row with a county target (横琴→正安 200万元)', () => {
    expect(cell('shanghai--yunnan', 'funds.fiscal', '2024')).toMatchObject({ kind: 'partial', marks: ['2024年1—6月'] });
    expect(cell('guangdong--guizhou', 'funds.fiscal', '2024')).toEqual({ kind: 'none' });
  });

  it('does not flag 28.5亿 against 21.2亿 (two measures), but flags a part larger than its whole', () => {
    expect(fact('r-gmrb-2024-01-national-03-social').conflicts).toBeUndefined();
    expect(fact('001-31-labor-employed-2023').conflicts).toEqual([
      {
        kind: 'part-exceeds-whole',
        factId: 'r-gmrb-2024-01-national-15-guangdong-labor',
        text: '大于包含它的数字40.7万：广西、贵州（广东协作），2023年1—11月',
      },
    ]);
  });
});
