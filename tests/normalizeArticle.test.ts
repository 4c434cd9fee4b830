import { describe, expect, it } from 'vitest';
import {
  cleanArticle,
  normalizeForMatch,
  SPAM_PATTERNS,
  stripPinyinGlosses,
  stripSpam,
  toHalfWidth,
  toSimplified,
} from '../src/lib/text/normalizeArticle';

// Every snippet below is copied from the archived articles in shared/sources (000–004, named in
// each test); long paragraphs are cut to their first clause or sentence.

describe('stripSpam and SPAM_PATTERNS', () => {
  it('gives back the clean 000 sentence (line 6) with both gambling brands removed', () => {
    const raw =
      '一边是高品质原料生产基地,一边是成熟的技术和营销经验j9九游会-真人游戏第一品牌,在西湖区协作帮扶下尊龙凯时ag旗舰厅,漫山茶叶成了生金的“茶业”。';
    expect(stripSpam(raw)).toBe(
      '一边是高品质原料生产基地,一边是成熟的技术和营销经验,在西湖区协作帮扶下,漫山茶叶成了生金的“茶业”。',
    );
  });

  it('removes the spaced variant, ◆ marks (000 line 17) and the injected 公司新闻 (000 line 22)', () => {
    expect(
      stripSpam('返乡农民工◆◆j9九游会 - 真人游戏第一品牌、防返贫监测对象等重点群体开展技能培训,推进高质量就业创业◆。'),
    ).toBe('返乡农民工、防返贫监测对象等重点群体开展技能培训,推进高质量就业创业。');
    expect(stripSpam('从山东省泰安市岱岳区朱家庄村挂职学习回来后公司新闻,重庆市巫溪县土城镇平阳村党支部书记')).toBe(
      '从山东省泰安市岱岳区朱家庄村挂职学习回来后,重庆市巫溪县土城镇平阳村党支部书记',
    );
  });

  it('lists each noise pattern with a label it matches', () => {
    expect(SPAM_PATTERNS.map((p) => [p.kind, p.label])).toEqual([
      ['spam', 'j9九游会-真人游戏第一品牌'],
      ['spam', '尊龙凯时ag旗舰厅'],
      ['spam', '公司新闻'],
      ['mark', '◆'],
    ]);
    for (const { label, pattern } of SPAM_PATTERNS) expect(label.replace(pattern, '')).toBe('');
  });
});

describe('stripPinyinGlosses', () => {
  it('removes glosses inside words (004)', () => {
    expect(stripPinyinGlosses('協(xié)作')).toBe('協作');
    expect(stripPinyinGlosses('每日甘肅網(wǎng)發(fā)布時間:2021-10-18')).toBe('每日甘肅網發布時間:2021-10-18');
    expect(stripPinyinGlosses('協（xié）作')).toBe('協作');
    // 004 line 15 has mojibake right before a gloss; the gloss still goes.
    expect(stripPinyinGlosses('示範引領當?shù)剜l(xiāng)村振興')).toBe('示範引領當?shù)剜l村振興');
  });

  it('keeps real parentheses', () => {
    for (const text of [
      '互派4名干部分别到当地县(区)政府',
      '土地储备(拆迁)',
      '投诉电话:(010)59195820',
      '7个协作县(市)',
      '第14版:ESG (AI)',
    ]) {
      expect(stripPinyinGlosses(text)).toBe(text);
    }
  });
});

describe('toSimplified', () => {
  it('converts 004 to mainland Simplified, 著眼 included', () => {
    expect(toSimplified('甘肅東西部協作和中央單位定點幫扶工作高質高效推進落實')).toBe(
      '甘肃东西部协作和中央单位定点帮扶工作高质高效推进落实',
    );
    // 000 prints the same sentence in Simplified: "是党中央着眼推动区域协调发展".
    expect(toSimplified('是黨中央著眼推動區域協調發展')).toBe('是党中央着眼推动区域协调发展');
    expect(toSimplified('10.46萬名農村勞動力')).toBe('10.46万名农村劳动力');
  });

  it('leaves Simplified text alone and does not swap words (整合 stays 整合)', () => {
    const text = '为进一步集中帮扶优势,整合帮扶资源,国家对结对关系进行了优化调整';
    expect(toSimplified(text)).toBe(text);
  });
});

describe('toHalfWidth', () => {
  it('maps full-width digits and number punctuation to ASCII, one character for one', () => {
    expect(toHalfWidth('１２，３４５．６万元')).toBe('12,345.6万元');
    expect(toHalfWidth('Ｅ　Ｓ　Ｇ（１）')).toBe('E S G(1)');
    expect(toHalfWidth('2.8万余人、3.57亿元。')).toBe('2.8万余人、3.57亿元。');
    expect(toHalfWidth('１６０４２人').length).toBe('１６０４２人'.length);
  });
});

describe('normalizeForMatch', () => {
  it('turns 協(xié)作 into 协作', () => {
    expect(normalizeForMatch('協(xié)作')).toBe('协作');
  });

  it('drops whitespace, spam, ◆ and glosses, and converts script and width', () => {
    expect(normalizeForMatch('渠道更寬 內(nèi)涵更深　效果更好')).toBe('渠道更宽内涵更深效果更好');
    expect(normalizeForMatch('返乡农民工◆◆j9九游会 - 真人游戏第一品牌、防返贫')).toBe('返乡农民工、防返贫');
    expect(normalizeForMatch('１２，３４５．６元')).toBe('12,345.6元');
  });

  it('lets a quote in either script match the raw 004 line', () => {
    const raw = '截至9月底,天津市、山東省財政援助資金到位32.14億元,均超過協(xié)議數(shù)34%,實施協(xié)作項目1502個';
    const article = normalizeForMatch(raw);
    expect(article).toContain(normalizeForMatch('財政援助資金到位32.14億元'));
    expect(article).toContain(normalizeForMatch('财政援助资金到位32.14亿元'));
    expect(article).toContain(normalizeForMatch('均超过协议数34%'));
    expect(article).not.toContain(normalizeForMatch('财政援助资金到位32.41亿元'));
  });

  it('is idempotent', () => {
    for (const text of [
      '協 (xié)作',
      '开展东西部协(xié)作 和定点帮扶',
      '营销经验j9九游会 - 真人游戏第一品牌,在西湖区协作帮扶下尊龙凯时ag旗舰厅,漫山茶叶',
      '渠道更寬 內(nèi)涵更深 效果更好',
      '　１２，３４５．６元◆◆',
    ]) {
      const once = normalizeForMatch(text);
      expect(normalizeForMatch(once)).toBe(once);
    }
  });
});

describe('cleanArticle', () => {
  it('cleans 000 lines, keeping raw line and non-empty paragraph numbers', () => {
    const raw = [
      '新闻中心',
      '',
      '在广东新宝电器股份有限公司,大部分一线工人来自省外◆◆。',
      '一边是高品质原料生产基地,一边是成熟的技术和营销经验j9九游会-真人游戏第一品牌,在西湖区协作帮扶下尊龙凯时ag旗舰厅,漫山茶叶成了生金的“茶业”。',
      '',
      '针对农村转移劳动力◆◆、农村◆“两后生”◆、未就业高校毕业生◆、返乡农民工◆◆j9九游会 - 真人游戏第一品牌、防返贫监测对象等重点群体开展技能培训,推进高质量就业创业◆。',
      '“不仅开了眼界,还学到了先进村发展产业的宝贵经验。◆◆”从山东省泰安市岱岳区朱家庄村挂职学习回来后公司新闻,重庆市巫溪县土城镇平阳村党支部书记张亮风风火火地发展起了村集体经济。',
    ].join('\n');
    const clean = cleanArticle(raw);
    expect(clean.paragraphs).toEqual([
      '在广东新宝电器股份有限公司,大部分一线工人来自省外。',
      '一边是高品质原料生产基地,一边是成熟的技术和营销经验,在西湖区协作帮扶下,漫山茶叶成了生金的“茶业”。',
      '针对农村转移劳动力、农村“两后生”、未就业高校毕业生、返乡农民工、防返贫监测对象等重点群体开展技能培训,推进高质量就业创业。',
      '“不仅开了眼界,还学到了先进村发展产业的宝贵经验。”从山东省泰安市岱岳区朱家庄村挂职学习回来后,重庆市巫溪县土城镇平阳村党支部书记张亮风风火火地发展起了村集体经济。',
    ]);
    expect(clean.kept.map((k) => [k.paragraph, k.line])).toEqual([
      [2, 3],
      [3, 4],
      [4, 6],
      [5, 7],
    ]);
    expect(clean.kept.map((k) => k.text)).toEqual(clean.paragraphs);
    expect(clean.removed).toEqual([
      { kind: 'mark', what: '◆', count: 12, lines: [3, 6, 7] },
      { kind: 'spam', what: 'j9九游会-真人游戏第一品牌', count: 2, lines: [4, 6] },
      { kind: 'spam', what: '尊龙凯时ag旗舰厅', count: 1, lines: [4] },
      { kind: 'spam', what: '公司新闻', count: 1, lines: [7] },
      { kind: 'chrome', what: 'site section label', count: 1, lines: [1] },
    ]);
  });

  it("drops 001's newspaper navigation (53 lines) and the 上一期下一期 links", () => {
    const pages = ['头版', '新闻', '新闻', '党建', '社会治理', '社会工作', '社会工作', '新闻'];
    pages.push('新闻', '新闻', '新闻', '专题', '公益资讯', 'ESG', '志愿服务', '寻找慈善传统');
    const number = (i: number) => `第${String(i + 1).padStart(2, '0')}版`;
    const raw = [
      '首页 | 版面导航 | 标题导航',
      ...pages.map((p, i) => `\u00a0\u00a0 ${number(i)}:${p}`),
      '优势互补,助力乡村振兴',
      '湘西跑出乡村振兴“青”速度',
      '',
      '版面目录',
      '',
      ...pages.flatMap((p, i) => [number(i), p, '']),
      '新闻内容',
      '2023年11月07日 星期二上一期下一期',
      '粤桂携手,推动协作走深走实——',
      '优势互补,助力乡村振兴',
      '',
      '\u00a0\u00a0\u00a0\u00a0深秋的一个上午,广西壮族自治区南宁市隆安县震东社区居民钟莉像往常一样,送孩子上学后就赶到农民工创业园的厂里上班。',
    ].join('\n');
    const clean = cleanArticle(raw);
    expect(clean.paragraphs).toEqual([
      '2023年11月07日 星期二',
      '粤桂携手,推动协作走深走实——',
      '优势互补,助力乡村振兴',
      '深秋的一个上午,广西壮族自治区南宁市隆安县震东社区居民钟莉像往常一样,送孩子上学后就赶到农民工创业园的厂里上班。',
    ]);
    // Same numbers as in the real 001 file: the date is its 54th non-empty line, on line 72.
    expect(clean.kept.map((k) => [k.paragraph, k.line])).toEqual([
      [54, 72],
      [55, 73],
      [56, 74],
      [57, 76],
    ]);
    expect(clean.removed.map((r) => [r.kind, r.what, r.count])).toEqual([
      ['chrome', '上一期下一期', 1],
      ['chrome', 'newspaper navigation (版面导航 … 新闻内容)', 53],
    ]);
    expect(clean.removed[1]?.lines[0]).toBe(1);
    expect(clean.removed[1]?.lines.at(-1)).toBe(71);
  });

  it("detects 002's repeated body, keeps the first copy and drops credits and footer", () => {
    // 002, abridged: its banner, the start of the body, the credits, the second copy of the body
    // (where the 时间/来源/作者 line is split in three), and the site footer.
    const body = [
      '东西呼应,海陆遥望;对口帮扶,山海相连。',
      '',
      '一条母亲河将山东与甘肃紧密相连,一条战略部署让两个远在千里之外的地方紧密相连。',
      '',
      '顶层设计描绘“美好蓝图”',
      '',
      '今年,渭源县已累计输转7.27万人,实现劳务收入13.89亿元。',
      '',
    ];
    const raw = [
      '巩固拓展脱贫成果',
      '全面推进乡村振兴',
      '巩固拓展脱贫成果',
      '全面推进乡村振兴',
      '',
      '东西帮扶助振兴 山海相连情相依',
      '',
      '时间:2021-11-13 16:24:01来源:中国乡村振兴网作者:柴秋实 吴鲁 任存军',
      '',
      ...body,
      '0',
      '总监审姚卜成',
      '监 审韩世雄',
      '\u00a0',
      '责任编辑胡津瑞',
      '标签媒体关注\u00a0\u00a0\u00a0\u00a0',
      '部委省市',
      '',
      '东西帮扶助振兴 山海相连情相依',
      '',
      '时间:2021-11-13 16:24:01',
      '',
      '来源:中国乡村振兴网',
      '',
      '作者:柴秋实 吴鲁 任存军',
      '',
      ...body,
      '总监审:姚卜成',
      '监 审:韩世雄',
      '责任编辑:胡津瑞',
      '',
      '推荐阅读',
      '联系我们|网站介绍|管理团队|欢迎投稿|杂志订阅|网站声明|',
      '京ICP备2022015544号-1',
    ].join('\n');
    const clean = cleanArticle(raw);
    expect(clean.paragraphs).toEqual([
      '巩固拓展脱贫成果',
      '全面推进乡村振兴',
      '东西帮扶助振兴 山海相连情相依',
      '时间:2021-11-13 16:24:01来源:中国乡村振兴网作者:柴秋实 吴鲁 任存军',
      '东西呼应,海陆遥望;对口帮扶,山海相连。',
      '一条母亲河将山东与甘肃紧密相连,一条战略部署让两个远在千里之外的地方紧密相连。',
      '顶层设计描绘“美好蓝图”',
      '今年,渭源县已累计输转7.27万人,实现劳务收入13.89亿元。',
    ]);
    expect(clean.kept.map((k) => k.line)).toEqual([1, 2, 6, 8, 10, 12, 14, 16]);
    expect(clean.removed).toEqual([
      { kind: 'chrome', what: 'counter', count: 1, lines: [18] },
      { kind: 'chrome', what: 'editor credits', count: 6, lines: [19, 20, 22, 42, 43, 44] },
      { kind: 'chrome', what: 'tags', count: 1, lines: [23] },
      { kind: 'chrome', what: 'site section label', count: 2, lines: [24, 46] },
      { kind: 'chrome', what: 'site footer', count: 2, lines: [47, 48] },
      { kind: 'repeated-line', what: '巩固拓展脱贫成果', count: 1, lines: [3] },
      { kind: 'repeated-line', what: '全面推进乡村振兴', count: 1, lines: [4] },
      {
        kind: 'repeated-body',
        what: 'second copy of the body (repeats lines 6–16)',
        count: 8,
        lines: [26, 28, 30, 32, 34, 36, 38, 40],
      },
    ]);
  });

  it('keeps a heading whose words appeared earlier, when nothing is repeated word for word', () => {
    const raw = ['惠黔协作,携手推进乡村振兴,成效明显。', '携手推进乡村振兴', '时下,普安县早春茶陆续开采。'].join('\n');
    const clean = cleanArticle(raw);
    expect(clean.paragraphs).toHaveLength(3);
    expect(clean.removed).toEqual([]);
  });

  it('removes 004 glosses and reports each one, keeping Traditional script', () => {
    const raw = [
      '甘肅東西部協(xié)作和中央單位定點幫扶工作高質高效推進落實',
      '渠道更寬 內(nèi)涵更深 效果更好',
      '截至9月底,天津市、山東省財政援助資金到位32.14億元,均超過協(xié)議數(shù)34%,實施協(xié)作項目1502個',
    ].join('\n');
    const clean = cleanArticle(raw);
    expect(clean.paragraphs).toEqual([
      '甘肅東西部協作和中央單位定點幫扶工作高質高效推進落實',
      '渠道更寬 內涵更深 效果更好',
      '截至9月底,天津市、山東省財政援助資金到位32.14億元,均超過協議數34%,實施協作項目1502個',
    ]);
    expect(clean.removed).toEqual([
      { kind: 'gloss', what: '(xié)', count: 3, lines: [1, 3] },
      { kind: 'gloss', what: '(nèi)', count: 1, lines: [2] },
      { kind: 'gloss', what: '(shù)', count: 1, lines: [3] },
    ]);
  });

  it("drops 003's page links at the end", () => {
    const raw = [
      '一江水连两地情,惠州、黔西南相隔千里却心手相连。',
      '',
      '返回',
      '顶部',
      '"中华民族共同体新闻"客户端',
      '"中华民族共同体研究"公众号',
      '铸牢中华民族共同体系列展入口',
    ].join('\n');
    const clean = cleanArticle(raw);
    expect(clean.paragraphs).toEqual(['一江水连两地情,惠州、黔西南相隔千里却心手相连。']);
    expect(clean.removed.map((r) => [r.what, r.count])).toEqual([
      ['site section label', 2],
      ['app and account links', 3],
    ]);
  });
});
