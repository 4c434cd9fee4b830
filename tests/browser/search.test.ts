/**
 * Site search (Pagefind, extended build: Chinese is split into words at indexing, so queries need no spaces).
 * Known answers: each query's results include the page a reader would expect. Also: nothing of the search is loaded
 * before the reader starts a search, and without JS the page says how to find things instead.
 */
import { describe, expect, test } from 'vitest';
import { useSiteInBrowser } from './support/useSiteInBrowser';

const site = useSiteInBrowser();

/** The result links (paths) and the status line for a query typed into /search/. */
async function search(query: string, width = 390): Promise<{ paths: string[]; status: string }> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${site.server.origin}/search/`);
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await page.waitForFunction(() => /页面共|没有找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
  const paths = await page.$$eval('.search-results a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  const status = (await page.textContent('.search-status')) ?? '';
  await page.close();
  expect(errors).toEqual([]);
  return { paths, status };
}

describe('Chinese queries find the pages a reader expects', () => {
  test.each([
    ['闽宁', ['/pair/fujian--ningxia/', '/province/ningxia/']],
    ['粤桂协作', ['/stories/yuegui/', '/pair/guangdong--guangxi/', '/source/rmrb-2023-11-yuegui/']],
    ['甘肃', ['/province/gansu/', '/stories/gansu-2021/', '/pair/tianjin--gansu/', '/pair/shandong--gansu/']],
    ['渭源', ['/stories/chengyang-weiyuan/', '/source/zgxczx-2021-11-chengyang-weiyuan/']],
    ['甘肃日报', ['/source/r-gsrb-2025-06-jingan/']],
  ])('%s', async (query, expected) => {
    const { paths, status } = await search(query);
    for (const path of expected) expect(paths, `${query}: ${status}`).toContain(path);
    expect(status).toMatch(new RegExp(`^含“${query}”的页面共 \\d+ 个`));
  });

  test('a word the site does not have says so in Chinese', async () => {
    const { paths, status } = await search('鳄鱼');
    expect(paths).toEqual([]);
    expect(status).toBe('没有找到含“鳄鱼”的页面。试试更短的词，或浏览来源列表。');
  });
});

test('Enter shows the results once: the search the typing scheduled does not run again and flash “searching”', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 900 } });
  await page.goto(`${site.server.origin}/search/`);
  const status = page.locator('.search-status');
  // The first search loads the index; the second, answered from it, beats the typing's 200 ms timer.
  await page.fill('#search-query', '甘肃');
  await page.press('#search-query', 'Enter');
  await page.waitForFunction(() => /页面共/.test(document.querySelector('.search-status')?.textContent ?? ''));
  await page.fill('#search-query', '渭源');
  await page.press('#search-query', 'Enter');
  await page.waitForFunction(() => /“渭源”的页面共/.test(document.querySelector('.search-status')?.textContent ?? ''));
  const seen: string[] = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const lines: string[] = [];
        const target = document.querySelector('.search-status');
        const observer = new MutationObserver(() => lines.push(target?.textContent ?? ''));
        if (target) observer.observe(target, { childList: true, characterData: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(lines);
        }, 500);
      }),
  );
  expect(seen).toEqual([]);
  expect(await status.textContent()).toMatch(/^含“渭源”的页面共 \d+ 个/);
  await page.close();
});

test('the index holds reader text only: no navigation, footer, share box, map labels or embed', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.origin}/search/`);
  // A string, not a function: the test runner would rewrite a function's import().
  const indexed: { url: string; content: string }[] = await page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const found = await pf.search('粤桂协作');
    const pages = await Promise.all(found.results.map((r) => r.data()));
    return pages.map((p) => ({ url: p.url, content: p.content }));
  })()`);
  await page.close();
  const story = indexed.find((p) => p.url === '/stories/yuegui/');
  expect(story?.content).toContain('广东同时帮扶广西和贵州两个省区');
  // Navigation, the footer's licence line, the share box and the map's own labels and legend stay out.
  for (const boilerplate of ['跳到正文', '数据下载', '代码以 MIT 许可发布', '微信扫码分享', '东部协作省市'])
    expect(story?.content).not.toContain(boilerplate);
  expect(indexed.filter((p) => p.url.startsWith('/embed/') || p.url === '/search/')).toEqual([]);
});

test('nothing of the search loads until the reader searches', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${site.server.origin}/search/`, { waitUntil: 'networkidle' });
  await page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.goto(`${site.server.origin}/search/`, { waitUntil: 'networkidle' });
  await page.focus('#search-query');
  await page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
  await page.close();
});

test('without JS the search page explains itself and links to the lists', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}/search/`);
  expect(await page.isVisible('#search-query')).toBe(false);
  expect(await page.textContent('.search-nojs')).toContain('搜索要在浏览器允许运行脚本时才能使用');
  const links = await page.$$eval('.search-nojs a', (as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(['/stories/', '/provinces/', '/pairs/', '/sources/']);
  await context.close();
});
