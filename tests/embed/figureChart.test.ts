import { describe, expect, it } from 'vitest';
import { buildFigureChart } from '../../src/lib/chart/buildFigureChart';
import { layoutFigureChart } from '../../src/lib/chart/layoutFigureChart';
import { renderFigureChartSvg } from '../../src/lib/chart/renderFigureChartSvg';
import { selectChartFacts } from '../../src/lib/chart/selectChartFacts';
import type { CompiledFact, Headline } from '../../src/lib/data/types';
import { fixtureContext } from '../fixtures/stories/storyContext';

function facts(...ids: string[]): CompiledFact[] {
  return ids.map((id) => {
    const f = fixtureContext.fact(id);
    if (f === undefined) throw new Error(`fixture lacks ${id}`);
    return f;
  });
}

const MIXED = facts(
  '003-06-cadres-to-qianxinan',
  '001-08-people-cadres-guangdong-guangxi',
  '003-05-agreement-task-funds',
  '003-08-cadres-to-huizhou',
  '003-20-fiscal-funds',
);

describe('pair and province charts: panels', () => {
  const chart = buildFigureChart('测试', MIXED, fixtureContext);

  it('puts one metric in one unit per panel, in metric order, never adding 人 and 人次', () => {
    expect(chart.panels.map((p) => p.heading)).toEqual(['财政援助资金（亿元）', '党政干部（人次）', '党政干部（人）']);
    expect(chart.panels.map((p) => p.series.rows.map((r) => r.factId))).toEqual([
      ['003-20-fiscal-funds', '003-05-agreement-task-funds'],
      ['001-08-people-cadres-guangdong-guangxi'],
      ['003-06-cadres-to-qianxinan', '003-08-cadres-to-huizhou'],
    ]);
  });

  it('labels bars by period, adds the places only where they vary, and marks targets', () => {
    const [funds, , cadres] = chart.panels;
    expect(funds?.series.rows.map((r) => [r.label, r.value, r.expression, r.target])).toEqual([
      ['2023年全年', 3.57, '3.57亿元', false],
      ['2023年全年（目标）', 3.57, '3.57亿元', true],
    ]);
    expect(cadres?.series.rows.map((r) => [r.label, r.value, r.expression])).toEqual([
      ['惠州 → 黔西南 · 2023年全年', 20, '20名'],
      ['黔西南 → 惠州 · 2023年全年', 9, '9名'],
    ]);
    expect(chart.hasTargets).toBe(true);
  });

  it('keeps exactly the drawn facts, in drawing order, and their sources', () => {
    expect(chart.facts.map((f) => f.id)).toEqual([
      '003-20-fiscal-funds',
      '003-05-agreement-task-funds',
      '001-08-people-cadres-guangdong-guangxi',
      '003-06-cadres-to-qianxinan',
      '003-08-cadres-to-huizhou',
    ]);
    expect(chart.sources.map((s) => s.href)).toContain('/source/zhmzgtt-2024-02-huizhou-qianxinan/');
    expect(chart.description).toContain(
      '党政干部（人）：惠州 → 黔西南 · 2023年全年 20名；黔西南 → 惠州 · 2023年全年 9名。',
    );
  });

  it('names the places on every bar when asked (a pair charted through its cities)', () => {
    const c = buildFigureChart('t', facts('003-20-fiscal-funds'), fixtureContext, { showPlaces: true });
    expect(c.panels[0]?.series.rows[0]?.label).toBe('惠州 → 黔西南 · 2023年全年');
  });
});

describe('chart layout and SVG', () => {
  const chart = buildFigureChart('测试', MIXED, fixtureContext);

  it('stacks panels: heading 22 + rows × 36 + axis 22, 16 between panels', () => {
    const layout = layoutFigureChart(chart, 340);
    expect(layout.panels.map((p) => [p.top, p.plotTop, p.plotHeight])).toEqual([
      [0, 22, 94],
      [132, 154, 58],
      [228, 250, 94],
    ]);
    expect(layout.height).toBe(344);
  });

  it('draws outcomes filled and targets dashed, the figures as written, one title and desc', () => {
    const svg = renderFigureChartSvg(chart, layoutFigureChart(chart, 640), 'c');
    expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 640 344"[^>]*role="img"/);
    expect(svg.match(/<title/g)).toHaveLength(1);
    expect(svg).toContain('<title id="c-title">测试</title>');
    expect(svg.match(/<g[^>]*class="bar-outcome"[^>]*>(.*?)<\/g>/)?.[1]?.match(/<rect/g)).toHaveLength(1);
    expect(svg).toMatch(/class="bar-target"[^>]*>|stroke-dasharray="4 3"/);
    for (const text of [
      '>3.57亿元</text>',
      '>376人次</text>',
      '>20名</text>',
      '>9名</text>',
      '>党政干部（人次）</text>',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).not.toContain('<style');
  });
});

describe('which facts a chart draws', () => {
  const headline = (f: CompiledFact): Headline => ({
    metric: f.metric,
    status: f.status,
    period: f.period,
    periodLabel: f.periodLabel,
    factId: f.id,
    reason: '',
    alternatives: [],
    conflict: false,
    periodInDoubt: false,
  });

  it('draws the headlines of the chart metrics, not counts or other metrics', () => {
    const all = facts('000-10-funds-fiscal-national', '000-16-cadres-and-professionals-national');
    const picked = selectChartFacts({ headlines: all.map(headline), facts: all });
    expect(picked).toEqual({ facts: [all[0]], belowSubject: false });
  });

  it('falls back to the widest level when there is no headline, and says so', () => {
    const all = facts(
      '003-06-cadres-to-qianxinan',
      '003-08-cadres-to-huizhou',
      '000-16-cadres-and-professionals-national',
    );
    const picked = selectChartFacts({ headlines: [], facts: all });
    expect(picked.facts.map((f) => f.id)).toEqual(['003-06-cadres-to-qianxinan', '003-08-cadres-to-huizhou']);
    expect(picked.belowSubject).toBe(true);
  });
});
