/**
 * Our English glosses of source titles, for English pages (the title itself stays Chinese and is the citation).
 * Only sources whose original title is recorded have one; a title in 〔〕 is our own Chinese description of an
 * article whose title we did not record, and its English page says so instead. Keys are source ids; a test checks
 * that each names a source.
 */
export const SOURCE_TITLE_GLOSS_EN: Readonly<Record<string, string>> = {
  'gsrb-2021-10-gansu':
    'Wider channels, deeper content, better results: Gansu’s East–West cooperation and the central units’ paired assistance move ahead',
  'r-bbrtv-2023-07-yuegui':
    'In the first half, Guangdong–Guangxi cooperation helped 580,000 rural workers of Guangxi into jobs',
  'r-cctv-2023-12-national':
    '23.19 billion yuan, 731,000 people, 1,155 …: the figures show new progress in East–West cooperation',
  'r-cnr-2018-04-jingmeng': 'Beijing and Inner Mongolia sign 24.2 billion yuan of poverty-relief investment orders',
  'r-cnr-2024-08-chifeng': '“No mountain or sea too far”: Beijing and Inner Mongolia hold an online campaign',
  'r-dingxi-2025-05-qingdao': 'Qingdao and Dingxi push East–West cooperation further',
  'r-gmrb-2024-01-national': 'East–West cooperation makes new progress',
  'r-jctt-2022-07-jingmeng':
    'Beijing–Inner Mongolia cooperation puts rural revitalisation in Inner Mongolia “on the fast track”',
  'r-rmrb-2022-10-jingan': 'Mobilising all sides to keep supporting development',
  'r-sina-2026-01-qingdao': 'The “Qingdao–Dingxi bridge”: a road to shared prosperity through East–West cooperation',
  'r-sxrb-2024-02-sushaan': 'Jiangsu–Shaanxi cooperation brings 229 eastern companies to Shaanxi',
  'r-xinhua-2012-10-minning': 'Fujian’s aid of more than 700 million yuan over 16 years helps Ningxia develop',
  'r-xinhua-2022-03-minning': 'Fujian–Ningxia cooperation helps a new stage of rural revitalisation',
  'r-yanqitong-2025-01-sushaan': 'Provincial Jiangsu–Shaanxi funds supported 587 projects in 2024',
  'rmrb-2023-11-yuegui': 'Guangdong and Guangxi deepen their cooperation for rural revitalisation',
  'zgxczx-2021-11-chengyang-weiyuan': 'East–West assistance for revitalisation: mountains and seas joined',
  'zhmzgtt-2024-02-huizhou-qianxinan': 'High-quality development in Qianxinan: East–West cooperation',
};

/**
 * True when `title` is our own description of an article whose original title was not recorded: the curated
 * 〔原标题未录〕… or, as the built data has it (formatSourceTitle), …（原题不详，本站拟题）.
 */
export function isUnrecordedTitle(title: string): boolean {
  return title.startsWith('〔原标题未录〕') || title.endsWith('（原题不详，本站拟题）');
}
