import { describe, expect, it } from 'vitest';
import type { Datasets } from '../src/lib/data/buildDatasets';
import { formatFactsCsv } from '../src/lib/data/formatFactsCsv';
import { loadContent } from '../src/lib/data/loadContent';
import { layoutPairingMap } from '../src/lib/map/layoutPairingMap';
import { loadChinaTopology } from '../src/lib/map/loadChinaTopology';
import { renderMapTable } from '../src/lib/map/renderMapTable';

/** The real curated data, compiled once for these tests. */
function build(): Datasets {
  const content = loadContent();
  if (!content.ok) throw new Error(`content has problems: ${JSON.stringify(content.problems.slice(0, 3))}`);
  return content.datasets;
}

const datasets = build();
const fact = (id: string) => {
  const found = datasets.facts.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no fact ${id}`);
  return found;
};

/** The home map's table for 财政援助资金 2023, as the page renders it (laid out once, for the tests that read it). */
let fundsTable: string | undefined;
function nationalFundsTable2023(): string {
  fundsTable ??= renderMapTable(
    layoutPairingMap(datasets.map, loadChinaTopology(), {
      width: 960,
      height: 760,
      only: { metric: 'funds', period: '2023' },
    }),
    { metric: 'funds', period: '2023' },
    '',
  );
  return fundsTable;
}

describe('the data build on the curated articles (known answers)', () => {
  it('reads the national 2023 fiscal aid from article 000 as 231.9亿元', () => {
    expect(fact('000-10-funds-fiscal-national')).toMatchObject({
      expression: '231.9亿元',
      value: 23_190_000_000,
      unit: 'yuan',
      qualifier: 'exact',
      at: 'national',
      level: 'national',
      periodLabel: '2023年',
    });
  });

  it('names the four givers of 甘肃’s 89.66亿元 (新华社 2020-10-17) and keeps it a figure of the whole province', () => {
    // “天津市、山東省青島市、福建省福州市和廈門市累計向甘肅投入財政援助資金89.66億元”: three of the givers are cities, but
    // the figure is what 甘肃 as a whole received, so it stays among 甘肃’s province figures.
    const f = fact('r-xinhua-2020-10-gansu-01-fiscal-cumulative');
    expect(f.labels.places).toBe('天津、青岛、福州、厦门 → 甘肃');
    expect(f.level).toBe('province');
    expect(f.provinces).toEqual(['tianjin', 'shandong', 'fujian', 'gansu']);
    // An end no article names is said in words (109 东部企业 came to 甘肃; the article does not say from where).
    expect(fact('004-07-count-enterprises-gansu').labels.places).toBe('（未写明） → 甘肃');
    // Workers those enterprises took on are in 甘肃; no partner is named, so none is written (not 甘肃（（未写明）协作）).
    expect(fact('004-09-labor-local-new-enterprises').labels.places).toBe('甘肃');
  });

  it('keeps 2.8万余人 as a lower bound', () => {
    expect(fact('000-16-cadres-and-professionals-national')).toMatchObject({ value: 28_000, qualifier: 'at-least' });
  });

  it('reads 惠州→黔西南 2023 from article 003 in both directions', () => {
    expect(fact('003-06-cadres-to-qianxinan')).toMatchObject({
      value: 20,
      from: 'huizhou',
      to: 'qianxinan',
      level: 'prefecture',
      pair: 'guangdong--guizhou',
    });
    expect(fact('003-08-cadres-to-huizhou')).toMatchObject({
      value: 9,
      from: 'qianxinan',
      to: 'huizhou',
      pair: 'guangdong--guizhou',
    });
    expect(fact('003-15-labor-to-guangdong')).toMatchObject({
      value: 16_042,
      metric: 'labor.transferred-east',
      from: 'qianxinan',
      to: 'guangdong',
    });
  });

  it('keeps Traditional expressions verbatim and reads them (article 004)', () => {
    const gansu = datasets.facts.filter((f) => f.sourceId === 'gsrb-2021-10-gansu');
    expect(gansu.some((f) => f.expression.includes('億') || f.expression.includes('萬'))).toBe(true);
  });

  it('picks the full-year 2023 national figure over the end-of-November release, keeping the other as context', () => {
    const headline = datasets.national.headlines.find(
      (h) => h.metric === 'funds.fiscal' && h.period === '2023' && h.status === 'outcome',
    );
    expect(headline).toMatchObject({
      factId: '000-10-funds-fiscal-national',
      reason:
        '只有全时期的总数能作主要数字：选用2023年全年的231.9亿元；另一来源把同一数字标为2023年1—11月，所以它可能只截至2023年1—11月',
      alternatives: ['r-gmrb-2024-01-national-01-fiscal'],
    });
    expect(fact('r-gmrb-2024-01-national-01-fiscal').periodEnd).toBe('2023-11');
  });

  it('marks the home card of 231.9亿元 时期存疑: 光明日报 printed the same number as 截至2023年11月底', () => {
    const card = datasets.national.cards.outcomes.find((c) => c.factId === '000-10-funds-fiscal-national');
    expect(card?.tags).toContainEqual({ text: '时期存疑', kind: 'conflict' });
    const cadres = datasets.national.cards.outcomes.find((c) => c.factId === '000-11-cadres-national');
    expect(cadres?.tags).toContainEqual({ text: '时期存疑', kind: 'conflict' });
  });

  it('says under the map too that 231.9亿元 may only run to 2023年1—11月 (the line, the table, the data)', () => {
    const national = datasets.map.figures.filter((f) => f.pair === 'national' && f.expression === '231.9亿元');
    expect(national.map((f) => [f.period, f.periodLabel, f.periodInDoubt?.periodLabel])).toEqual([
      ['2023', '2023年全年', '2023年1—11月'],
      ['latest', '2023年全年', '2023年1—11月'],
    ]);
    const table = nationalFundsTable2023();
    expect(table).toContain('时期存疑：另有来源把同一数字记为2023年1—11月');
  });

  it('does not doubt 浙江→四川 2021 cadres: 155名 in post by July and 155名 sent that year are one roster', () => {
    const figure = datasets.map.figures.find(
      (f) => f.pair === 'zhejiang--sichuan' && f.metric === 'cadres' && f.period === '2021',
    );
    expect(figure).toMatchObject({ expression: '155名', periodLabel: '2021年全年' });
    expect(figure?.periodInDoubt).toBeUndefined();
  });

  it('names a city pairing under its province pair like the province rows: 惠州—黔西南, flowing 惠州→黔西南', () => {
    const table = nationalFundsTable2023();
    expect(table).toContain('<th scope="row">惠州—黔西南</th><td data-label="流向">惠州→黔西南</td>');
  });

  it('never puts a county figure among its province headlines', () => {
    const shandong = datasets.provinces.find((p) => p.province.id === 'shandong');
    expect(shandong?.headlines.every((h) => h.from === 'shandong' || h.to === 'shandong' || h.at === 'shandong')).toBe(
      true,
    );
    expect(shandong?.facts.some((f) => f.level === 'district')).toBe(true);
  });

  it('gives the map one figure per pair, metric, year and direction, and never a target as delivered', () => {
    const keys = datasets.map.figures.map((f) => `${f.pair}|${f.metric}|${f.period}|${f.direction}|${f.status}`);
    expect(new Set(keys).size).toBe(keys.length);
    const target = datasets.map.figures.filter((f) => f.status === 'target');
    for (const t of target) expect(fact(t.factId).status).toBe('target');
    expect(datasets.map.periods.funds.every((p) => /^\d{4}$/.test(p) || p === 'latest')).toBe(true);
  });

  it('builds datasets for the 18 member provinces and the 11 province pairings', () => {
    expect(datasets.provinces).toHaveLength(18);
    expect(datasets.pairs.map((p) => p.pair.id)).toContain('shandong--gansu');
    expect(datasets.pairs).toHaveLength(11);
  });

  it('publishes a coverage cell per pair, metric and year', () => {
    const row = datasets.coverage.rows.find((r) => r.pair.id === 'jiangsu--shaanxi');
    expect(row?.cells['funds.fiscal']?.['2021']).toMatchObject({ kind: 'figure', display: '26.9亿元', marks: [] });
    expect(row?.cells['labor.transferred-east']?.['2025']).toEqual({ kind: 'none' });
  });
});

describe('conflicts between sources (known answers from the research notes)', () => {
  it('surfaces the 浙川 2016–2020 cadre counts, 144 (四川在线) against 100 (澎湃), on both facts', () => {
    expect(fact('r-scol-2021-06-zhechuan-02-cadres').conflicts?.map((c) => c.factId)).toEqual([
      'r-thepaper-2021-05-zhechuan-01-cadres',
    ]);
    expect(fact('r-thepaper-2021-05-zhechuan-01-cadres').conflicts?.map((c) => c.factId)).toEqual([
      'r-scol-2021-06-zhechuan-02-cadres',
    ]);
    const pair = datasets.pairs.find((p) => p.pair.id === 'zhejiang--sichuan');
    const headline = pair?.headlines.find((h) => h.metric === 'people.cadres' && h.period === '2016..2020');
    expect(headline?.conflict).toBe(true);
  });

  it('does not call the same figure rounded differently a conflict (52.788亿元 and 52.8亿元)', () => {
    const funds = datasets.facts.filter(
      (f) => f.metric === 'funds.fiscal' && f.pair === 'zhejiang--sichuan' && f.period === '2016..2020',
    );
    expect(funds.length).toBeGreaterThanOrEqual(1);
    expect(funds.every((f) => f.conflicts === undefined)).toBe(true);
  });
});

describe('determinism', () => {
  it('compiles the same data to the same bytes twice', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(datasets));
  });

  it('writes CSV with a BOM, a header and one quoted row per fact', () => {
    const sources = new Map(datasets.sources.map((s) => [s.id, s]));
    const csv = formatFactsCsv([fact('003-06-cadres-to-qianxinan')], {
      sources,
      places: datasets.places,
      site: 'https://shanhai.example.org',
    });
    const [header, row] = csv.replace('\uFEFF', '').trim().split('\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe(
      'fact_id,metric,metric_label,value,unit,unit_name,value_written,unit_written,expression,qualifier,status,from,to,at,from_name,to_name,at_name,level,period,period_label,source_id,source_title,source_outlet,source_date,source_url,source_page,quote,note,direction,coverage,basis,joint',
    );
    expect(row).toMatch(
      /^003-06-cadres-to-qianxinan,people\.cadres,党政干部,20,person,人,20,名,20名,exact,outcome,huizhou,qianxinan,,惠州,黔西南,,prefecture,2023,2023年,/,
    );
  });
});
