/**
 * English names of the outlets sources come from (`source.outlet` is the outlet's Chinese name), for English pages.
 * National media use the names they publish under in English; an outlet without an English name here keeps its
 * Chinese name, marked `zh-CN`, as any other proper name is kept. ASCII quotes: the images' CJK font draws curly
 * quotes full-width.
 */
import type { Locale } from '../locale';

const OUTLET_EN: Readonly<Record<string, string>> = {
  新华社: 'Xinhua News Agency',
  新华网: 'Xinhuanet',
  人民日报: "People's Daily",
  人民网: "People's Daily Online",
  光明日报: 'Guangming Daily',
  经济日报: 'Economic Daily',
  央视网: 'CCTV.com',
  央广网: 'China National Radio (cnr.cn)',
  中国日报网: 'China Daily (chinadaily.com.cn)',
  澎湃新闻: 'The Paper',
  新京报: 'The Beijing News',
  陕西日报: 'Shaanxi Daily',
  甘肃日报: 'Gansu Daily',
  四川日报: 'Sichuan Daily',
  内蒙古日报: 'Inner Mongolia Daily',
  天津日报: 'Tianjin Daily',
  福建日报: 'Fujian Daily',
  云南日报: 'Yunnan Daily',
  '媒体不详（原网页只注明“新闻中心”栏目）': 'Outlet unknown (the page names only its "news centre" section)',
  '原刊不详（见于一个转载网页）': 'Outlet unknown (found on a repost page)',
};

/** The outlet as an English page names it, and the language it is written in. */
export function outletNameEn(outlet: string): { text: string; lang: 'en' | 'zh-CN' } {
  const english = OUTLET_EN[outlet];
  return english === undefined ? { text: outlet, lang: 'zh-CN' } : { text: english, lang: 'en' };
}

/**
 * The outlet as a page of `locale` names it, with the `lang` its element needs: a Chinese page prints the Chinese
 * name as it is; an English page prints the English name where there is one, otherwise the Chinese name marked
 * `zh-CN` (so screen readers and fonts treat it as Chinese).
 */
export function outletIn(outlet: string, locale: Locale): { text: string; lang: 'zh-CN' | undefined } {
  if (locale === 'zh') return { text: outlet, lang: undefined };
  const name = outletNameEn(outlet);
  return { text: name.text, lang: name.lang === 'en' ? undefined : 'zh-CN' };
}
