import { describe, expect, it } from 'vitest';
import { buildFigureChart } from '../../src/lib/chart/buildFigureChart';
import { chartCsv } from '../../src/lib/chart/chartCsv';
import { layoutFigureChart } from '../../src/lib/chart/layoutFigureChart';
import { renderChartPng } from '../../src/lib/chart/renderChartPng';
import { renderFigureChartSvg } from '../../src/lib/chart/renderFigureChartSvg';
import { toStandaloneSvg } from '../../src/lib/chart/toStandaloneSvg';
import type { CompiledFact, CompiledSource } from '../../src/lib/data/types';
import { fixtureContext } from '../fixtures/stories/storyContext';

const facts = ['003-06-cadres-to-qianxinan', '003-08-cadres-to-huizhou'].map(
  (id) => fixtureContext.fact(id) as CompiledFact,
);
const chart = buildFigureChart('惠州与黔西南互派干部', facts, fixtureContext);
const svg = toStandaloneSvg(chart, renderFigureChartSvg(chart, layoutFigureChart(chart, 640), 'd'), '山海 Shanhai');

describe('chart downloads', () => {
  it('SVG stands alone: size, white background, fonts and colours on the elements, title and credit', () => {
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 672 \d+"/);
    expect(svg).toContain('font-family=\'"PingFang SC"');
    expect(svg).toContain('Noto Sans SC');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toContain('>惠州与黔西南互派干部</text>');
    expect(svg).toContain('>山海 Shanhai</text>');
    expect(svg).not.toContain('class="figure-chart"');
  });

  it('PNG renders with the bundled font: a PNG twice the SVG size', async () => {
    const png = await renderChartPng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(1344);
    expect(view.getUint32(20)).toBeGreaterThan(200);
  });

  it('CSV lists exactly the drawn figures with unit, qualifier, period and source', () => {
    const source = {
      id: 'zhmzgtt-2024-02-huizhou-qianxinan',
      title: 'T',
      outlet: 'O',
      published: { date: '2024-02-15' },
    };
    const csv = chartCsv(chart, [source as unknown as CompiledSource]);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'fact_id,metric,metric_label,value,unit,unit_name,value_written,unit_written,expression,qualifier,status,from,to,at,from_name,to_name,at_name,level,period,period_label,source_id,source_title,source_outlet,source_date,source_url,source_page,quote,note,direction,coverage,basis,joint',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 11).join(','))).toEqual([
      '003-06-cadres-to-qianxinan,people.cadres,党政干部,20,person,人,20,名,20名,exact,outcome',
      '003-08-cadres-to-huizhou,people.cadres,党政干部,9,person,人,9,名,9名,exact,outcome',
    ]);
    expect(lines[1]).toContain(
      ',2023,2023年,zhmzgtt-2024-02-huizhou-qianxinan,T,O,2024-02-15,,https://shanhai.example.org/source/zhmzgtt-2024-02-huizhou-qianxinan/,',
    );
  });
});
