import type { MessageTable } from './types';

/** Story pages: the list, a story's head and sources, its maps, charts and fact callouts, the Chinese-only notice. */
export const story = {
  'story.list.title': { zh: '报道', en: 'Stories' },
  'story.list.description': {
    zh: '山海的数据报道：东西部协作的全国图景与结对故事，每个数字都链接到来源。',
    en: "Shanhai's data stories on China's East–West cooperation programme, nationwide and pair by pair; every figure links to its source.",
  },
  'story.list.dek': {
    zh: '从全国到一个县：东西部协作的几段故事。文中每个数字都链接到它的来源原文语句。',
    en: 'From the whole country down to one county. Every figure in these stories links to the sentence of the article it comes from.',
  },
  'story.list.english': { zh: '英文版', en: 'In English' },
  'story.list.chineseOnly': { zh: '仅有中文版', en: 'In Chinese only' },
  'story.breadcrumb': { zh: '报道', en: 'Stories' },
  'story.provinces': { zh: '相关省份：', en: 'Provinces: ' },
  'story.listSeparator': { zh: '、', en: ', ' },
  'story.sources.heading': { zh: '来源', en: 'Sources' },
  'story.sources.noteBefore': {
    zh: '文中数字均为来源写法，保留“约”“多”“余”等限定词与时期；不同时期、不同范围的数字不相加。见',
    en: 'Every figure is given as its source states it, with its qualifier (about, more than) and its period; figures for different periods or scopes are never added together. See ',
  },
  'story.sources.noteLink': { zh: '方法与规则', en: 'method and rules' },
  'story.sources.noteAfter': { zh: '。', en: '.' },
  'story.heroCaption': { zh: '{title}：开篇地图', en: '{title}: opening map' },
  'story.mapNote': {
    zh: '（地图上没有{period}的数字，显示{shown}）',
    en: ' (the map has no figures for {period}; it shows {shown})',
  },
  'story.chart.targetNote': {
    zh: '虚线框是协议或计划中的目标，不是实绩。',
    en: 'Dashed outlines are targets from agreements or plans, not outcomes.',
  },
  'story.chart.figuresBefore': {
    zh: '数字为来源原文写法（{unit}为图中单位）。',
    en: 'The bars are in {unit}. Each figure links to its sentence in the source: ',
  },
  'story.chart.figuresAfter': { zh: '各链接到原文语句。', en: '.' },
  'story.chart.figureSeparator': { zh: '、', en: '; ' },
  'story.chart.sources': { zh: '来源：', en: 'Sources: ' },
  'story.chart.sourceSeparator': { zh: '；', en: '; ' },
  'story.chart.sourceDate': { zh: '（{date}）', en: ' ({date})' },
  'story.callout.label': { zh: '数字：{metric} {figure}', en: 'Figure: {metric}, {figure}' },
  'story.callout.target': { zh: '目标', en: 'Target' },
  'story.callout.period': { zh: '时期', en: 'Period' },
  'story.callout.places': { zh: '地点', en: 'Places' },
  'story.callout.source': { zh: '来源', en: 'Source' },
  'story.callout.sourceDate': { zh: '，{date}', en: ', {date}' },
  'story.callout.quote': { zh: '原文语句', en: "The source's sentence (in Chinese)" },
  'story.chineseOnly.pageTitle': {
    zh: '仅有中文版：关于{provinces}的报道',
    en: 'In Chinese only: a story on {provinces}',
  },
  'story.chineseOnly.notice': {
    zh: '这篇报道只有中文版。',
    en: 'This story is available in Chinese only.',
  },
  'story.chineseOnly.explain': {
    zh: '我们只发布由我们自己用中文写成的英文报道，不提供机器翻译。',
    en: 'We publish English stories only when we have written them ourselves in English; we do not offer machine translations. The figures it uses are on the English province and pair pages.',
  },
  'story.chineseOnly.read': { zh: '阅读中文原文', en: 'Read the story in Chinese' },
  'story.chineseOnly.published': { zh: '发表于', en: 'Published' },
} as const satisfies MessageTable;
