import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeSourceEn } from '../../src/lib/i18n/english/describeSourceEn';
import { isUnrecordedTitle, SOURCE_TITLE_GLOSS_EN } from '../../src/lib/i18n/english/sourceTitlesEn';

const CURATED = 'data/curated';
const sources = readdirSync(CURATED)
  .filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(join(CURATED, f), 'utf8')) as { source: { id: string; title: string } }).source);

describe('English glosses of source titles', () => {
  test('each names a source whose original title is recorded', () => {
    const titles = new Map(sources.map((s) => [s.id, s.title]));
    const wrong = Object.keys(SOURCE_TITLE_GLOSS_EN).filter((id) => {
      const title = titles.get(id);
      return title === undefined || isUnrecordedTitle(title);
    });
    expect(wrong).toEqual([]);
    // Every source with a recorded title has its gloss.
    expect(sources.filter((s) => !isUnrecordedTitle(s.title) && SOURCE_TITLE_GLOSS_EN[s.id] === undefined)).toEqual([]);
  });
});

test('a title we wrote is known both as curated and as built', () => {
  expect(isUnrecordedTitle('〔原标题未录〕鲁渝劳务协作2022年成效（转载页）')).toBe(true);
  expect(isUnrecordedTitle('鲁渝劳务协作2022年成效（转载页）（原题不详，本站拟题）')).toBe(true);
  expect(isUnrecordedTitle('东西部协作取得新进展新成效')).toBe(false);
});

describe('describeSourceEn', () => {
  test('lists measures and places in first-seen order and the years the figures span', () => {
    // The figures of gsrb-2021-10-gansu: funds from Tianjin and Shandong to Gansu, Jan–Sep 2021; labour at Gansu.
    const words = describeSourceEn([
      {
        metric: 'funds.fiscal',
        jointFrom: ['tianjin', 'shandong'],
        to: 'gansu',
        periodStart: '2021-01',
        periodEnd: '2021-09',
      },
      { metric: 'people.cadres', from: 'shandong', to: 'gansu', periodStart: '2021-01', periodEnd: '2021-09' },
      { metric: 'funds.fiscal', at: 'gansu', periodStart: '2016-01', periodEnd: '2020-12' },
    ]);
    expect(words).toEqual({
      metrics: 'fiscal aid and Party and government cadres',
      places: 'Tianjin, Shandong and Gansu',
      years: '2016–2021',
    });
  });

  test('has nothing to say of a source without figures', () => {
    expect(describeSourceEn([])).toBeUndefined();
  });
});
