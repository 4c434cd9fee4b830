import { describe, expect, it } from 'vitest';
import { chartFromStory } from '../../src/lib/chart/chartFromStory';
import { chartVariants } from '../../src/lib/chart/chartVariants';
import { estimateTextWidth } from '../../src/lib/chart/layoutFigureChart';
import { toStandaloneSvg } from '../../src/lib/chart/toStandaloneSvg';
import type { CompiledFact } from '../../src/lib/data/types';
import { buildChartSeries, chooseDisplayUnit } from '../../src/lib/stories/buildChartSeries';
import type { ChartSection } from '../../src/lib/stories/types';
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

describe('a story chart drawn as on its page, embed and image', () => {
  it('measures CJK characters as one em', () => {
    // 5 CJK characters × 10 px + 2 spaces and an arrow × 6 px.
    expect(estimateTextWidth('惠州 → 黔西南', 10)).toBe(68);
  });

  const block: ChartSection = {
    kind: 'chart',
    line: 12,
    title: '互派干部',
    facts: facts('003-06-cadres-to-qianxinan', '003-08-cadres-to-huizhou'),
    caption: '两个方向分开计，不相加。',
  };
  const chart = chartFromStory(block, fixtureContext);

  it('draws one panel of bars, labels above them, figures as written, with a title/desc', () => {
    const { narrow, wide } = chartVariants(chart, 'c1');
    for (const svg of [narrow.svg, wide.svg]) {
      expect(svg).toMatch(/^<svg[^>]*role="img"/);
      expect(svg).toContain('>20名</text>');
      expect(svg).toContain('>9名</text>');
      expect(svg).toContain('>惠州 → 黔西南</text>');
      expect(svg).toContain('党政干部（人）');
    }
    expect(wide.svg).toContain('viewBox="0 0 640 ');
    expect(narrow.svg).toContain('viewBox="0 0 340 ');
  });

  it('keeps the editor’s caption, and prints it under the title of the downloadable SVG', () => {
    expect(chart.caption).toBe('两个方向分开计，不相加。');
    const svg = toStandaloneSvg(chart, chartVariants(chart, 'd').wide.svg, '山海 Shanhai');
    expect(svg).toMatch(
      />互派干部<\/text><g fill="#[0-9a-f]{6}"><text x="16" y="[\d.]+">两个方向分开计，不相加。<\/text><\/g>/,
    );
    const { caption: _, ...uncaptioned } = block;
    expect(chartFromStory(uncaptioned, fixtureContext).caption).toBeUndefined();
  });
});
