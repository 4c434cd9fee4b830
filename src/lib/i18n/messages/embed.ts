import { SNIPPET_WORDS } from './snippetWords';
import type { MessageTable } from './types';

/**
 * Embeds and their downloads: the embed page's credit and download lines, the chart's notes (on the page, in the
 * SVG and PNG), the snippet's credit and the "embed and download" control under a chart.
 */
export const embed = {
  'embed.pageTitle': { zh: '{title} · 山海', en: '{title} · Shanhai' },
  'embed.brand': { zh: '山海', en: 'Shanhai' },
  'embed.sources': { zh: '来源：', en: 'Sources: ' },
  'embed.sourceSeparator': { zh: '；', en: '; ' },
  'embed.sourceDate': { zh: '（{date}）', en: ' ({date})' },
  'embed.fullPage': { zh: '查看完整页面', en: 'See the full page' },
  'embed.licence': { zh: '数据 CC BY 4.0', en: 'Data CC BY 4.0' },
  'embed.downloads': { zh: '下载：', en: 'Download: ' },
  'embed.png': { zh: '图片 PNG', en: 'Image PNG' },
  'embed.csv': { zh: '图中数字 CSV', en: 'Figures CSV' },
  'embed.credit': { zh: '山海 Shanhai · {url} · 数据 CC BY 4.0', en: 'Shanhai · {url} · data CC BY 4.0' },
  ...SNIPPET_WORDS,
  'embed.map.title': { zh: '东西部协作结对', en: 'East–West cooperation pairings' },
  'embed.map.viewTitle': { zh: '{title}：{metric}（{view}）', en: '{title}: {metric} ({view})' },
  'embed.map.caption': {
    zh: '弧线从帮扶方指向受援方，线宽表示所选指标的数字；细虚线表示所据资料中没有该数字，而不是零。',
    en: 'Arcs point from the helping side to the side helped; their width shows the figure of the chosen metric. A thin dashed line means the sources give no figure, not zero.',
  },
  'embed.map.dataJson': { zh: '地图数据 JSON', en: 'Map data JSON' },
  'embed.map.provinceTitle': { zh: '{name}的东西部协作结对', en: '{name}: East–West cooperation pairings' },
  'embed.map.pairTitle': { zh: '{title}结对地图', en: '{title}: pairing map' },
  'embed.map.focusNote': {
    zh: '线宽表示所选指标的数字，细虚线表示资料中没有该数字。',
    en: 'Line width shows the figure of the chosen metric; a thin dashed line means the sources give no figure.',
  },
  'embed.map.allData': { zh: '{name}全部数据 CSV', en: 'All data for {name}, CSV' },
  'embed.chart.targetNote': {
    zh: '虚线框是协议或计划中的目标，不是实绩。',
    en: 'Dashed outlines are targets from agreements or plans, not outcomes.',
  },
  'embed.chart.figuresNote': {
    zh: '数字为来源原文写法，保留“约”“多”“余”等限定词，并标明时期；不同时期、不同范围、不同单位的数字分开画，不相加。',
    en: 'Every figure is given as its source states it, with its qualifier (about, more than) and its period; figures for different periods, scopes or units are drawn apart, never added together.',
  },
  'embed.chart.figuresSee': {
    zh: '每个数字的原文语句见',
    en: 'The sentence of each figure is on the page of its source: ',
  },
  'embed.chart.figuresSeparator': { zh: '、', en: '; ' },
  'embed.chart.figuresEnd': { zh: '。', en: '.' },
  'embed.svg.targetNote': {
    zh: '虚线框为协议或计划中的目标，不是实绩。',
    en: 'Dashed outlines are targets from agreements or plans, not outcomes.',
  },
  'embed.svg.figuresNote': {
    zh: '数字为来源原文写法，保留“约”“多”“余”等限定词；不同时期、不同范围的数字不相加。',
    en: 'Figures as the sources state them, qualifiers kept; different periods or scopes are never added.',
  },
  // The pair and province charts (src/lib/chart/siteCharts.ts) and their embeds (ChartEmbedPage.astro).
  'embed.chart.title': { zh: '{name}：历年主要数字', en: '{name}: main figures by year' },
  'embed.chart.allData': { zh: '全部数据 CSV', en: 'All data CSV' },
  'embed.control.summary': { zh: '嵌入与下载', en: 'Embed and download' },
  'embed.control.script': {
    zh: '网页嵌入（随内容自动调整高度，也能与其他常用的嵌入脚本共用）',
    en: 'Embed in a web page (the height follows the content; works beside other common embed scripts)',
  },
  'embed.control.iframe': {
    zh: '只用 iframe（网页禁止或去掉脚本时；高度 {height} px，任何宽度都不裁切）',
    en: 'iframe only (where scripts are refused or stripped; {height} px high, nothing cut off at any width)',
  },
  'embed.control.image': {
    zh: '图片（微信公众号、印刷、手机应用；附替代文字）',
    en: 'Image (WeChat articles, print, apps; with its text alternative)',
  },
  'embed.control.copy': { zh: '复制', en: 'Copy' },
  'embed.control.alt': {
    zh: '图片的替代文字（贴在图片说明或替代文字栏里）',
    en: "The image's text alternative (paste it into the caption or alt text field)",
  },
  'embed.control.themeBefore': { zh: '深浅配色：在嵌入地址后加', en: 'Light or dark: add' },
  'embed.control.themeOr': { zh: '或', en: 'or' },
  'embed.control.themeAfter': {
    zh: '（默认随读者系统）。',
    en: "to the embed address (by default it follows the reader's system).",
  },
  'embed.control.preview': { zh: '预览嵌入页', en: 'Preview the embed' },
  'embed.control.copied': { zh: '已复制', en: 'Copied' },
  'embed.control.selected': { zh: '已选中，请按 Ctrl+C / ⌘C 复制', en: 'Selected: press Ctrl+C / ⌘C to copy' },
  // The downloaded map images (renderMapExport.ts) and the map embed pages' own words (MapEmbedView.astro).
  'embed.mapExport.title': {
    zh: '东西部协作：各结对省市的{metric}（{period}）',
    en: 'East–West cooperation: {metric} by pairing ({period})',
  },
  'embed.mapExport.key': { zh: '线宽图例：{scale}。', en: ' Line widths: {scale}.' },
  'embed.mapExport.keySeparator': { zh: '、', en: ', ' },
  'embed.mapExport.notSized': {
    zh: '不按线宽比较（非全年数字）：{notes}。',
    en: ' Not compared by width (not full-year figures): {notes}.',
  },
  'embed.mapExport.notesSeparator': { zh: '；', en: '; ' },
  'embed.map.pageTitle': { zh: '东西部协作：东部与西部的结对', en: 'East–West cooperation pairings' },
  'embed.map.viewCaption': {
    zh: '弧线从帮扶方指向受援方，线宽表示所选指标的全年数字。',
    en: 'Arcs point from the helping side to the side helped; their width shows the figure of the chosen metric. A thin dashed line means the sources give no figure, not zero.',
  },
  'embed.map.imageAlt': { zh: '{title}。{caption}{notes}', en: '{title}. {caption}{notes}' },
  'embed.map.focusCaption': { zh: '{caption}{note}', en: '{caption} {note}' },
} as const satisfies MessageTable;
