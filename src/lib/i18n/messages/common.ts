import type { MessageTable } from './types';

/** The frame of every page: head, skip link, navigation, language switch, footer. */
export const common = {
  'common.brand': { zh: '山海', en: 'Shanhai' },
  'common.brandHome': { zh: '山海首页', en: 'Shanhai home page' },
  'common.siteTitle': { zh: '山海 · 东西部协作数据新闻', en: 'Shanhai · China’s East–West cooperation in data' },
  'common.pageTitle': { zh: '{title} · 山海', en: '{title} · Shanhai' },
  'common.skip': { zh: '跳到正文', en: 'Skip to content' },
  'common.navLabel': { zh: '主导航', en: 'Main' },
  'common.nav.map': { zh: '地图', en: 'Map' },
  'common.nav.stories': { zh: '报道', en: 'Stories' },
  'common.nav.provinces': { zh: '省份', en: 'Provinces' },
  'common.nav.pairs': { zh: '结对', en: 'Pairs' },
  'common.nav.sources': { zh: '来源', en: 'Sources' },
  'common.nav.data': { zh: '数据', en: 'Data' },
  // Chinese runs the two words together; English needs the space.
  'common.nav.dataMore': { zh: '下载', en: ' downloads' },
  'common.nav.about': { zh: '关于', en: 'About' },
  'common.nav.aboutMore': { zh: '数据', en: ' the data' },
  'common.search': { zh: '搜索', en: 'Search' },
  /** The switch names the other language in that language, so a reader of it can find it. */
  'common.switchLabel': { zh: 'English', en: '中文' },
  'common.footer.about': {
    zh: '山海：用数据讲述东西部协作。每个数字都链接到它的来源原文语句、时期与限定词（约、多、余）。',
    en: 'Shanhai tells China’s East–West cooperation programme in data. Every figure links to the sentence of its source article, with its period and qualifier (about, more than).',
  },
  'common.footer.method': { zh: '方法与规则', en: 'Method and rules' },
  'common.footer.data': { zh: '数据下载（CSV / JSON）', en: 'Data downloads (CSV / JSON)' },
  'common.footer.licence': {
    zh: '数据以 CC BY 4.0 发布，代码以 MIT 许可发布。',
    en: 'Data under CC BY 4.0, code under the MIT licence.',
  },
  'common.share': { zh: '分享本页', en: 'Share this page' },
  'common.share.copy': { zh: '复制链接', en: 'Copy link' },
  'common.share.copied': { zh: '链接已复制', en: 'Link copied' },
  'common.share.copyThis': { zh: '请复制这个链接：', en: 'Copy this link: ' },
  'common.share.qr': { zh: '微信扫码分享', en: 'Share by WeChat QR code' },
  'common.share.qrAlt': { zh: '本页网址的二维码', en: 'QR code of this page’s address' },
  'common.share.qrViewTitle': { zh: '本页当前地图视图的二维码', en: 'QR code of this page’s current map view' },
  'common.share.qrNoteBefore': { zh: '用微信“扫一扫”打开', en: 'Scan it with WeChat to open ' },
  'common.share.qrPage': { zh: '本页', en: 'this page' },
  'common.share.qrView': { zh: '本页当前的地图视图', en: 'this page’s current map view' },
  'common.share.qrNoteAfter': { zh: '。', en: '.' },
  'common.chineseOriginal': { zh: '中文原文', en: 'Chinese original' },
} as const satisfies MessageTable;
