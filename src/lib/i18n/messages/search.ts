import type { MessageTable } from './types';

/**
 * The search page. Each edition searches its own index only (Pagefind splits the index by `<html lang>`), so the
 * English search finds English pages and the Chinese search Chinese ones. The status lines are filled in by
 * src/scripts/search/siteSearch.ts from the page's `data-` attributes.
 */
export const search = {
  'search.title': { zh: '搜索', en: 'Search' },
  'search.description': {
    zh: '在山海的报道、省份、结对和来源页面中查找词语。',
    en: "Search Shanhai's English pages: stories, provinces, pairs and sources.",
  },
  'search.label': { zh: '查找报道、省份、结对、县名或媒体', en: 'Find stories, provinces, pairs, counties or outlets' },
  'search.placeholder': { zh: '例如：闽宁、粤桂协作、渭源、甘肃日报', en: 'e.g. Ningxia, Guangxi, fiscal aid' },
  'search.button': { zh: '搜索', en: 'Search' },
  'search.searching': { zh: '正在搜索……', en: 'Searching…' },
  'search.failed': {
    zh: '搜索暂时无法使用。请从“报道”“省份”“来源”等列表查找。',
    en: 'Search is not available right now. Please use the lists of stories, provinces and sources.',
  },
  'search.none': {
    zh: '没有找到含“{query}”的页面。试试更短的词，或浏览来源列表。',
    en: 'No page contains "{query}". Try a shorter word, or browse the list of sources.',
  },
  'search.found': { zh: '含“{query}”的页面共 {total} 个', en: '{total} pages contain "{query}"' },
  'search.foundOne': { zh: '含“{query}”的页面共 {total} 个', en: '{total} page contains "{query}"' },
  'search.foundMore': { zh: '，先列出最相关的 {shown} 个', en: '; the {shown} most relevant are listed' },
  'search.foundEnd': { zh: '。', en: '.' },
  'search.noJs': {
    zh: '搜索要在浏览器允许运行脚本时才能使用。不用搜索也能找到内容：',
    en: 'Search needs JavaScript in your browser. Without it you can still find everything here:',
  },
  'search.noJs.stories': { zh: '报道', en: 'Stories' },
  'search.noJs.storiesMore': { zh: '：全部报道，按日期排列；', en: ': every story, newest first;' },
  'search.noJs.provinces': { zh: '省份', en: 'Provinces' },
  'search.noJs.and': { zh: '与', en: ' and ' },
  'search.noJs.pairs': { zh: '结对', en: 'pairs' },
  'search.noJs.pairsMore': {
    zh: '：每个省份、每对协作关系的全部数字；',
    en: ': every figure for each province and each pair;',
  },
  'search.noJs.sources': { zh: '来源', en: 'Sources' },
  'search.noJs.sourcesMore': {
    zh: '：全部来源文章，按日期排列，注明媒体。',
    en: ': every source article, by date, with its outlet.',
  },
} as const satisfies MessageTable;
