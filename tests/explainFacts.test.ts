import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainFacts } from '../src/lib/data/checks/explainFacts';
import { loadContent } from '../src/lib/data/loadContent';
import { validCurated } from './fixtures/curatedFixture';

/** The site's reference data with one curated file: the fixture's two facts, a target and a later fiscal figure. */
function datasets() {
  const root = mkdtempSync(join(tmpdir(), 'shanhai-explain-'));
  cpSync('data/reference', join(root, 'reference'), { recursive: true });
  mkdirSync(join(root, 'curated'));
  const file = validCurated();
  file.facts.push(
    {
      ...file.facts[0],
      id: 't-03-funds-target',
      status: 'target',
      period: '2022',
      evidence: { quote: '计划投入帮扶资金7135万元', paragraph: 18 },
    },
    {
      ...file.facts[0],
      id: 't-04-funds-shandong',
      expression: '3亿元',
      value: 300000000,
      from: 'shandong',
      to: 'gansu',
      period: '2021',
      evidence: { quote: '山东省投入帮扶资金3亿元', paragraph: 19 },
    },
  );
  writeFileSync(join(root, 'curated', 'test-source.json'), JSON.stringify(file));
  const content = loadContent({ reference: join(root, 'reference'), curated: join(root, 'curated') });
  if (!content.ok) throw new Error(JSON.stringify(content.problems));
  return content.datasets;
}

describe('npm run check -- --explain', () => {
  const lines = explainFacts('test-source', datasets());
  const about = (id: string): string[] => {
    const start = lines.findIndex((l) => l.startsWith(`${id}:`));
    return lines.slice(start, start + 5);
  };

  it('says which map view, headlines and charts a province figure reaches', () => {
    expect(about('t-04-funds-shandong')).toEqual([
      't-04-funds-shandong: 3亿元 财政援助资金, shandong → gansu, 2021年 (outcome)',
      '  map: 财政援助资金 · 2021, arc shandong--gansu (east-to-west); 财政援助资金 · latest, arc shandong--gansu (east-to-west)',
      '  headline on: the 山东省 page (2021年); the 甘肃省 page (2021年); the 山东→甘肃 pair page (2021年)',
      '  charts: the 山东省 page; the 甘肃省 page; the 山东→甘肃 pair page',
      '  lists: its source page, the facts tables of the pages of shandong, gansu, and the data downloads (facts.csv)',
    ]);
  });

  it('says when a figure is drawn thin rather than sized, and why a figure is not on the map', () => {
    expect(about('t-02-cadres')[1]).toBe(
      '  map: 党政干部 · 2021, arc qingdao-chengyang--dingxi-weiyuan (mutual), drawn thin with "截至2021年11月累计" on it: only full-year totals are sized',
    );
    expect(about('t-03-funds-target')[1]).toBe('  map: not drawn — targets are never drawn on the map');
  });

  it('refuses a source with no facts', () => {
    expect(explainFacts('no-such-source', datasets())).toEqual([
      'no facts from source "no-such-source" in the built data',
    ]);
  });
});
