import { describe, expect, it } from 'vitest';
import {
  addScores,
  type ComparableFact,
  formatScoreTable,
  scoreExtraction,
} from '../../src/lib/extract/measureExtraction';

const curated: ComparableFact[] = [
  { id: 'c1', metric: 'people.cadres', value: 20, unit: 'person', from: 'huizhou', to: 'qianxinan' },
  { id: 'c2', metric: 'people.professionals', value: 294, unit: 'person', from: 'huizhou', to: 'qianxinan' },
  { id: 'c3', metric: 'labor.transferred-east', value: 16042, unit: 'person', from: 'qianxinan', to: 'guangdong' },
  { id: 'c4', metric: 'count.other', value: 30000, unit: 'mu', at: 'dingxi-weiyuan' },
];

const proposed: ComparableFact[] = [
  { id: 'p1', metric: 'people.cadres', value: 20, unit: 'person', from: 'huizhou', to: 'qianxinan' }, // all right
  { id: 'p2', metric: 'people.cadres', value: 294, unit: 'person', from: 'huizhou', to: 'qianxinan' }, // metric wrong
  { id: 'p3', metric: 'labor.transferred-east', value: 16042, unit: 'person', from: 'qianxinan', to: 'huizhou' }, // place wrong
  { id: 'p4', metric: 'count.other', value: 30000, unit: 'count', at: 'dingxi-weiyuan' }, // unit wrong
  { id: 'p5', metric: 'count.other', value: 12, unit: 'count', at: 'dingxi-weiyuan' }, // not curated
];

describe('scoreExtraction', () => {
  const score = scoreExtraction(curated, proposed);

  it('counts recall on value, value + metric and value + metric + places', () => {
    expect(score).toMatchObject({ curated: 4, value: 3, valueMetric: 2, full: 1, proposals: 5, correct: 1 });
  });

  it('says why each curated fact was missed', () => {
    expect(score.missed).toEqual([
      { id: 'c2', why: 'metric people.cadres instead of people.professionals' },
      { id: 'c3', why: 'places qianxinan → huizhou instead of qianxinan → guangdong' },
      { id: 'c4', why: 'figure not proposed' },
    ]);
  });

  it('treats an absent place and a different place alike: from/to/at must all be equal', () => {
    const noGiver = { ...curated[0], id: 'c', from: undefined } as ComparableFact;
    expect(scoreExtraction([noGiver], proposed).full).toBe(0);
  });

  it('prints a per-article table with totals', () => {
    const table = formatScoreTable([
      { name: 'a', score },
      { name: 'b', score: scoreExtraction(curated.slice(0, 1), proposed.slice(0, 1)) },
    ]);
    expect(table.split('\n')).toEqual([
      'article  curated  proposed  recall value  recall +metric  recall +places  precision',
      '-------  -------  --------  ------------  --------------  --------------  ---------',
      'a              4         5       3 (75%)         2 (50%)         1 (25%)    1 (20%)',
      'b              1         1      1 (100%)        1 (100%)        1 (100%)   1 (100%)',
      'total          5         6       4 (80%)         3 (60%)         2 (40%)    2 (33%)',
    ]);
    expect(addScores([score, score]).full).toBe(2);
  });
});
