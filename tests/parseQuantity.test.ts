import { describe, expect, it } from 'vitest';
import type { Unit } from '../src/lib/model/metrics';
import { findQuantities, parseQuantity } from '../src/lib/quantity/parseQuantity';
import type { Qualifier } from '../src/lib/schema/curatedFile';

// Figures as the five archived articles write them (000–004 = the files in shared/sources), with
// the value, unit and qualifier a reader gets from them.
const ARTICLE_FIGURES: readonly [string, number, Unit, Qualifier, string][] = [
  // 000 (经济日报, national 2023 figures)
  ['231.9亿元', 23_190_000_000, 'yuan', 'exact', '000'],
  ['2.5万人', 25_000, 'person', 'exact', '000'],
  ['2.8万余人', 28_000, 'person', 'at-least', '000'],
  ['3293.9万人', 32_939_000, 'person', 'exact', '000'],
  ['274.7万人', 2_747_000, 'person', 'exact', '000'],
  ['3000万人以上', 30_000_000, 'person', 'at-least', '000'],
  ['660名', 660, 'person', 'exact', '000'],
  ['14个', 14, 'count', 'exact', '000'],
  ['1684.8亿元', 168_480_000_000, 'yuan', 'exact', '000'],
  ['1104.8亿元', 110_480_000_000, 'yuan', 'exact', '000'],
  ['81.5万名', 815_000, 'person', 'exact', '000'],
  ['54.3万人', 543_000, 'person', 'exact', '000'],
  ['超过1亿美元', 100_000_000, 'usd', 'at-least', '000'],
  ['近5500万元', 55_000_000, 'yuan', 'approx', '000'],
  ['约4万人次', 40_000, 'person-time', 'approx', '000'],
  ['600多亩', 600, 'mu', 'at-least', '000'],
  ['3900亩', 3900, 'mu', 'exact', '000'],
  ['30多家', 30, 'count', 'at-least', '000'],
  ['22所', 22, 'count', 'exact', '000'],
  ['27位', 27, 'person', 'exact', '000'],
  ['超过20万元', 200_000, 'yuan', 'at-least', '000'],
  // 001 (人民日报 via 公益时报, 粤桂)
  ['20多亿元', 2_000_000_000, 'yuan', 'at-least', '001'],
  ['6823万元', 68_230_000, 'yuan', 'exact', '001'],
  ['87栋', 87, 'count', 'exact', '001'],
  ['50万平方米', 500_000, 'sqm', 'exact', '001'],
  ['5800多个', 5800, 'count', 'at-least', '001'],
  ['376人次', 376, 'person-time', 'exact', '001'],
  ['134.88亿元', 13_488_000_000, 'yuan', 'exact', '001'],
  ['71.62亿元', 7_162_000_000, 'yuan', 'exact', '001'],
  ['2.04万人', 20_400, 'person', 'exact', '001'],
  ['1.9万多人', 19_000, 'person', 'at-least', '001'],
  ['73.85万人', 738_500, 'person', 'exact', '001'],
  ['37.86万人', 378_600, 'person', 'exact', '001'],
  ['4次', 4, 'count', 'exact', '001'],
  // 002 (中国乡村振兴网, 城阳–渭源)
  ['14439.1万元', 144_391_000, 'yuan', 'exact', '002'],
  ['7135万元', 71_350_000, 'yuan', 'exact', '002'],
  ['1.1万户', 11_000, 'count', 'exact', '002'],
  ['3万亩', 30_000, 'mu', 'exact', '002'],
  ['50场次', 50, 'count', 'exact', '002'],
  ['2期', 2, 'count', 'exact', '002'],
  ['16份', 16, 'count', 'exact', '002'],
  ['4500元以上', 4500, 'yuan', 'at-least', '002'],
  ['三千元左右', 3000, 'yuan', 'approx', '002'],
  ['130余名', 130, 'person', 'at-least', '002'],
  ['7.27万人', 72_700, 'person', 'exact', '002'],
  ['13.89亿元', 1_389_000_000, 'yuan', 'exact', '002'],
  ['723.6万元', 7_236_000, 'yuan', 'exact', '002'],
  ['143.6万元', 1_436_000, 'yuan', 'exact', '002'],
  ['450人次', 450, 'person-time', 'exact', '002'],
  // 003 (惠州–黔西南)
  ['3.57亿元', 357_000_000, 'yuan', 'exact', '003'],
  ['40.5414亿元', 4_054_140_000, 'yuan', 'exact', '003'],
  ['27.5331亿元', 2_753_310_000, 'yuan', 'exact', '003'],
  ['41476人', 41_476, 'person', 'exact', '003'],
  ['16042人', 16_042, 'person', 'exact', '003'],
  ['7146.18万元', 71_461_800, 'yuan', 'exact', '003'],
  ['158期', 158, 'count', 'exact', '003'],
  ['14918人次', 14_918, 'person-time', 'exact', '003'],
  ['1383户', 1383, 'count', 'exact', '003'],
  ['7所', 7, 'count', 'exact', '003'],
  // 004 (甘肃日报, Traditional script)
  ['32.14億元', 3_214_000_000, 'yuan', 'exact', '004'],
  ['1502個', 1502, 'count', 'exact', '004'],
  ['4.99億元', 499_000_000, 'yuan', 'exact', '004'],
  ['128.44億元', 12_844_000_000, 'yuan', 'exact', '004'],
  ['10.46萬名', 104_600, 'person', 'exact', '004'],
  ['8.52萬名', 85_200, 'person', 'exact', '004'],
  ['1.7萬人次', 17_000, 'person-time', 'exact', '004'],
  ['17項', 17, 'count', 'exact', '004'],
  ['100個以上', 100, 'count', 'at-least', '004'],
  ['至少3個', 3, 'count', 'at-least', '004'],
  ['150多個', 150, 'count', 'at-least', '004'],
  // research notes, second pass (苏青, 鲁渝)
  ['突破20.1亿元', 2_010_000_000, 'yuan', 'at-least', 'research'],
  ['突破98亿元', 9_800_000_000, 'yuan', 'at-least', 'research'],
];

describe('parseQuantity: figures from the articles', () => {
  it.each(ARTICLE_FIGURES)('%s → %d %s (%s) [%s]', (expression, value, unit, qualifier) => {
    const parsed = parseQuantity(expression);
    expect(parsed).toMatchObject({ ok: true, value, unit, qualifier });
  });

  it('gives exact integers where naive floating point would not', () => {
    // The trap is real for figures in 003 and 004: 40.5414 × 1e8 and 10.46 × 1e4 are not integers in doubles.
    expect(40.5414 * 1e8).not.toBe(4_054_140_000);
    expect(10.46 * 1e4).not.toBe(104_600);
    for (const [expression, value] of [
      ['40.5414亿元', 4_054_140_000],
      ['10.46萬名', 104_600],
      ['0.57亿元', 57_000_000],
      ['2.8万余人', 28_000],
      ['14439.1万元', 144_391_000],
      ['7146.18万元', 71_461_800],
      ['0.0001万元', 1],
    ] as const) {
      const parsed = parseQuantity(expression);
      expect(parsed.ok && Number.isInteger(parsed.value) && parsed.value === value).toBe(true);
    }
  });

  it('reports the numeral canonicalised (half-width, simplified multipliers, no 多/余, no separators)', () => {
    expect(parseQuantity('2.8万余人')).toMatchObject({ number: '2.8万' });
    expect(parseQuantity('2.8萬餘人')).toMatchObject({ number: '2.8万', value: 28_000, qualifier: 'at-least' });
    expect(parseQuantity('20多亿元')).toMatchObject({ number: '20亿' });
    expect(parseQuantity('1,684.8亿元')).toMatchObject({ number: '1684.8亿', value: 168_480_000_000 });
    expect(parseQuantity('十四个')).toMatchObject({ number: '十四' });
  });

  it('says whether the expression names its unit (58万 in 58万农村劳动力 does not)', () => {
    expect(parseQuantity('58万')).toEqual({
      ok: true,
      value: 580_000,
      unit: 'count',
      qualifier: 'exact',
      number: '58万',
      unitWritten: false,
    });
    expect(parseQuantity('3.57亿元')).toMatchObject({ unit: 'yuan', unitWritten: true });
    expect(parseQuantity('三千元左右')).toMatchObject({ unitWritten: true });
  });
});

describe('parseQuantity: the forms the grammar must read', () => {
  it.each([
    ['十四个', 14, 'count', 'exact'],
    ['三千', 3000, 'count', 'exact'],
    ['一百二十', 120, 'count', 'exact'],
    ['一百零五人', 105, 'person', 'exact'],
    ['三千五', 3500, 'count', 'exact'],
    ['两万多人', 20_000, 'person', 'at-least'],
    ['两', 2, 'count', 'exact'],
    ['兩個', 2, 'count', 'exact'],
    ['3万余', 30_000, 'count', 'at-least'],
    ['45亿多元', 4_500_000_000, 'yuan', 'at-least'],
    ['1.2万亿元', 1_200_000_000_000, 'yuan', 'exact'],
    ['一亿二千万元', 120_000_000, 'yuan', 'exact'],
    ['3千万元', 30_000_000, 'yuan', 'exact'],
    ['１２，３４５．６元', 12_345.6, 'yuan', 'exact'],
    ['１６０４２人', 16_042, 'person', 'exact'],
    ['1,684.8亿元', 168_480_000_000, 'yuan', 'exact'],
    ['大约200名', 200, 'person', 'approx'],
    ['将近3000人', 3000, 'person', 'approx'],
    ['逾1000人', 1000, 'person', 'at-least'],
    ['超2万吨', 20_000, 'tonne', 'at-least'],
    ['不到10人', 10, 'person', 'at-most'],
    ['不足5家', 5, 'count', 'at-most'],
    ['50个以内', 50, 'count', 'at-most'],
    ['超過3000萬人以上', 30_000_000, 'person', 'at-least'],
    ['約4萬人次', 40_000, 'person-time', 'approx'],
    ['100億元', 10_000_000_000, 'yuan', 'exact'],
    ['2000萬元', 20_000_000, 'yuan', 'exact'],
    ['5批', 5, 'count', 'exact'],
    ['12場', 12, 'count', 'exact'],
    ['3項', 3, 'count', 'exact'],
    ['200户', 200, 'count', 'exact'],
    [' 660名 ', 660, 'person', 'exact'],
  ] as const)('%s → %d %s (%s)', (expression, value, unit, qualifier) => {
    expect(parseQuantity(expression)).toMatchObject({ ok: true, value, unit, qualifier });
  });
});

describe('parseQuantity: what is not a quantity', () => {
  it.each([
    ['', 'empty expression'],
    ['   ', 'empty expression'],
    ['十四五', 'not a quantity: "十四五" (numerals in a row, as in a name like 十四五 or a code)'],
    ['二〇二三年', 'not a quantity: "二〇二三年" (numerals in a row, as in a name like 十四五 or a code)'],
    ['东西部协作', 'no number in "东西部协作"'],
    ['3000公斤', 'unknown unit "公斤" in "3000公斤"'],
    ['48岁', '"48岁" is a date, a time or an age ("岁"), not a quantity'],
    ['2023年', '"2023年" is a date, a time or an age ("年"), not a quantity'],
    ['11月', '"11月" is a date, a time or an age ("月"), not a quantity'],
    ['60%以上', '"60%以上" is a percentage, not a quantity'],
    ['212.1%', '"212.1%" is a percentage, not a quantity'],
    ['第01版', '"第01版" is an ordinal, not a quantity'],
    ['累计4万人次', 'unexpected text "累计" before the number in "累计4万人次"'],
    ['660名干部', 'unexpected text "干部" after the figure in "660名干部"'],
    ['约20多万元', 'conflicting qualifiers "约" and "多" in "约20多万元"'],
    ['万人', 'no number in "万人"'],
    ['千万家', 'no number in "千万家"'],
  ])('%j → %s', (expression, error) => {
    expect(parseQuantity(expression)).toEqual({ ok: false, error });
  });
});

/** The figures found in a sentence, as [text, start, value, unit, qualifier]. */
function found(sentence: string): [string, number, number, Unit, Qualifier][] {
  return findQuantities(sentence).map((q) => [q.text, q.start, q.parsed.value, q.parsed.unit, q.parsed.qualifier]);
}

describe('findQuantities', () => {
  it('finds the figures of a 000 sentence and skips its year', () => {
    const s =
      '2023年,东部8个省市向西部10个省区市投入财政援助资金231.9亿元,协作双方互派党政挂职干部3045人、专业技术人才2.5万人。';
    expect(found(s)).toEqual([
      ['8个', s.indexOf('8个'), 8, 'count', 'exact'],
      ['10个', s.indexOf('10个'), 10, 'count', 'exact'],
      ['231.9亿元', s.indexOf('231.9'), 23_190_000_000, 'yuan', 'exact'],
      ['3045人', s.indexOf('3045'), 3045, 'person', 'exact'],
      ['2.5万人', s.indexOf('2.5万'), 25_000, 'person', 'exact'],
    ]);
  });

  it('keeps qualifiers with the figure and skips dates and percentages (000)', () => {
    const s =
      '截至2023年11月底,全国脱贫劳动力务工规模3293.9万人,超出年度目标274.7万人,稳住了脱贫人口60%以上的收入。今年,农业农村部将会同人力资源社会保障部深入实施防止返贫就业攻坚行动,确保脱贫劳动力务工就业规模稳定在3000万人以上';
    expect(found(s)).toEqual([
      ['3293.9万人', s.indexOf('3293.9'), 32_939_000, 'person', 'exact'],
      ['274.7万人', s.indexOf('274.7'), 2_747_000, 'person', 'exact'],
      ['3000万人以上', s.indexOf('3000万'), 30_000_000, 'person', 'at-least'],
    ]);
  });

  it('takes a prefix qualifier into the span', () => {
    const s = '2023年,九龙县生态茶叶现代农业产业园区综合产值7083万元,实现茶叶销售收入近5500万元';
    expect(found(s)).toEqual([
      ['7083万元', s.indexOf('7083'), 70_830_000, 'yuan', 'exact'],
      ['近5500万元', s.indexOf('近5500'), 55_000_000, 'yuan', 'approx'],
    ]);
  });

  it('reads adjacent figures and 多 before the unit (001)', () => {
    const s =
      '累计投入20多亿元,其中投入粤桂帮扶资金6823万元。目前,园区建成87栋50万平方米标准厂房,入驻企业62家,可提供就业岗位5800多个。';
    expect(found(s).map(([text, , value, unit, qualifier]) => [text, value, unit, qualifier])).toEqual([
      ['20多亿元', 2_000_000_000, 'yuan', 'at-least'],
      ['6823万元', 68_230_000, 'yuan', 'exact'],
      ['87栋', 87, 'count', 'exact'],
      ['50万平方米', 500_000, 'sqm', 'exact'],
      ['62家', 62, 'count', 'exact'],
      ['5800多个', 5800, 'count', 'at-least'],
    ]);
  });

  it('finds nothing in plan names, year ranges, page labels and dates (001)', () => {
    expect(
      findQuantities(
        '此外,两省份还形成了《“十四五”时期粤桂协作框架协议》《粤桂协作和区域合作工作清单(省级层面)》《粤桂东西部协作规划(2021—2025)》等多项文件',
      ),
    ).toEqual([]);
    expect(findQuantities('第01版:头版')).toEqual([]);
    expect(findQuantities('2023年11月07日 星期二')).toEqual([]);
    expect(findQuantities('今年1至9月,两省份持续发挥作用')).toEqual([]);
    // 002: 第二批 is an ordinal, not 2 batches.
    expect(
      findQuantities('参加渭源县2021年东西部协作第二批专业技术人员培训班的130余名参训学员').map((q) => q.text),
    ).toEqual(['130余名']);
  });

  it('skips slogans and idioms that contain numerals (002)', () => {
    expect(findQuantities('“订单式”农业让“小小一朵花、惠及千万家”,实现了观光与增收的双赢')).toEqual([]);
    expect(findQuantities('采用“龙头企业+合作社+基地+农户”的“四位一体”经营模式和“553”全产业链发展体系')).toEqual([]);
    expect(findQuantities('组织实施劳务协作“十百千万”计划')).toEqual([]);
    expect(findQuantities('“我来这里打工四个年头了,工作一直很稳定。”48岁的装配工')).toEqual([]);
  });

  it('skips a weight in 公斤 but reads a Chinese-numeral price (002)', () => {
    const s = '一亩地可以产出3000公斤左右的鲜花。按一公斤1元的价格算,每亩产值可达三千元左右。';
    expect(found(s)).toEqual([
      ['1元', s.indexOf('1元'), 1, 'yuan', 'exact'],
      ['三千元左右', s.indexOf('三千'), 3000, 'yuan', 'approx'],
    ]);
  });

  it('reads Traditional script and skips 9月 (004)', () => {
    const s =
      '截至9月底,東部協作省市共幫助甘肅受援地區10.46萬名農村勞動力實現轉移就業,其中脫貧人口8.52萬名,並依托東部和中央定點幫扶單位資源累計培訓農村勞動力1.7萬人次。';
    expect(found(s)).toEqual([
      ['10.46萬名', s.indexOf('10.46'), 104_600, 'person', 'exact'],
      ['8.52萬名', s.indexOf('8.52'), 85_200, 'person', 'exact'],
      ['1.7萬人次', s.indexOf('1.7'), 17_000, 'person-time', 'exact'],
    ]);
  });

  it('reads 至少 and 以上 (004) and skips the percentage in 均超過協議數34%', () => {
    const s =
      '計劃協力打造鄉村振興示範村100個以上,其中每個鄉村振興重點幫扶縣至少3個,其他幫扶縣至少1個。財政援助資金到位32.14億元,均超過協議數34%';
    expect(found(s).map(([text, , value, , qualifier]) => [text, value, qualifier])).toEqual([
      ['100個以上', 100, 'at-least'],
      ['至少3個', 3, 'at-least'],
      ['至少1個', 1, 'at-least'],
      ['32.14億元', 3_214_000_000, 'exact'],
    ]);
  });

  it('does not take 约 or 近 from 签约 and 就近', () => {
    const s = '签约50个项目,吸纳农村劳动力就地就近1299人';
    expect(found(s)).toEqual([
      ['50个', s.indexOf('50'), 50, 'count', 'exact'],
      ['1299人', s.indexOf('1299'), 1299, 'person', 'exact'],
    ]);
  });

  it('skips spam codes and counts in 003 with a trailing 100%', () => {
    const s =
      '召开党政联席会议1次,7个协作县(市)党委或政府主要负责同志率队赴惠州市结对区(县)考察对接14次;完成协议确定任务3.57亿元的100%';
    expect(found(s).map(([text]) => text)).toEqual(['1次', '7个', '14次', '3.57亿元']);
    expect(findQuantities('营销经验j9九游会-真人游戏第一品牌,在西湖区')).toEqual([]);
  });

  it('reports figures written without a unit when a word for people follows, or when they have 万/亿', () => {
    // Clauses quoted in the research notes (长江日报 2024-10 on 沪滇, 央视 2020-07 on 闽宁).
    const s = '帮助13.76万农村劳动力、11.76万脱贫劳动力实现就业';
    expect(findQuantities(s)).toEqual([
      {
        text: '13.76万',
        start: s.indexOf('13.76'),
        end: s.indexOf('农村'),
        parsed: { ok: true, value: 137_600, unit: 'count', qualifier: 'exact', number: '13.76万', unitWritten: false },
        impliedUnit: 'person',
      },
      {
        text: '11.76万',
        start: s.indexOf('11.76'),
        end: s.indexOf('脱贫'),
        parsed: { ok: true, value: 117_600, unit: 'count', qualifier: 'exact', number: '11.76万', unitWritten: false },
        impliedUnit: 'person',
      },
    ]);
    const t = '已有5700家福建籍企业、商户入驻宁夏…近50000宁夏人在福建实现稳定就业';
    expect(findQuantities(t).map((q) => [q.text, q.parsed.value, q.parsed.qualifier, q.impliedUnit])).toEqual([
      ['5700家', 5700, 'exact', undefined],
      ['近50000', 50_000, 'approx', 'person'],
    ]);
    expect(findQuantities('惠及3万余,覆盖全县')).toMatchObject([{ text: '3万余', parsed: { value: 30_000 } }]);
    expect(findQuantities('十万火急')).toEqual([]);
    expect(findQuantities('互联网新闻信息许可证10120230004 丨 邮编:100028')).toEqual([]);
  });

  it('gives offsets that slice back to the figure, and the same reading as parseQuantity', () => {
    const s = '城阳区向渭源县选派专业技术人才 15人,渭源县向城阳区选派专业技术24人。全年１２，３４５．６元';
    const all = findQuantities(s);
    expect(all.map((q) => q.text)).toEqual(['15人', '24人', '１２，３４５．６元']);
    for (const q of all) {
      expect(s.slice(q.start, q.end)).toBe(q.text);
      expect(parseQuantity(q.text)).toEqual(q.parsed);
    }
  });
});
