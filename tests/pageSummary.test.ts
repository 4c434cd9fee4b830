/**
 * Known answers for the top of province and pair pages (issue 14): the summary table lists the key metrics'
 * full-year headlines by year, newest first, and the cards are grouped by metric in time order — both taken from the
 * headlines the build chose, never re-chosen.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/data/loadContent';

const content = loadContent();
if (!content.ok) throw new Error(`content has problems: ${JSON.stringify(content.problems.slice(0, 3))}`);
const { datasets } = content;
const province = (id: string) => {
  const found = datasets.provinces.find((p) => p.province.id === id);
  if (found === undefined) throw new Error(`no province ${id}`);
  return found;
};
const pair = (id: string) => {
  const found = datasets.pairs.find((p) => p.pair.id === id);
  if (found === undefined) throw new Error(`no pair ${id}`);
  return found;
};

describe('the page summary', () => {
  it('甘肃: 财政援助资金 by year, newest first, with both partners in 2024 (16亿元以上 from 山东, 9.65亿元 from 天津)', () => {
    const funds = province('gansu').summary.rows.find((r) => r.metric === 'funds.fiscal');
    expect(funds?.label).toBe('财政援助资金');
    expect(funds?.anchor).toBe('metric-funds-fiscal');
    expect(funds?.years.map((y) => y.year)).toEqual(['2024', '2023', '2022', '2021']);
    expect(funds?.years[0]?.figures.map((f) => `${f.places} ${f.display} ${f.tags.join(',')}`)).toEqual([
      '山东 → 甘肃 16亿元以上 ',
      '天津 → 甘肃 9.65亿元 安排',
    ]);
  });

  it('leaves cumulative figures to the cards: 天津→甘肃 64.5亿元 (2021年1月—2024年7月累计) is not in it', () => {
    const all = province('gansu').summary.rows.flatMap((r) => r.years.flatMap((y) => y.figures.map((f) => f.display)));
    expect(all).not.toContain('64.5亿元');
    expect(province('gansu').cards.outcomes.map((c) => c.display)).toContain('64.5亿元');
  });

  it('every summary figure is one of the page’s headline cards (nothing chosen twice)', () => {
    for (const page of [...datasets.provinces, ...datasets.pairs]) {
      const cards = new Map(page.cards.outcomes.map((c) => [c.factId, c.display]));
      for (const row of page.summary.rows)
        for (const y of row.years) for (const f of y.figures) expect(cards.get(f.factId)).toBe(f.display);
    }
  });

  it('writes no places on a pair page, where every figure has the same two ends', () => {
    const rows = pair('shandong--gansu').summary.rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.flatMap((r) => r.years.flatMap((y) => y.figures.map((f) => f.places)))).toEqual(
      rows.flatMap((r) => r.years.flatMap((y) => y.figures.map(() => ''))),
    );
  });
});

describe('card groups', () => {
  it('甘肃 财政援助资金: one group, earliest period first (截至2020年10月 89.66亿元 … 2024年全年)', () => {
    const group = province('gansu').cards.groups.find((g) => g.metric === 'funds.fiscal');
    expect(group?.cards.map((c) => `${c.period} ${c.display}`)).toEqual([
      '截至2020年10月累计 89.66亿元',
      '2021年全年 16亿元以上',
      '2021年1月—2022年9月累计 32.24亿元',
      '2022年全年 16亿元以上',
      '2023年全年 16亿元以上',
      '2021年1月—2024年7月累计 64.5亿元',
      '2024年全年 16亿元以上',
      '2024年全年 9.65亿元',
    ]);
  });

  it('holds every outcome card exactly once, metrics in the vocabulary’s order', () => {
    for (const page of [...datasets.provinces, ...datasets.pairs]) {
      const grouped = page.cards.groups.flatMap((g) => g.cards.map((c) => c.factId));
      expect([...grouped].sort()).toEqual(page.cards.outcomes.map((c) => c.factId).sort());
      expect(page.cards.groups.map((g) => g.metric)).toEqual([...new Set(page.cards.outcomes.map((c) => c.metric))]);
    }
  });
});
