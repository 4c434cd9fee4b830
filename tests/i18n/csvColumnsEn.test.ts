/** The CSV's columns described in English for /en/data/: the same columns and codes, in the same order, as the Chinese list. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS_EN } from '../../src/lib/data/csvColumnsEn';
import { CSV_COLUMNS, type FactsCsvContext, formatFactsCsv } from '../../src/lib/data/formatFactsCsv';

describe('the English CSV field list', () => {
  it('has every column of the CSV, and every code of each coded column, in order', () => {
    expect(CSV_COLUMNS_EN.map((c) => c.name)).toEqual(CSV_COLUMNS.map((c) => c.name));
    const codes = (list: typeof CSV_COLUMNS_EN) => list.map((c) => c.codes?.map(([code]) => code) ?? []);
    expect(codes(CSV_COLUMNS_EN)).toEqual(codes(CSV_COLUMNS));
    expect(CSV_COLUMNS_EN.every((c) => c.meaning !== '' && (c.codes ?? []).every(([, m]) => m !== ''))).toBe(true);
  });

  it('describes the columns of the English download’s header, one by one', () => {
    const english: FactsCsvContext = { sources: new Map(), places: {}, site: 'https://example.org', lang: 'en' };
    const header = formatFactsCsv([], english, 'plain').trim();
    expect(CSV_COLUMNS_EN.map((c) => c.name).join(',')).toBe(header);
    const qualifier = CSV_COLUMNS_EN.find((c) => c.name === 'qualifier');
    expect(qualifier?.codes).toEqual([
      ['exact', 'exact'],
      ['approx', 'about (约, 近, 左右)'],
      ['at-least', 'at least or more than (多, 余, 超过, 以上)'],
      ['at-most', 'less than (不到)'],
    ]);
  });
});
