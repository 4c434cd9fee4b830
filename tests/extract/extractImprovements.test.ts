import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../src/lib/extract/extractDraft';
import { findTrap } from '../../src/lib/extract/findTrap';
import { formatDraftJson } from '../../src/lib/extract/formatDraftJson';
import { guessMetric } from '../../src/lib/extract/guessMetric';
import { guessPeriod } from '../../src/lib/extract/guessPeriod';
import { readMasthead } from '../../src/lib/extract/readMasthead';
import { scoreFields } from '../../src/lib/extract/scoreFields';
import { cleanArticle } from '../../src/lib/text/normalizeArticle';
import { fixturePairings, fixturePlaces, fixtureProvinces } from '../fixtures/curatedFixture';

const reference = { provinces: fixtureProvinces, places: fixturePlaces, pairings: fixturePairings };

describe('guessPeriod reads part-year and since phrases', () => {
  const period = (text: string, date = '2024-10-18') => guessPeriod([text], date).period;

  it('上半年, 前三季度 and 1—N月 of the article year, or of the year before when that part is not over', () => {
    expect(period('今年上半年，全省到位上海市财政援助资金38.18亿元')).toBe('2024-01..2024-06');
    expect(period('上半年引导东部地区341家企业', '2024-03-01')).toBe('2023-01..2023-06');
    expect(period('前三季度，累计销售')).toBe('2024-01..2024-09');
    expect(period('1—9月，帮助')).toBe('2024-01..2024-09');
    expect(period('2021年1—9月，帮助', '2022-03-01')).toBe('2021-01..2021-09');
  });

  it('今年 is cut at the article month for an outcome, and is the whole year for a target', () => {
    expect(period('今年，浙江省33亿元财政援助资金已经到位', '2021-07-07')).toBe('2021-01..2021-07');
    expect(guessPeriod(['今年计划投入5亿元'], '2021-07-07', 'target').period).toBe('2021');
    expect(period('今年以来，山东在重庆落地企业新增75家', '2023-10-19')).toBe('2023-01..2023-10');
  });

  it('N年来 counts back from the article date (3年多来, 26年来, 近两年来)', () => {
    expect(period('3年多来，天津累计向甘肃投入', '2024-07-25')).toBe('2021..2024-07');
    expect(period('26年来，福建累计派出', '2022-02-09')).toBe('1996..2022-02');
    expect(period('近两年来，天津累计', '2022-10-12')).toBe('2020..2022-10');
    expect(period('2023年以来，黔西南州', '2024-02-15')).toBe('2023');
  });

  it('截至 a month of 2021 starts with the round in January; later years leave the start open', () => {
    expect(period('截至6月底，累计新增引导落地投产企业94家', '2021-07-07')).toBe('2021-01..2021-06');
    expect(period('截至9月底，累计完成消费帮扶', '2022-10-12')).toBe('..2022-09');
  });

  it('carries a period that opens the lead paragraph, but not an event month', () => {
    const lead = { text: '2023年，京蒙两地聚焦稳就业', where: 'article' as const };
    expect(guessPeriod([{ text: '全区新增就业6.54万人', where: 'sentence' }, lead], '2024-03-19')).toMatchObject({
      period: '2023',
      confidence: 'medium',
      note: '“2023年” opening the lead paragraph: a stated year.',
    });
    const event = { text: '2021年4月，城阳区赴渭源考察', where: 'article' as const };
    expect(guessPeriod([{ text: '投入7135万元', where: 'sentence' }, event], '2021-11-13')).toMatchObject({
      period: '..2021-11',
      confidence: 'low',
    });
  });
});

describe('guessMetric knows the words of new articles', () => {
  const metric = (before: string, figure: string, after: string, unit: 'yuan' | 'person', sentence = '') =>
    guessMetric(before, figure, after, unit, sentence).metric;

  it('reads 财政资金, 区级资金, 消费协作, 销售 and 技术人才', () => {
    expect(metric('山东已累计投入财政资金', '53.75亿元', '', 'yuan')).toBe('funds.fiscal');
    expect(metric('到位区级资金', '5.21亿元', '', 'yuan')).toBe('funds.fiscal');
    expect(metric('消费协作规模从2021年的', '3.96亿元', '', 'yuan')).toBe('funds.consumption');
    expect(metric('协作销售农副产品和特色手工艺产品', '73.79亿元', '', 'yuan')).toBe('funds.consumption');
    expect(metric('选派', '330名', '专业技术人员', 'person')).toBe('people.professionals');
  });

  it('tells investment, local jobs, the poor part and workers going east apart', () => {
    expect(metric('京资进蒙新增', '150亿元', '', 'yuan')).toBe('funds.investment');
    expect(metric('到位资金', '74.9亿元', '', 'yuan', '产业协作持续深化，帮助引进企业550家，')).toBe(
      'funds.investment',
    );
    expect(metric('吸纳农村劳动力', '8896人', '', 'person')).toBe('labor.local');
    expect(metric('共实现脱贫人口新转移就业', '15650人', '', 'person')).toBe('labor.employed-poor');
    expect(metric('内蒙古', '4021名', '农村牧区劳动力进京就业', 'person')).toBe('labor.transferred-east');
  });
});

describe('findTrap', () => {
  it('sets aside per-person averages and marks training and meeting counts', () => {
    expect(findTrap('农民人均月收入提高', '300元', '')).toMatchObject({ setAside: true });
    expect(findTrap('两地共举办乡村振兴专题培训班', '230期', '')?.why).toMatch(/^a training figure/);
    expect(findTrap('培训基层干部', '1.2万人次', '')?.setAside).toBe(false);
    expect(findTrap('召开高层联席会议', '6次', '')?.why).toMatch(/^a count of meetings/);
    expect(findTrap('选派', '200名', '干部')).toBeUndefined();
  });
});

describe('readMasthead', () => {
  it('finds navigation, dateline, byline and footer lines, the outlet, the reporters and the headline', () => {
    const lines = [
      '首页 | 新闻 | 东西部协作 | 专题',
      '您现在的位置：首页 > 东西部协作 > 正文',
      '津甘协作三年结出累累硕果',
      '2024-07-25 09:41 来源：天津日报',
      '记者 王睿 通讯员 李强',
      '3年多来，天津市与甘肃省认真落实东西部协作部署。',
      '责任编辑：张华',
      '主办单位：天津日报社 津ICP备00000000号',
    ];
    const m = readMasthead(lines);
    expect([...m.chrome].sort()).toEqual([0, 1, 3, 4, 6, 7]);
    expect(m).toMatchObject({ outlet: '天津日报', authors: ['王睿', '李强'], title: '津甘协作三年结出累累硕果' });
  });

  it('reads a wire dateline and keeps names in the article’s script', () => {
    const m = readMasthead([
      '閩寧協作續寫山海情',
      '2022-02-09 16:20:11 來源：新華社',
      '新華社銀川2月9日電（記者 馬麗娟）',
    ]);
    expect(m).toMatchObject({ outlet: '新华社', authors: ['馬麗娟'], title: '閩寧協作續寫山海情' });
  });
});

describe('spam in both scripts', () => {
  it('removes the Traditional form of injected brands', () => {
    const clean = cleanArticle('兩省共建產業園區40個。尊龍凱時ag旗艦廳\n');
    expect(clean.paragraphs).toEqual(['兩省共建產業園區40個。']);
    expect(clean.removed.map((r) => r.what)).toEqual(['尊龙凯时ag旗舰厅']);
  });
});

describe('extractDraft on a page with header, byline and traps', () => {
  const raw = [
    '首页 > 新闻中心 > 甘肃 > 正文',
    '鲁甘协作新进展',
    '2021-10-18 08:00 来源：甘肃日报',
    '本报记者 洪文泉',
    '2021年，鲁甘两省持续深化协作，山东省向甘肃省投入财政援助资金5亿元。',
    '两省共举办培训班30期。',
    '山东省选派党政干部20名到甘肃省挂职。',
    '责任编辑：王军',
  ].join('\n');
  const result = extractDraft({ raw, file: '042_fixture.txt', reference });
  if (!result.ok) throw new Error(result.error);
  const { draft } = result;

  it('fills title, outlet and authors from the header and keeps its lines out of the facts', () => {
    expect(draft.source).toMatchObject({ title: '鲁甘协作新进展', outlet: '甘肃日报', authors: ['洪文泉'] });
    expect(draft.facts.map((f) => f.expression)).toEqual(['5亿元', '30期', '20名']);
  });

  it('carries the lead paragraph’s year and marks the training figure, with per-field confidence', () => {
    const cadres = draft.facts.find((f) => f.expression === '20名');
    expect(cadres).toMatchObject({ period: '2021', from: 'shandong', to: 'gansu' });
    expect(cadres?._confidence).toEqual({ metric: 'high', places: 'high', period: 'medium', status: 'high' });
    const courses = draft.facts.find((f) => f.expression === '30期');
    expect(courses?._review).toContain('trap');
    expect(courses?.note).toMatch(/^TRAP — a training figure/);
  });
});

describe('formatDraftJson', () => {
  it('writes short lists of values on one line and long ones one per line, as biome does', () => {
    const long = Array.from({ length: 12 }, (_, i) => `noise line number ${i}`);
    expect(formatDraftJson({ a: ['x', 'y'], b: [], c: { d: 1 }, e: long })).toBe(
      `{\n  "a": ["x", "y"],\n  "b": [],\n  "c": {\n    "d": 1\n  },\n  "e": [\n${long.map((l) => `    "${l}"`).join(',\n')}\n  ]\n}\n`,
    );
  });
});

describe('scoreFields', () => {
  const fact = {
    metric: 'funds.fiscal',
    value: 645e7,
    unit: 'yuan',
    qualifier: 'exact',
    status: 'outcome',
    period: '2021..2024-07',
    from: 'tianjin',
    to: 'gansu',
  };
  const provinceOf = (id: string) => (id === 'dingxi' ? 'gansu' : id);

  it('scores each field apart: a county for its province keeps the direction, a reversed flow does not', () => {
    const score = scoreFields(
      [fact, { ...fact, value: 4381, unit: 'person', metric: 'people.cadres' }],
      [
        { ...fact, to: 'dingxi', period: '2021-01..2024-07' },
        { ...fact, value: 4381, unit: 'person', metric: 'people.cadres', from: 'gansu', to: 'tianjin' },
        { ...fact, value: 1 },
      ],
      provinceOf,
    );
    expect(score.recall).toEqual({
      value: 2,
      metric: 2,
      places: 0,
      direction: 1,
      period: 2,
      qualifier: 2,
      status: 2,
      all: 0,
    });
    expect(score.proposals).toBe(3);
    expect(score.precision.value).toBe(2);
  });
});

describe('a figure for several receivers', () => {
  it('is not given to one of them: the common place, or none with a note to split it', async () => {
    const { loadReference } = await import('../../src/lib/reference/loadReference');
    const raw = '山东省向重庆市、甘肃省投入财政援助资金12亿元。\n';
    const result = extractDraft({ raw, file: '042_x.txt', date: '2023-12-01', reference: loadReference() });
    if (!result.ok) throw new Error(result.error);
    const [fact] = result.draft.facts;
    expect(fact).toMatchObject({ from: 'shandong', metric: 'funds.fiscal' });
    expect(fact?.to).toBeUndefined();
    expect(fact?._confidence.places).toBe('low');
    expect(fact?.note).toContain(
      'several receivers (重庆市、甘肃省): split the figure per receiver if the article does',
    );
  });
});
