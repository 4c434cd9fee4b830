import { describe, expect, test } from 'vitest';
import { compileRoutes, hasBothEditions, linkIn, switchTarget } from '../../src/lib/i18n/editions';
import { markChinese } from '../../src/lib/i18n/markChinese';
import { hreflangAlternates, localizePath, otherLanguagePath, splitLocale } from '../../src/lib/i18n/paths';

describe('paths across the two editions', () => {
  test('a page in either language', () => {
    expect(localizePath('/', 'en')).toBe('/en/');
    expect(localizePath('/pair/shandong--gansu/', 'en')).toBe('/en/pair/shandong--gansu/');
    expect(localizePath('/en/pair/shandong--gansu/', 'zh')).toBe('/pair/shandong--gansu/');
    expect(localizePath('/en/', 'en')).toBe('/en/');
    expect(() => localizePath('pair/x/', 'en')).toThrow('"pair/x/" is not a site path');
  });

  test('the other language keeps the query and the fragment (the map view)', () => {
    expect(otherLanguagePath('/?metric=labor&period=2023#home-map')).toBe('/en/?metric=labor&period=2023#home-map');
    expect(otherLanguagePath('/en/?metric=labor&period=2023#home-map')).toBe('/?metric=labor&period=2023#home-map');
    expect(otherLanguagePath('/en/province/gansu/')).toBe('/province/gansu/');
    expect(splitLocale('/english/')).toEqual({ locale: 'zh', path: '/english/' });
  });

  test('hreflang alternates are absolute, mutual and name x-default', () => {
    const expected = [
      { hreflang: 'zh-CN', href: 'https://shanhai.example.org/pairs/' },
      { hreflang: 'en', href: 'https://shanhai.example.org/en/pairs/' },
      { hreflang: 'x-default', href: 'https://shanhai.example.org/pairs/' },
    ];
    expect(hreflangAlternates('/pairs/', 'https://shanhai.example.org')).toEqual(expected);
    expect(hreflangAlternates('/en/pairs/', 'https://shanhai.example.org')).toEqual(expected);
  });
});

describe('pages in both editions', () => {
  test('listed routes have both; others switch to the other home', () => {
    expect(hasBothEditions('/pair/shandong--gansu/')).toBe(true);
    expect(hasBothEditions('/en/province/gansu/?metric=funds')).toBe(true);
    expect(hasBothEditions('/search/')).toBe(true);
    expect(hasBothEditions('/stories/national-2023/')).toBe(true);
    expect(hasBothEditions('/stories/yuegui/')).toBe(false);
    expect(hasBothEditions('/source/rmrb-2023-11-yuegui/')).toBe(true);
    expect(hasBothEditions('/data/pairs/x.csv')).toBe(false);
    expect(hasBothEditions('/pair/a/b/')).toBe(false);
    expect(switchTarget('/pair/shandong--gansu/', 'en')).toBe('/en/pair/shandong--gansu/');
    expect(switchTarget('/source/rmrb-2023-11-yuegui/', 'en')).toBe('/en/source/rmrb-2023-11-yuegui/');
    expect(switchTarget('/stories/yuegui/', 'en')).toBe('/en/');
  });

  test('links from an edition go to its own page where there is one, the Chinese page otherwise', () => {
    expect(linkIn('/source/rmrb-2023-11-yuegui/#fact-x', 'en')).toBe('/en/source/rmrb-2023-11-yuegui/#fact-x');
    expect(linkIn('/source/rmrb-2023-11-yuegui/#fact-x', 'zh')).toBe('/source/rmrb-2023-11-yuegui/#fact-x');
    expect(linkIn('/stories/yuegui/', 'en')).toBe('/stories/yuegui/');
    expect(switchTarget('/search/?q=x', 'en')).toBe('/en/search/?q=x');
  });
});

describe('routes compiled into one pattern (compileRoutes)', () => {
  const pattern = compileRoutes(['/', '/pair/*/', '/stories/a.b/']);
  test("matches a route's pages, `*` being one segment, and nothing else", () => {
    expect(['/', '/pair/guangdong--guangxi/', '/stories/a.b/'].map((p) => pattern.test(p))).toEqual([true, true, true]);
    expect(['/pair/', '/pair/a/b/', '/stories/aXb/', '/x/'].map((p) => pattern.test(p))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('Chinese cited in English text', () => {
  test('each run is marked, the rest escaped', () => {
    expect(markChinese('so 17.58亿元 is 1.758 billion & 互派 both')).toBe(
      'so <span lang="zh-CN">17.58亿元</span> is 1.758 billion &amp; <span lang="zh-CN">互派</span> both',
    );
    expect(markChinese('2023年1—11月 is “Jan–Nov 2023”')).toBe(
      '<span lang="zh-CN">2023年1—11月</span> is “Jan–Nov 2023”',
    );
  });
});
