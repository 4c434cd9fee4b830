import { describe, expect, it } from 'vitest';
import type { CompiledFact } from '../../src/lib/data/types';
import { buildChartSeries, chooseDisplayUnit } from '../../src/lib/stories/buildChartSeries';
import { estimateTextWidth, layoutChart } from '../../src/lib/stories/layoutChart';
import { renderChartSvg } from '../../src/lib/stories/renderChartSvg';
import { fixtureContext } from '../fixtures/stories/storyContext';

function facts(...ids: string[]): CompiledFact[] {
  return ids.map((id) => {
    const f = fixtureContext.fact(id);
    if (f === undefined) throw new Error(`fixture lacks ${id}`);
    return f;
  });
}

describe('chart series', () => {
  it('labels bars by what differs: 惠州 ↔ 黔西南 cadres in 2023', () => {
    const series = buildChartSeries(
      '互派干部',
      facts('003-06-cadres-to-qianxinan', '003-08-cadres-to-huizhou'),
      fixtureContext,
    );
    expect(series.rows.map((r) => [r.label, r.value, r.expression])).toEqual([
      ['惠州 → 黔西南', 20, '20名'],
      ['黔西南 → 惠州', 9, '9名'],
    ]);
    expect(series.axisLabel).toBe('党政干部（人）');
    expect(series.description).toBe('党政干部，2023年全年：惠州 → 黔西南 20名；黔西南 → 惠州 9名。');
    expect(series.sources.map((s) => s.href)).toEqual(['/source/zhmzgtt-2024-02-huizhou-qianxinan/']);
  });

  it('scales money to 亿元 and marks targets apart from outcomes', () => {
    const series = buildChartSeries(
      '资金',
      facts('003-05-agreement-task-funds', '003-20-fiscal-funds'),
      fixtureContext,
    );
    expect(series.unitLabel).toBe('亿元');
    expect(series.rows.map((r) => [r.label, r.value, r.target])).toEqual([
      ['惠州 → 黔西南（目标）', 3.57, true],
      ['惠州 → 黔西南', 3.57, false],
    ]);
  });

  it('chooses the display unit as the articles write figures', () => {
    expect(chooseDisplayUnit(23_190_000_000, 'yuan')).toEqual({ divisor: 1e8, label: '亿元' });
    expect(chooseDisplayUnit(25_000, 'person')).toEqual({ divisor: 1e4, label: '万人' });
    expect(chooseDisplayUnit(3045, 'person')).toEqual({ divisor: 1, label: '人' });
  });
});

describe('chart layout and SVG', () => {
  it('measures CJK characters as one em', () => {
    // 5 CJK characters × 10 px + 2 spaces and an arrow × 6 px.
    expect(estimateTextWidth('惠州 → 黔西南', 10)).toBe(68);
  });

  it('renders bars, figures as written, the unit and a title/desc with linkedom', () => {
    const series = buildChartSeries(
      '互派干部',
      facts('003-06-cadres-to-qianxinan', '003-08-cadres-to-huizhou'),
      fixtureContext,
    );
    const layout = layoutChart(series);
    expect(layout.height).toBe(8 + 2 * 30 + 40);
    const svg = renderChartSvg(series, layout, 'c1');
    expect(svg).toMatch(
      /^<svg[^>]*role="img"[^>]*><title id="c1-title">互派干部<\/title><desc id="c1-desc">党政干部，2023年/,
    );
    expect(svg).toContain('>20名</text>');
    expect(svg).toContain('>9名</text>');
    expect(svg).toContain('党政干部（人）');
    expect(svg.match(/<rect/g)).toHaveLength(2);
    expect(svg).toContain('class="c1-plot"');
  });
});
