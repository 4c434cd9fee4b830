/** The words both editions' province and pair pages share: a pairing's years, CSV links and place names. */
import { describe, expect, it } from 'vitest';
import { dataFileIn, periodIn, placeNameIn, yearsIn } from '../../src/lib/site/pageWords';

describe('page words in both editions', () => {
  it('write a pairing’s years, and the brackets after a name, as each language does', () => {
    expect(yearsIn('zh', 2021, undefined)).toBe('2021年起');
    expect(yearsIn('zh', 2016, 2020)).toBe('2016年起，2020年止');
    expect(yearsIn('en', 2016, 2020)).toBe('2016–2020');
    // Full-width brackets straight after a Chinese name; a space and ASCII brackets after an English one.
    expect(periodIn('zh', 2021, undefined)).toBe('（2021年起）');
    expect(periodIn('en', 2021, undefined)).toBe(' (since 2021)');
  });

  it('link the English CSVs under /data/en/', () => {
    expect(dataFileIn('zh', 'provinces/gansu.csv')).toBe('/data/provinces/gansu.csv');
    expect(dataFileIn('en', 'pairs/shandong--gansu.csv')).toBe('/data/en/pairs/shandong--gansu.csv');
  });

  it('name a place from the datasets in Chinese and from the reference data in English', () => {
    expect(placeNameIn('zh', 'guangxi', '广西')).toBe('广西');
    expect(placeNameIn('en', 'guangxi', '广西')).toBe('Guangxi');
    expect(placeNameIn('en', 'guangxi', '广西', true)).toBe('Guangxi Zhuang Autonomous Region');
  });
});
