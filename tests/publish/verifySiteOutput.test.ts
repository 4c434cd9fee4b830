import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifySiteOutput } from '../../src/lib/publish/verifySiteOutput';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shanhai-site-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

describe('verifySiteOutput', () => {
  const good = {
    'index.html': '<a href="/stories/yuegui/">粤桂</a>',
    'sitemap-index.xml': '<sitemapindex/>',
    'stories/yuegui/index.html': '<p>粤桂</p>',
    'og/home.png': PNG,
    'pagefind/pagefind.js': 'export {}',
    'pagefind/pagefind-entry.json': JSON.stringify({ languages: { 'zh-cn': { page_count: 3 } } }),
  };

  it('passes a complete site', () => {
    expect(verifySiteOutput(site(good), ['yuegui'])).toEqual([]);
  });

  it('names a missing story page, an unsafe link and a PNG that is not one ("[object Promise]")', () => {
    const dir = site({
      ...good,
      'index.html': '<a href="javascript:alert(1)">x</a>',
      'embed/map/funds/2023/map.png': '[object Promise]',
    });
    expect(verifySiteOutput(dir, ['yuegui', 'gansu-2021'])).toEqual([
      'stories/gansu-2021/index.html was not built',
      'index.html has an unsafe URL: href="javascript:',
      'embed/map/funds/2023/map.png is not a PNG image',
    ]);
  });

  it('names a missing search index, and one without the Chinese pages', () => {
    const { 'pagefind/pagefind.js': _js, ...noIndex } = good;
    expect(verifySiteOutput(site(noIndex), ['yuegui'])).toEqual(['pagefind/ (the search index) was not written']);
    const english = { ...good, 'pagefind/pagefind-entry.json': '{"languages":{"en":{"page_count":2}}}' };
    expect(verifySiteOutput(site(english), ['yuegui'])).toEqual([
      'the search index holds 0 Chinese (zh-cn) page(s), fewer than the 2 it must have',
    ]);
  });

  describe('the English edition', () => {
    const SITE = 'https://shanhai.example.org';
    const alternates = (path: string): string =>
      `<link rel="alternate" hreflang="zh-CN" href="${SITE}${path}"><link rel="alternate" hreflang="en" href="${SITE}/en${path}">` +
      `<link rel="alternate" hreflang="x-default" href="${SITE}${path}">`;
    const zhPage = (path: string): string => `<html lang="zh-CN"><head>${alternates(path)}</head></html>`;
    const enPage = (path: string): string => `<html lang="en"><head>${alternates(path)}</head></html>`;
    const edition = { routes: ['/', '/pair/*/', '/stories/national-2023/'], storySlugs: ['national-2023'] };
    const both = {
      ...good,
      'index.html': zhPage('/'),
      'en/index.html': enPage('/'),
      'pair/guangdong--guangxi/index.html': zhPage('/pair/guangdong--guangxi/'),
      'en/pair/guangdong--guangxi/index.html': enPage('/pair/guangdong--guangxi/'),
      'stories/yuegui/index.html': '<html lang="zh-CN"></html>',
      'stories/national-2023/index.html': zhPage('/stories/national-2023/'),
      'en/stories/national-2023/index.html': enPage('/stories/national-2023/'),
      // A Chinese-only story's English notice: no counterpart, so no alternates.
      'en/stories/yuegui/index.html': '<html lang="en"></html>',
      'embed/map/index.html': '<html lang="zh-CN"></html>',
      'pagefind/pagefind-entry.json': JSON.stringify({
        languages: { 'zh-cn': { page_count: 3 }, en: { page_count: 2 } },
      }),
    };

    it('passes when every page of the routes is in both editions and they name each other', () => {
      expect(verifySiteOutput(site(both), ['yuegui', 'national-2023'], edition)).toEqual([]);
    });

    it('names a missing edition, a wrong lang, a one-sided hreflang, a stray alternate and a short English index', () => {
      const {
        'en/pair/guangdong--guangxi/index.html': _gone,
        'en/stories/national-2023/index.html': _story,
        ...rest
      } = both;
      const dir = site({
        ...rest,
        'en/index.html': `<html lang="zh-CN"><head>${alternates('/')}</head></html>`,
        // The English pair page names the wrong Chinese page; the Chinese one is right.
        'pair/guangdong--guizhou/index.html': zhPage('/pair/guangdong--guizhou/'),
        'en/pair/guangdong--guizhou/index.html': enPage('/pair/guangdong--guangxi/'),
        'en/stories/yuegui/index.html': `<html lang="en"><head>${alternates('/stories/yuegui/')}</head></html>`,
        'pagefind/pagefind-entry.json': JSON.stringify({
          languages: { 'zh-cn': { page_count: 3 }, en: { page_count: 1 } },
        }),
      });
      expect(verifySiteOutput(dir, ['yuegui', 'national-2023'], edition).sort()).toEqual(
        [
          'en/index.html has lang="zh-CN", not lang="en"',
          'en/pair/guangdong--guangxi/index.html was not built (the English edition of /pair/guangdong--guangxi/)',
          'en/pair/guangdong--guizhou/index.html names /pair/guangdong--guangxi/ as hreflang="zh-CN", not /pair/guangdong--guizhou/',
          'en/pair/guangdong--guizhou/index.html names /en/pair/guangdong--guangxi/ as hreflang="en", not /en/pair/guangdong--guizhou/',
          'en/pair/guangdong--guizhou/index.html names /pair/guangdong--guangxi/ as hreflang="x-default", not /pair/guangdong--guizhou/',
          'en/stories/national-2023/index.html was not built (the English edition of /stories/national-2023/)',
          'en/stories/yuegui/index.html names hreflang alternates, but /stories/yuegui/ has no English edition',
          'the search index holds 1 English (en) page(s), fewer than the 2 it must have',
        ].sort(),
      );
    });

    it('names a Chinese embed whose English embed is missing or not in English', () => {
      const embeds = { ...edition, embedRoutes: ['/embed/map/', '/embed/pair/*/', '/embed/province-chart/*/'] };
      const dir = site({
        ...both,
        'en/embed/map/index.html': '<html lang="en"></html>',
        'embed/pair/guangdong--guangxi/index.html': '<html lang="zh-CN"></html>',
        'embed/province-chart/gansu/index.html': '<html lang="zh-CN"></html>',
        'en/embed/province-chart/gansu/index.html': '<html lang="zh-CN"></html>',
        // Not an embed route with an English edition: no English twin needed.
        'embed/story/yuegui/1/index.html': '<html lang="zh-CN"></html>',
      });
      expect(verifySiteOutput(dir, ['yuegui', 'national-2023'], embeds).sort()).toEqual([
        'en/embed/pair/guangdong--guangxi/index.html was not built (the English edition of the embed /embed/pair/guangdong--guangxi/)',
        'en/embed/province-chart/gansu/index.html has lang="zh-CN", not lang="en"',
      ]);
      expect(
        verifySiteOutput(
          site({ ...both, 'en/embed/map/index.html': '<html lang="en"></html>' }),
          ['yuegui', 'national-2023'],
          embeds,
        ),
      ).toEqual([]);
    });
  });
});
