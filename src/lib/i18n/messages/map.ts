import type { MessageTable } from './types';

/**
 * The pairing map: captions, key, controls, tooltips and its table (src/lib/map/*, MapFigure.astro). The Chinese is
 * exactly what the map printed before it had an English edition.
 */
export const map = {
  'map.noFigure': {
    zh: '无数字（所据资料中没有此数字，不是零）',
    en: 'no figure (none in the sources used; not zero)',
  },
  'map.target': { zh: '目标', en: 'Target' },
  'map.qualifier.approx': { zh: '约数', en: 'approximate' },
  'map.qualifier.atLeast': { zh: '至少此数', en: 'at least this' },
  'map.qualifier.atMost': { zh: '至多此数', en: 'at most this' },
  'map.laborArrow': {
    zh: '箭头从帮扶的东部指向受帮扶的西部，表示谁帮谁；务工的劳动力是从西部出发，到东部或在家乡附近就业。',
    en: 'Arrows point from the helping east to the west it helps: who helps whom. The workers themselves start in the west and find jobs in the east or near home.',
  },
  'map.madeUpTitle': { zh: '（本站拟题）', en: ' (title ours)' },
  'map.sourceText': { zh: '{outlet}（{date}）：{title}', en: '{outlet} ({date}): {title}' },
  'map.pairName': { zh: '{east}—{west}', en: '{east}–{west}' },
  // Views and captions (describeView.ts)
  'map.view.latest': { zh: '各结对最近一年', en: 'Latest year of each pair' },
  'map.view.year': { zh: '{year}年', en: '{year}' },
  'map.caption.headLatestRange': {
    zh: '{metric}，各结对最近一个有全年数字的年份（{first}—{last}年，年份不同，标在每条弧线上）',
    en: '{metric}, the latest year with a full-year figure for each pair ({first}–{last}: the years differ and are marked on each arc)',
  },
  'map.caption.headLatestYear': {
    zh: '{metric}，各结对最近一个有全年数字的年份（{year}年）',
    en: '{metric}, the latest year with a full-year figure for each pair ({year})',
  },
  'map.caption.headYear': { zh: '{metric}，{year}年', en: '{metric}, {year}' },
  'map.caption.sized': {
    zh: '{n} 条弧线是全年数字，线宽按同一比例（{unit}）',
    en: '{n} arcs are full-year figures, their widths on one scale ({unit})',
  },
  'map.caption.sizedOne': {
    zh: '{n} 条弧线是全年数字，线宽按同一比例（{unit}）',
    en: '{n} arc is a full-year figure, its width on the common scale ({unit})',
  },
  'map.caption.noneSized': { zh: '没有全年数字可按线宽比较', en: 'no full-year figures to compare by width' },
  'map.caption.partial': {
    zh: '{n} 条细线只有部分月份或累计的数字，线上标出时期，不按线宽比较',
    en: '{n} thin lines have figures for some months or cumulative ones, their period marked on the line, not compared by width',
  },
  'map.caption.partialOne': {
    zh: '{n} 条细线只有部分月份或累计的数字，线上标出时期，不按线宽比较',
    en: '{n} thin line has a figure for some months or a cumulative one, its period marked on the line, not compared by width',
  },
  'map.caption.reverse': {
    zh: '西部→东部的流向单独成线（空心）',
    en: 'west → east flows are drawn as separate hollow arcs',
  },
  'map.caption.mutual': {
    zh: '双箭头为互派：一个数字含两个方向',
    en: 'double arrows are exchanges both ways: one figure covers both directions',
  },
  'map.caption.below': {
    zh: '{n} 对省级结对没有数字，但其下的市县结对有（点线，见其页面）',
    en: '{n} province pairs have no figure but their city or county pairings do (dotted, see their pages)',
  },
  'map.caption.belowOne': {
    zh: '{n} 对省级结对没有数字，但其下的市县结对有（点线，见其页面）',
    en: '{n} province pair has no figure but its city or county pairings do (dotted, see its page)',
  },
  'map.caption.noneOne': {
    zh: '{n} 对在所据资料中没有数字（虚线，不是零）',
    en: '{n} pair has no figure in the sources used (dashed; not zero)',
  },
  'map.caption.none': {
    zh: '{n} 对在所据资料中没有数字（虚线，不是零）',
    en: '{n} pairs have no figure in the sources used (dashed; not zero)',
  },
  'map.caption.join': { zh: '；', en: '; ' },
  'map.caption.sentence': { zh: '{head}：{parts}。{arrow}', en: '{head}: {parts}. {arrow}' },
  'map.caption.note': { zh: '{flow} {figure}（{period}）', en: '{flow} {figure} ({period})' },
  'map.caption.intro': {
    zh: '东部省市与西部省区市的结对关系。弧线从帮扶方指向受援方，线宽表示下面这一指标、这一时期的全年数字：',
    en: 'Eastern provinces and municipalities paired with western ones. Arcs point from the helping side to the side helped; their width shows the full-year figure of this metric and period:',
  },
  'map.caption.notes': {
    zh: '不按线宽比较（非全年数字）：{notes}。',
    en: 'Not compared by width (not full-year figures): {notes}.',
  },
  'map.caption.national': {
    zh: '全国{metric}（{period}{mutual}{doubt}）：',
    en: '{metric}, China as a whole ({period}{mutual}{doubt}): ',
  },
  'map.caption.nationalDoubt': { zh: '；{note}', en: '; {note}' },
  'map.caption.nationalMutual': { zh: '，互派：两个方向合计', en: ', exchanged: both directions together' },
  // Arcs (describeArc.ts)
  'map.arc.below': {
    zh: '省级无数字；其下的市县结对有数字',
    en: 'no province figure; city or county pairings below it have figures',
  },
  'map.arc.eastToWest': { zh: '东部→西部', en: 'east → west' },
  'map.arc.westToEast': { zh: '西部→东部（反向）', en: 'west → east (reverse)' },
  'map.arc.mutual': { zh: '互派（双向合计，一个数字含两个方向）', en: 'both ways (one figure covers both directions)' },
  'map.arc.targetLine': {
    zh: '目标：{figure}（{period}，计划，非完成数）',
    en: 'Target: {figure} ({period}, a plan, not an outcome)',
  },
  'map.arc.figureLine': { zh: '{metric}：{figure}', en: '{metric}: {figure}' },
  'map.arc.qualified': { zh: '{figure}（{note}）', en: '{figure} ({note})' },
  'map.arc.partial': {
    zh: '不是全年数字：细线表示，不按线宽比较',
    en: 'not a full-year figure: drawn thin, not compared by width',
  },
  'map.arc.conflict': {
    zh: '来源不一致：与另一来源的数字对不上，见来源页',
    en: 'sources disagree: another source gives a different figure, see the source page',
  },
  'map.periodInDoubt': {
    zh: '时期存疑：另有来源把同一数字记为{period}',
    en: 'period in doubt: another source gives the same number for {period}',
  },
  'map.arc.source': { zh: '来源：{source}', en: 'Source: {source}' },
  'map.arc.ariaFigure': {
    zh: '{from}{arrow}{to}，{line}，{details}。来源：{source}',
    en: '{from} {arrow} {to}, {line}, {details}. Source: {source}',
  },
  /** An English voice would spell a Chinese title out character by character: the table below names it. */
  'map.arc.ariaSource': { zh: '见地图下方的表格', en: 'listed in the table below the map' },
  'map.arc.ariaWith': { zh: '与', en: 'and' },
  'map.arc.detailsJoin': { zh: '，', en: ', ' },
  'map.arc.ariaBelow': {
    zh: '{pair}，{metric}：{below}：{subs}，{period}',
    en: '{pair}, {metric}: {below}: {subs}, {period}',
  },
  'map.arc.ariaNone': { zh: '{pair}，{line}，{period}{more}', en: '{pair}, {line}, {period}{more}' },
  'map.arc.ariaMore': { zh: '。{plans}', en: '. {plans}' },
  'map.arc.tipPair': { zh: '{east} — {west}', en: '{east} – {west}' },
  'map.arc.sub': { zh: '{places} {figure}（{period}）', en: '{places} {figure} ({period})' },
  'map.arc.subJoin': { zh: '；', en: '; ' },
  // Provinces (renderMapSvg.ts)
  'map.province.east': { zh: '东部协作省市', en: 'Eastern partner' },
  'map.province.west': { zh: '西部协作省区市', en: 'Western partner' },
  'map.province.open': { zh: '打开省份页 →', en: 'Open the province page →' },
  'map.province.aria': {
    zh: '{name}，{role}{partners}。打开省份页',
    en: '{name}, {role}{partners}. Open the province page',
  },
  'map.province.partners': { zh: '，结对 {n} 个省份', en: ', paired with {n} provinces' },
  'map.svg.title': { zh: '东西部协作结对关系', en: 'East–West cooperation: the pairings' },
  'map.svg.titleFocus': { zh: '东西部协作：{focus}的结对关系', en: 'East–West cooperation: the pairings of {focus}' },
  'map.svg.desc': {
    zh: '{focus}东西部协作结对地图，弧线方向为资金或人员的流向。{caption}地图下方的表格列出同样的数字。',
    en: '{focus}Map of the East–West cooperation pairings; arcs point the way money or people flow. {caption} The table below the map lists the same figures.',
  },
  'map.svg.descFocus': { zh: '聚焦{focus}。', en: 'Zoomed to {focus}. ' },
  'map.svg.roledescription': { zh: '地图', en: 'map' },
  // Key (renderMapLegend.ts)
  'map.key.east': { zh: '东部协作省市', en: 'Eastern partners' },
  'map.key.west': { zh: '西部协作省区市', en: 'Western partners' },
  'map.key.reverse': { zh: '西部→东部（空心，单独成线）', en: 'west → east (hollow, a separate arc)' },
  'map.key.mutual': { zh: '互派：一个数字含两个方向', en: 'both ways: one figure for both directions' },
  'map.key.partial': {
    zh: '非全年数字（细线，标出时期），不按线宽比较',
    en: 'not a full-year figure (thin, period marked), not compared by width',
  },
  'map.key.below': { zh: '省级无数字，市县结对有', en: 'no province figure, city or county pairings have one' },
  'map.key.none': { zh: '资料中无此数字（不是零）', en: 'no figure in the sources (not zero)' },
  'map.key.badgeApprox': { zh: '约', en: '~' },
  'map.key.badges': { zh: '至少此数、约数', en: 'at least this, approximate' },
  'map.key.conflict': { zh: '来源不一致', en: 'sources disagree' },
  'map.key.title': { zh: '线宽：{metric}全年数字（{unit}）', en: 'Width: {metric}, full-year figure ({unit})' },
  // Controls (renderMapControls.ts, shanhaiMap.ts)
  'map.controls.metric': { zh: '指标', en: 'Metric' },
  'map.controls.period': { zh: '时期', en: 'Period' },
  'map.controls.choose': { zh: '选择指标和时期', en: 'Choose a metric and a period' },
  'map.controls.showing': { zh: '显示：', en: 'Showing: ' },
  // Table (renderMapTable.ts, MapFigure.astro)
  'map.table.caption': { zh: '地图中的数字（与弧线相同）', en: 'The figures on the map (the same as the arcs)' },
  'map.table.pair': { zh: '结对', en: 'Pair' },
  'map.table.flow': { zh: '流向', en: 'Flow' },
  'map.table.figure': { zh: '数字', en: 'Figure' },
  'map.table.figureHead': { zh: '数字（原文）', en: 'Figure' },
  'map.table.period': { zh: '时期', en: 'Period' },
  'map.table.notes': { zh: '说明', en: 'Notes' },
  'map.table.source': { zh: '来源', en: 'Source' },
  'map.table.untitled': { zh: '原题不详', en: 'article (title not known)' },
  'map.table.target': { zh: '目标（计划，非完成数）', en: 'target (a plan, not an outcome)' },
  'map.table.mutual': { zh: '互派：两个方向合计', en: 'both ways: the two directions together' },
  'map.table.partial': { zh: '非全年数字，不按线宽比较', en: 'not a full-year figure, not compared by width' },
  'map.table.conflict': { zh: '来源不一致', en: 'sources disagree' },
  'map.table.notesJoin': { zh: '；', en: '; ' },
  'map.table.within': { zh: '市县范围，不计入省级', en: 'city or county scope, not counted in the province figure' },
  'map.table.mutualFlow': { zh: '{east}⇄{west}（互派）', en: '{east} ⇄ {west} (both ways)' },
  'map.table.flowArrow': { zh: '{from}→{to}', en: '{from} → {to}' },
  'map.table.subMutual': { zh: '互派', en: 'both ways' },
  'map.table.mutualMark': { zh: '（互派）', en: ' (both ways)' },
  'map.table.subEastToWest': { zh: '东部→西部', en: 'east → west' },
  'map.table.subWestToEast': { zh: '西部→东部', en: 'west → east' },
  'map.table.national': { zh: '全国', en: 'China (national)' },
  'map.table.nationalMutual': { zh: '东西部互派', en: 'east and west, both ways' },
  'map.table.sourceSep': { zh: '，', en: ', ' },
} as const satisfies MessageTable;
