import { describe, expect, test } from 'vitest';
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
