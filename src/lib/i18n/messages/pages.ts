import type { MessageTable } from './types';

/** The words of individual pages: headings, introductions, empty states. */
export const pages = {
  'pages.home.description': {
    zh: '东西部协作的数据新闻：谁帮谁、帮了多少。每个数字都有出处。',
    en: 'Data journalism on China’s East–West cooperation programme: who helps whom, and how much. Every figure has its source.',
  },
  'pages.home.title': {
    zh: '山海相连：东西部协作的数字',
    en: 'Mountains and seas: China’s East–West cooperation in figures',
  },
  'pages.home.dek': {
    zh: '2021 年起，东部 8 个省市与西部 10 个省区市一一结对：东部送去财政援助资金、干部和专业技术人才，西部的农村劳动力在帮助下就业。下面的每个数字都链接到它的来源原文。',
    en: 'Since 2021, 8 eastern provinces and municipalities have each been paired with western ones, 10 in all: the east sends fiscal aid, officials and professionals, and rural workers from the west are helped into jobs. Every figure below links to the article it comes from, in Chinese.',
  },
  'pages.home.national': { zh: '全国', en: 'China as a whole' },
  'pages.home.stories': { zh: '报道', en: 'Stories' },
  'pages.home.storiesNote': {
    zh: '另有 {n} 篇报道目前只有中文版。',
    en: '{n} more stories are in Chinese only for now.',
  },
  'pages.home.storiesLink': { zh: '全部报道', en: 'All stories' },
  'pages.home.pairs': { zh: '{n} 对省级结对', en: '{n} province pairs' },
  'pages.jump': { zh: '本页内容', en: 'On this page' },
  'pages.backToTop': { zh: '↑ 回到页首', en: '↑ Back to top' },
  'pages.jump.map': { zh: '地图', en: 'Map' },
  'pages.jump.chart': { zh: '历年数字图', en: 'Figures by year' },
  'pages.subPairings': { zh: '市州、区县结对', en: 'City and county pairings' },
  'pages.stories': { zh: '相关报道', en: 'Related stories' },
  'pages.storiesInChinese': { zh: '以下报道只有中文版。', en: 'These stories are in Chinese only.' },
  'pages.allFigures': { zh: '全部数字', en: 'All figures' },
  'pages.allFiguresCount': { zh: '全部数字（{n}）', en: 'All figures ({n})' },
  'pages.since': { zh: '{since}年起', en: 'since {since}' },
  'pages.sinceUntil': { zh: '{since}年起，{until}年止', en: '{since}–{until}' },
  'pages.inBrackets': { zh: '（{text}）', en: ' ({text})' },
  'pages.noteInChinese': { zh: '注：', en: 'Our note (in Chinese): ' },
  'pages.noHeadline': {
    zh: '暂无可作主要数字的全时期总数。',
    en: 'No figure here is a total for a whole period yet, so none is a headline; all figures are listed below.',
  },
  'pages.targets': { zh: '协议目标（不是完成数）', en: 'Agreed targets (not outcomes)' },
  'pages.none': { zh: '暂无。', en: 'None yet.' },
  'pages.download': { zh: '下载：', en: 'Download: ' },
  'pages.pair.description': {
    zh: '{east}与{west}的东西部协作：结对关系与历年数字，附来源。',
    en: 'East–West cooperation between {east} and {west}: the pairing and its figures year by year, with sources.',
  },
  'pages.pair.dekMiddle': { zh: '（东部）结对协作 ', en: ' (east) is paired with ' },
  'pages.pair.dekAfter': { zh: '（西部），{years}。', en: ' (west), {years}.' },
  'pages.pair.summary': {
    zh: '{east}与{west}两省之间的全年主要数字（点数字看详情与来源；累计数字见下文）',
    en: 'Key full-year figures between {east} and {west} (select a figure for details and source; cumulative figures further down)',
  },
  'pages.pair.mapCaption': {
    zh: '{title}：省级结对与其下的市州、区县结对。',
    en: '{title}: the province pairing and the city and county pairings within it.',
  },
  'pages.pair.figures': { zh: '两省之间的数字', en: 'Figures between the two' },
  'pages.pair.allCaption': {
    zh: '{title}之间的全部数字，含市县范围',
    en: 'Every figure for {title}, including city and county ones',
  },
  'pages.province.east': {
    zh: '东部协作方。',
    en: 'An eastern partner: it gives aid, sends officials and professionals, and takes in workers.',
  },
  'pages.province.west': {
    zh: '西部协作方。',
    en: 'A western partner: it receives aid, officials and professionals, and its rural workers are helped into jobs.',
  },
  'pages.province.description': {
    zh: '{name}在东西部协作中的结对关系与数字，每个数字附来源原文。',
    en: '{name} in the East–West cooperation programme: its pairings and figures, each with its source.',
  },
  'pages.province.summary': {
    zh: '{name}全省的全年主要数字（点数字看详情与来源；累计数字见“主要数字”）',
    en: 'Key full-year figures for {name} as a whole (select a figure for details and source; cumulative figures under “Key figures”)',
  },
  'pages.province.mapCaption': {
    zh: '{name}与结对伙伴；点和细线为市州、区县结对。',
    en: '{name} and its partners; dots and thin lines are city and county pairings.',
  },
  'pages.province.partners': { zh: '结对伙伴', en: 'Partners' },
  'pages.province.figures': { zh: '主要数字', en: 'Key figures' },
  'pages.province.allCaption': {
    zh: '涉及{name}的全部数字，含市县范围',
    en: 'Every figure about {name}, including city and county ones',
  },
  'pages.provinces.description': {
    zh: '参与东西部协作的 8 个东部省市和 10 个西部省区市。',
    en: 'The 8 eastern and 10 western provinces, regions and municipalities in the East–West cooperation programme.',
  },
  'pages.provinces.dek': {
    zh: '2021 年以来，东部 8 个省市与西部 10 个省区市结对协作。',
    en: 'Since 2021, 8 eastern provinces and municipalities have worked in pairs with 10 western provinces, autonomous regions and municipalities.',
  },
  'pages.provinces.east': { zh: '东部', en: 'East' },
  'pages.provinces.west': { zh: '西部', en: 'West' },
  'pages.pairs.description': {
    zh: '东西部协作的省级结对关系。',
    en: 'The province-level pairings of the East–West cooperation programme.',
  },
  'pages.pairs.title': { zh: '结对关系', en: 'Pairings' },
  'pages.pairs.dek': {
    zh: '2021 年调整后的省级结对。点击查看历年数字。',
    en: 'The province pairings as reorganized in 2021. Open one for its figures year by year.',
  },
  'pages.pairs.past': { zh: '已结束的结对', en: 'Pairings that have ended' },
  'pages.sources.description': {
    zh: '山海的全部数据来源，以及从每个来源摘录的数字。',
    en: 'Every source Shanhai’s figures come from, and the figures taken from each.',
  },
  'pages.sources.dek': {
    zh: '每个来源页列出它的出处信息、原网页中夹杂的无关内容（引文中已删去），以及从中摘录的每一个数字。',
    en: 'All sources are Chinese news articles and official reports; titles and outlets are given as published. Each source page shows where the article came from and every figure taken from it in English, with the Chinese clause it was read from.',
  },
  /** After the count of a source's figures on a phone, where the column heading is hidden. */
  'pages.sources.countWord': { zh: ' 个数字', en: ' figures' },
  'pages.sources.date': { zh: '日期', en: 'Date' },
  'pages.sources.outlet': { zh: '媒体', en: 'Outlet' },
  'pages.sources.title': { zh: '标题', en: 'Title' },
  'pages.sources.figures': { zh: '数字', en: 'Figures' },
  'pages.sources.evidence': { zh: '证据', en: 'Evidence' },
  'pages.sources.inferred': { zh: '推定', en: 'inferred' },
  'pages.sources.fullText': { zh: '全文', en: 'full text' },
  'pages.sources.clause': { zh: '引文', en: 'quoted clause' },
  'pages.source.description': {
    zh: '来源审计：{outlet}的文章及从中摘录的 {n} 个数字。',
    en: 'Source audit: an article from {outlet}, with each figure we took from it ({n} in all) and its original clause.',
  },
  'pages.source.title': { zh: '{outlet}，{date}', en: 'Source: {outlet}, {date}' },
  'pages.source.chineseOutlet': { zh: '中文媒体', en: 'an article in Chinese' },
  'pages.source.gloss': { zh: '标题大意：', en: 'Title in English (our gloss): ' },
  'pages.source.untitled': {
    zh: '原标题未录，以上为我们的描述。',
    en: 'The article’s own title is not known; the line above is our own description, in Chinese.',
  },
  'pages.source.about': {
    zh: '{outlet}{date}发表的文章。我们从中摘录了 {n} 个数字：{metrics}；涉及{places}；时期为{years}。',
    en: 'An article published by {outlet} on {date}. Figures we took from it: {n} ({metrics}), for {places}, covering {years}.',
  },
  'pages.source.aboutNone': {
    zh: '{outlet}{date}发表的文章。我们没有从中摘录数字，它只作背景。',
    en: 'An article published by {outlet} on {date}. We took no figures from it; it is background.',
  },
  'pages.source.outlet': { zh: '媒体', en: 'Outlet' },
  'pages.source.authors': { zh: '作者', en: 'Authors' },
  'pages.source.published': { zh: '发布日期', en: 'Published' },
  'pages.source.script': { zh: '原文用字', en: 'Script' },
  'pages.source.traditional': { zh: '繁体字（引文照录繁体）', en: 'traditional characters (quotes kept as printed)' },
  'pages.source.simplified': { zh: '简体字', en: 'simplified characters' },
  'pages.source.evidence': { zh: '证据', en: 'Evidence' },
  'pages.source.archived': {
    zh: '存档全文（引文已与原文逐句核对）',
    en: 'archived full text (every quote checked against it, sentence by sentence)',
  },
  'pages.source.clauseOnly': {
    zh: '仅有引文（依据 URL、媒体与日期）',
    en: 'quoted clauses only (backed by the URL, outlet and date)',
  },
  'pages.source.url': { zh: '网址', en: 'URL' },
  'pages.source.readAt': { zh: '读取于', en: 'Read at' },
  'pages.source.confidence': { zh: '可信度', en: 'Confidence' },
  'pages.source.high': { zh: '高', en: 'high' },
  'pages.source.noise': { zh: '原网页中夹杂的无关内容', en: 'Unrelated text in the scraped page' },
  'pages.source.noiseText': {
    zh: '以下是我们读到的网页中与报道无关的文字（广告、乱码、版面杂项），摘录的引文中已删去。',
    en: 'What we found in the page that is not part of the article (ads, garbled characters, layout clutter), described in Chinese. It is removed from the quotes.',
  },
  'pages.source.figures': { zh: '从中摘录的数字', en: 'Figures taken from this source' },
  'pages.source.tableCaption': { zh: '本来源的全部数字', en: 'Every figure from this source' },
  'pages.about.title': { zh: '关于数据', en: 'About the data' },
  'pages.about.description': {
    zh: '山海的数据方法：来源、整理规则、汇总规则、覆盖情况与许可。',
    en: 'How Shanhai’s data are made: sources, curation and aggregation rules, the English edition’s conventions, licence.',
  },
  'pages.about.dek': {
    zh: '山海把散落在新闻报道中的东西部协作数字整理成有出处的数据：{sources} 个来源（其中 {archived} 篇有存档全文），共 {facts} 个数字。',
    en: 'Shanhai turns the East–West cooperation figures scattered through Chinese news reports into sourced data: {sources} sources ({archived} with an archived full text), {facts} figures.',
  },
  'pages.about.method': { zh: '方法', en: 'Method' },
  'pages.about.methodText': {
    zh: '每个数字都是来源中写明的一个数，记录它的原文写法、换算后的数值、单位、限定词、时期，以及包含它的原文短句。',
    en: 'Every figure is one number a source states. We record how the source wrote it, its value, unit, qualifier (about, nearly, more than), period, and the clause that contains it. For sources with an archived full text, every quoted clause is checked against it by a program; for the others, the address, outlet and date are the evidence, and a confidence level is given.',
  },
  'pages.about.rules': { zh: '汇总规则', en: 'Rules for adding up and comparing' },
  'pages.about.rule.periods': {
    zh: '不把不同时期的数字相加。',
    en: 'Figures of different periods are never added together.',
  },
  'pages.about.rule.scopes': {
    zh: '不把县的数字加到省，也不把省的数字拆到县：每个数字保留它原来的范围。',
    en: 'A county’s figure is never added to its province’s, nor a province’s split among its counties: each keeps its own scope.',
  },
  'pages.about.rule.units': {
    zh: '不把“人”和“人次”相加。',
    en: 'People and person-times (visits, trips, training places) are never added together.',
  },
  'pages.about.rule.targets': {
    zh: '协议、计划中的目标数标为“目标”，不当作完成数，也不画在地图上。',
    en: 'Targets in agreements and plans are marked as targets, never counted as outcomes, and not drawn on the map.',
  },
  'pages.about.rule.headline': {
    zh: '同一指标、同一地点、同一年份有多个数字时，按规则选一个作为主数，其余数字作为背景保留。',
    en: 'Where several figures exist for one metric, place and year, a rule picks the headline (a later cut-off first: a full year beats January–November; then the longer span, the more reliable and newer source, the more precise qualifier); the others are kept beside it.',
  },
  'pages.about.rule.conflicts': {
    zh: '不同来源对同一时期给出不同数字时，两者都保留并标明“来源不一致”。',
    en: 'When sources disagree about the same period, both figures are kept and marked “sources disagree”; so is a part (a county, some months) that is larger than the figure containing it.',
  },
  'pages.about.rule.totals': {
    zh: '主要数字只取全地、全时期的总数。',
    en: 'Only totals for a whole place and period are headlines: part-year figures, averages (per county), per-county standards, components and subsets are not, and are not sized on the map.',
  },
  'pages.about.rule.mutual': {
    zh: '“互派”“双向”的数字含两个方向，标为互派，地图上画成双箭头。',
    en: 'Figures for exchanges both ways (互派) cover both directions: they are marked so and drawn with a double arrow, never as an east → west flow.',
  },
  'pages.about.coverage': { zh: '覆盖情况', en: 'Coverage' },
  'pages.about.coverageText': {
    zh: '下表列出每个省级结对在各年份、各指标上可比较的数字：省级、全年、东部→西部（或互派）的总数不加标记；只有部分月份、累计、反向或市县范围的数字时，标出其时期、方向和范围；只有目标的标“目标”；我们的来源中没有的为“—”。同一格的其他数字（如反向流动、较早的发布）列在“另”之后。',
    en: 'For each province pair, measure and year, the figure that may be compared: a full-year, province-level total from east to west (or both ways) carries no mark; where there is only a part of the year, a cumulative figure, the reverse flow or a city or county figure, its period, direction and level are marked; a target alone is marked "target"; "—" means none of our sources gives one. Other figures of the same cell (the reverse flow, earlier releases) follow "Also".',
  },
  'pages.about.conventions': { zh: '英文版的写法', en: 'How the English edition writes the figures' },
  'pages.about.convention.names': {
    zh: '地图上用常见的英文简称，表格与说明中用全称。',
    en: 'Maps and short labels use the short English names international readers know (Inner Mongolia, Guangxi, Ningxia, Xinjiang, Tibet); tables and headings use the full official names (Guangxi Zhuang Autonomous Region; Tibet (Xizang) Autonomous Region, with the name China’s official English now uses).',
  },
  'pages.about.convention.money': {
    zh: '亿元写作十亿或百万元，数位不变。',
    en: 'Money is in millions and billions of yuan: 1 亿 is 100 million, so 17.58亿元 is 1.758 billion yuan. The digits shift and none is rounded away.',
  },
  'pages.about.convention.people': {
    zh: '“人”写作 people，“人次”写作 person-times，二者从不相加。',
    en: '人 and 名 are “people”; 人次 are “person-times” (one person counted once per visit or course), never added to people.',
  },
  'pages.about.convention.qualifiers': {
    zh: '限定词按原意翻译。',
    en: 'Qualifiers keep their Chinese meaning: 约 and 左右 are “about”, 近 “nearly”; 多, 余, 超过 “more than”; 以上, 不少于 “at least”; 不到 “less than”.',
  },
  'pages.about.convention.periods': {
    zh: '时期写作英文月份与年份。',
    en: 'Periods: 2023年1—11月 is “Jan–Nov 2023”; 2021—2024年累计 is “2021–2024, cumulative”; 截至2023年11月累计 is “cumulative up to Nov 2023”; a full year is “2023, full year”.',
  },
  'pages.about.convention.chinese': {
    zh: '引文、来源标题和媒体名保留中文。',
    en: 'Quotes, source titles and outlets stay in Chinese: the original clause is the evidence. Our own notes on figures are in Chinese and are labelled as such. Each source has an English page; of the stories, the national overview is written in English and the others are in Chinese only for now.',
  },
  'pages.about.map': { zh: '地图与审图号', en: 'The map' },
  'pages.about.mapText': {
    zh: '本站的中国地图为示意图，不作为划界依据。',
    en: 'Our map of China follows the official administrative boundary data (Tianditu, May 2024) and is a sketch map, not an authority on boundaries. Every national map carries the South China Sea Islands inset with the dashed line, names Diaoyu Dao and Chiwei Yu, and draws Taiwan Province in the same base colour as the mainland provinces; Taiwan is not part of the programme and has no figures. Maps published in China must carry an approval number (审图号) from the natural resources authority.',
  },
  'pages.about.noApproval': {
    zh: '本站地图尚未取得审图号，目前仅供研究与预览。',
    en: 'Our maps do not have an approval number yet: for research and preview only.',
  },
  'pages.about.approval': { zh: '本站地图的审图号为 {approval}。', en: 'Our maps’ approval number is {approval}.' },
  'pages.about.licence': { zh: '许可', en: 'Licence' },
  'pages.about.licenceText': {
    zh: '数据以 CC BY 4.0 发布，请注明“山海”及原始来源。网站代码以 MIT 许可发布。引文仅为证明数字出处的简短摘录，版权归原作者和媒体所有。',
    en: 'The data are under CC BY 4.0: credit Shanhai and the original sources. The site’s code is under the MIT licence. Quotes are short excerpts that show where a figure comes from; their copyright stays with their authors and outlets.',
  },
  'pages.data.title': { zh: '数据下载', en: 'Data downloads' },
  'pages.data.description': {
    zh: '山海的全部数据集：全国、各省、各结对的 CSV 与 JSON，附字段说明与引用格式。',
    en: 'All of Shanhai’s datasets: national, per province and per pair, as CSV and JSON.',
  },
  'pages.data.dek': {
    zh: '所有数据集均由构建脚本从整理后的事实文件生成。',
    en: 'Every dataset is generated from the curated facts by the site’s build. Each CSV comes twice with the same rows: .csv with a byte-order mark for Excel, .plain.csv in plain UTF-8 for programs. These English files have the same rows and columns as the Chinese ones, with names, labels, periods and outlets in English; quotes and source titles stay in Chinese, as the articles wrote them. The fields are described below.',
  },
  'pages.data.all': { zh: '全部', en: 'Everything' },
  'pages.data.facts': { zh: '全部数字：', en: 'All figures: ' },
  'pages.data.national': { zh: '全国范围：', en: 'National: ' },
  'pages.data.package': {
    zh: '数据包：',
    en: 'Data package (Frictionless Data Package v2: fields, types and codes): ',
  },
  'pages.data.other': { zh: '地图数据：', en: 'Map data, coverage table and sources: ' },
  'pages.data.fields': { zh: 'CSV 字段', en: 'CSV fields' },
  'pages.data.field': { zh: '字段', en: 'Field' },
  'pages.data.fieldMeaning': { zh: '含义', en: 'Meaning' },
  'pages.data.codesAfter': { zh: '：', en: ': ' },
  'pages.data.codeSeparator': { zh: '；', en: '; ' },
  'pages.data.noBom': { zh: '无 BOM', en: 'no BOM' },
  'pages.data.cite': { zh: '引用', en: 'How to cite' },
  'pages.data.citeText': {
    zh: '山海（Shanhai）：东西部协作数据，{n} 个来源，截至 {latest}。',
    en: 'Shanhai: data on China’s East–West cooperation programme, {n} sources, up to {latest}. https://shanhai.example.org/en/data/. Please also credit the original sources (source_outlet, source_date and source_url in each row). Data under CC BY 4.0.',
  },
  // Social cards (src/pages/og/[card].png.ts): ASCII quotes, as the images' CJK font draws curly ones full-width.
  'pages.card.defaultKicker': { zh: '东西部协作', en: 'East-West cooperation' },
  'pages.card.defaultTitle': { zh: '山海相连：东西部协作的数字', en: "China's East-West cooperation in figures" },
  'pages.card.defaultDek': {
    zh: '谁帮谁、帮了多少：资金、干部人才与劳务协作。',
    en: 'Who helps whom, and how much: fiscal aid, officials and workers.',
  },
  'pages.card.eastKicker': { zh: '东部协作方', en: 'Eastern partner' },
  'pages.card.westKicker': { zh: '西部协作方', en: 'Western partner' },
  'pages.card.provinceDek': {
    zh: '结对伙伴与历年数字，每个数字附来源。',
    en: 'Its partners and figures year by year, each with its source.',
  },
  'pages.card.pairKicker': { zh: '结对', en: 'Pairing' },
  'pages.card.pairDek': {
    zh: '{since}年起结对协作：资金、干部人才与劳务。',
    en: 'Paired since {since}: fiscal aid, officials and workers.',
  },
} as const satisfies MessageTable;
