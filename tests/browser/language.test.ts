/**
 * Chinese throughout: the text readers see on every built page (quotes and code aside) has no English words beyond
 * a short allow-list, no raw ids and none of the curators' jargon. See `support/findForeignText.ts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findForeignInPage, findForeignInText } from './support/findForeignText';
import { listSitePages, type SitePage } from './support/sitePages';

describe('the scanner', () => {
  test('finds English words, raw ids and jargon, and lets allowed words, addresses and dates pass', () => {
    const found = (text: string) => findForeignInText(text).map((f) => `${f.kind}: ${f.found}`);
    expect(found('嵌入 / Embed')).toEqual(['latin: Embed']);
    expect(found('西部协作方。Inner Mongolia。')).toEqual(['latin: Inner', 'latin: Mongolia']);
    expect(found('见jiangsu--xining')).toEqual(['raw id: jiangsu--xining']);
    expect(found('与 r-gmrb-2024-01-national 是同一份')).toEqual(['raw id: r-gmrb-2024-01-national']);
    expect(found('故用 labor.employed 而非')).toEqual(['raw id: labor.employed']);
    expect(found('〔原标题未录〕浙川协作')).toEqual(['jargon: 原标题未录']);
    expect(found('始于2021年4月（第11段）')).toEqual(['jargon: （第11段）']);
    expect(found('研究笔记理解为2022年初至10月前后')).toEqual(['jargon: 研究笔记']);
    expect(found('截至2023年11月底；同一文章的另一份存档给出同一数字')).toEqual(['jargon: 另一份存档']);
    expect(found('没有村级地点编号，故记在县')).toEqual(['jargon: 地点编号']);
    expect(found('〔抓取文本未载标题，此为整理者所拟〕')).toEqual(['jargon: 抓取', 'jargon: 整理者所拟']);
    expect(found('下载 CSV 或 JSON，CC BY 4.0，山海（Shanhai），2024-01-03，读自镜像网页（m.xhyb.net.cn）')).toEqual(
      [],
    );
  });

  test('skips quotes and code but reads attributes readers hear', () => {
    const html =
      '<html lang="zh-CN"><body><blockquote>English quote</blockquote><q>the words</q><code>fact_id</code>' +
      '<pre>npm</pre><ul data-quote><li>j9 spam</li></ul><img alt="a map"><p>地图</p></body></html>';
    expect(findForeignInPage(html).map((f) => f.found)).toEqual(['a', 'map']);
  });
});

const byTemplate = new Map<string, SitePage[]>();
// The English edition (/en/) has its own check: english.test.ts.
for (const page of listSitePages().filter((p) => !p.path.startsWith('/en/'))) {
  byTemplate.set(page.template, [...(byTemplate.get(page.template) ?? []), page]);
}

describe.each([...byTemplate.entries()].map(([template, pages]) => ({ template, pages })))('$template', ({ pages }) => {
  test(`readers see Chinese: no English words, raw ids or curator jargon (${pages.length} page(s))`, () => {
    const problems = new Map<string, string>();
    for (const page of pages) {
      for (const f of findForeignInPage(readFileSync(page.file, 'utf8'))) {
        const key = `${f.kind} “${f.found}”`;
        if (!problems.has(key)) problems.set(key, `${key} on ${page.path}: …${f.context}…`);
      }
    }
    expect([...problems.values()]).toEqual([]);
  });
});
