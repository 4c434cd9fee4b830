/**
 * A story chart of labour figures names its bars as the tables do (labels.places): workers helped into jobs in
 * 渭源 are 渭源（城阳协作）, not 城阳 → 渭源, which reads as 3,534 people moving from Chengyang to Weiyuan; workers
 * who went east keep their arrow. Known answers from 中国乡村振兴网 2021-11-13 (“帮助转移农村劳动力3534人，
 * 青岛就业数191人…就地就近就业1299人”), as the chengyang-weiyuan story charts them.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledFact } from '../../src/lib/data/types';
import { buildChartSeries } from '../../src/lib/stories/buildChartSeries';
import { describeFact } from '../../src/lib/stories/describeFact';
import { curatedContent } from '../support/curatedContent';

const { ctx } = curatedContent();
const fact = (id: string): CompiledFact => {
  const f = ctx.fact(id);
  if (f === undefined) throw new Error(`no fact ${id}`);
  return f;
};
const ids = ['002-17-labor-transferred', '002-18-labor-in-qingdao', '002-21-labor-local'];

describe('labour bars in a story chart', () => {
  it('writes workers helped where they live as 渭源（城阳协作）, and workers who went east with an arrow', () => {
    const series = buildChartSeries('城阳—渭源劳务协作', ids.map(fact), ctx);
    expect(series.rows.map((r) => [r.label, r.expression])).toEqual([
      ['帮助农村劳动力就业 · 渭源（城阳协作）', '3534人'],
      ['转移到东部就业 · 渭源 → 青岛', '191人'],
      ['就地就近就业 · 渭源（城阳协作）', '1299人'],
    ]);
    expect(series.rows.some((r) => r.label.includes('城阳 → 渭源'))).toBe(false);
  });

  it('names the same places in a linked figure’s title', () => {
    expect(describeFact(fact('002-21-labor-local'), ctx)).toContain('渭源（城阳协作）');
  });
});
