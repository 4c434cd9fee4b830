/**
 * The pair and province charts in English (issue 19): the same facts as the Chinese chart, in the same order,
 * with English titles, panel headings, periods, units and qualifiers as the English tables write them. Built from
 * the real curated data (广东 → 广西's pair dataset), the way pairChart builds it from public/data/.
 */
import { describe, expect, it } from 'vitest';
import { buildFigureChart } from '../../src/lib/chart/buildFigureChart';
import { chartCsv } from '../../src/lib/chart/chartCsv';
import { layoutFigureChart } from '../../src/lib/chart/layoutFigureChart';
import { renderFigureChartSvg } from '../../src/lib/chart/renderFigureChartSvg';
import { selectChartFacts } from '../../src/lib/chart/selectChartFacts';
import { pairChartTitle, provinceChartTitle } from '../../src/lib/chart/siteCharts';
import { toStandaloneSvg } from '../../src/lib/chart/toStandaloneSvg';
import { curatedContent } from '../support/curatedContent';

const { datasets, ctx } = curatedContent();
const pair = datasets.pairs.find((p) => p.pair.id === 'guangdong--guangxi');
if (pair === undefined) throw new Error('no guangdong--guangxi dataset');
const { facts, belowSubject } = selectChartFacts(pair);
const chart = (lang: 'zh' | 'en') =>
  buildFigureChart(pairChartTitle(pair.pair, lang), facts, ctx, { showPlaces: belowSubject, lang });
const zh = chart('zh');
const en = chart('en');

describe('the English pair chart (广东 → 广西)', () => {
  it('has an English title, and the province chart one too', () => {
    expect(en.title).toBe('Guangdong → Guangxi: main figures by year');
    expect(zh.title).toBe('广东 → 广西：历年主要数字');
    expect(provinceChartTitle({ id: 'neimenggu', shortZh: '内蒙古' }, 'en')).toBe(
      'Inner Mongolia: main figures by year',
    );
  });

  it('draws the Chinese chart’s facts in the same panels and order', () => {
    expect(en.panels.map((p) => p.series.rows.map((r) => r.factId))).toEqual(
      zh.panels.map((p) => p.series.rows.map((r) => r.factId)),
    );
    expect(en.facts.map((f) => f.id)).toEqual(zh.facts.map((f) => f.id));
    expect(en.lang).toBe('en');
    expect(zh.lang).toBeUndefined();
  });

  it('heads each panel with its metric and unit in English, person-times never shared with people', () => {
    expect(en.panels.map((p) => p.heading)).toEqual([
      'Fiscal aid (billion yuan)',
      'Business investment brought in (arrived) (billion yuan)',
      'Consumption assistance (produce bought and sold) (billion yuan)',
      'Party and government cadres (people)',
      'Party and government cadres (person-times)',
      'Professionals and technical staff (person-times)',
      'Rural workers helped into jobs (thousand people)',
      'Workers placed in jobs in the east (thousand people)',
    ]);
  });

  it('labels bars by period and direction, with the figures as the English tables write them', () => {
    const rows = (i: number) => en.panels[i]?.series.rows.map((r) => [r.label, r.value, r.expression]);
    // 17.58亿元 (2022, 广东向广西拨付) → 1.758 billion yuan; the bar in billions.
    expect(rows(0)).toEqual([['2022, full year', 1.758, '1.758 billion yuan']]);
    expect(rows(1)).toEqual([
      ['2022, full year', 17.916, '17.916 billion yuan'],
      ['cumulative up to Nov 2023', 13.488, '13.488 billion yuan'],
    ]);
    // 互派挂职干部267人: one figure for both directions, so its places say ⇄ even alone in its panel.
    expect(rows(3)).toEqual([['Guangdong ⇄ Guangxi · 2022, full year', 267, '267 people']]);
    expect(rows(4)).toEqual([
      ['Guangdong → Guangxi · Jan 2021–Oct 2023, cumulative', 376, '376 person-times'],
      ['Guangxi → Guangdong · Jan 2021–Oct 2023, cumulative', 447, '447 person-times'],
    ]);
    // 75.31万人 → 753,100 people, drawn in thousands.
    expect(rows(6)).toEqual([['2022, full year', 753.1, '753,100 people']]);
  });

  it('marks a figure of both directions in Chinese too (广东 ⇄ 广西, not 广东 → 广西)', () => {
    expect(zh.panels[3]?.series.rows.map((r) => r.label)).toEqual(['广东 ⇄ 广西 · 2022年全年']);
    expect(zh.panels[5]?.series.rows[0]?.label).toBe('广东 ⇄ 广西 · 2022年全年');
  });

  it('describes every bar in English and links its sources’ English pages', () => {
    expect(en.description).toContain(
      'Fiscal aid (billion yuan): 2022, full year 1.758 billion yuan. Business investment brought in',
    );
    expect(en.description).not.toMatch(/\p{Script=Han}/u);
    expect(en.sources.map((s) => [s.outlet, s.href])).toContainEqual([
      "People's Daily",
      '/en/source/rmrb-2023-11-yuegui/',
    ]);
    expect(en.sources.every((s) => s.href.startsWith('/en/source/'))).toBe(true);
  });

  it('writes a CSV of exactly the drawn figures: the Chinese rows, English labels', () => {
    const lines = (lang: 'zh' | 'en') =>
      chartCsv(chart(lang), datasets.sources, datasets.places)
        .replace(/^\uFEFF/u, '')
        .trim()
        .split('\n');
    const [enHeader, ...enRows] = lines('en');
    const [zhHeader, ...zhRows] = lines('zh');
    expect(enHeader).toBe(zhHeader);
    expect(enRows.map((l) => l.split(',')[0])).toEqual(zhRows.map((l) => l.split(',')[0]));
    expect(enRows).toHaveLength(12);
    expect(enRows[0]?.split(',').slice(0, 21).join(',')).toBe(
      'r-a899-2023-06-yuegui-01-fiscal,funds.fiscal,Fiscal aid,1758000000,yuan,yuan,17.58,亿元,17.58亿元,exact,outcome,guangdong,guangxi,,Guangdong,Guangxi,,province,2022,2022,r-a899-2023-06-yuegui',
    );
  });

  it('wraps a long English panel heading on a phone instead of cutting it off, and names Latin fonts first', () => {
    const narrow = layoutFigureChart(en, 340);
    expect(narrow.panels[2]?.headingLines).toEqual([
      'Consumption assistance (produce bought and',
      'sold) (billion yuan)',
    ]);
    expect(layoutFigureChart(en, 640).panels[2]?.headingLines).toHaveLength(1);
    // The second line pushes the bars down by one line (16 px); the Chinese heading needs no second line.
    expect((narrow.panels[2]?.plotTop ?? 0) - (narrow.panels[2]?.top ?? 0)).toBe(38);
    expect(layoutFigureChart(zh, 340).panels.every((p) => p.headingLines.length === 1)).toBe(true);
    const svg = renderFigureChartSvg(en, narrow, 'e');
    expect(svg).toContain(`font-family='-apple-system, "Segoe UI"`);
    expect(svg).toContain('>sold) (billion yuan)</text>');
  });

  it('leaves room right of the bars for the English figures, written out longer than the Chinese', () => {
    const longest = 'more than 4,500 person-times';
    const target = {
      ...en,
      panels: [
        {
          ...en.panels[0],
          series: { ...en.panels[0]?.series, rows: [{ ...en.panels[0]?.series.rows[0], expression: longest }] },
        },
      ],
    } as typeof en;
    // 28 characters ≈ 202 px at 12 px: more than the Chinese chart's 40 % cap (136 px) of a 340 px phone drawing.
    expect(layoutFigureChart(target, 340).panels[0]?.marginRight).toBe(211);
    const { lang: _lang, ...chinese } = target;
    expect(layoutFigureChart(chinese, 340).panels[0]?.marginRight).toBe(136);
  });

  it('wraps the download’s notes to the image width instead of running off its edge', () => {
    const credit = `Shanhai · https://shanhai.example.org/en/pair/guangdong--guangxi/ · data CC BY 4.0 · ${'word '.repeat(20)}`;
    const svg = toStandaloneSvg(en, renderFigureChartSvg(en, layoutFigureChart(en, 640), 'd'), credit.trim());
    const notes = [...svg.matchAll(/<text x="16" y="\d+">([^<]*)<\/text>/gu)].map((m) => m[1] ?? '');
    // Figures note, sources, and the credit on two lines (about 1.1 × the 58 em that fit in 640 px at 11 px).
    expect(notes).toHaveLength(4);
    expect(notes[0]).toBe(
      'Figures as the sources state them, qualifiers kept; different periods or scopes are never added.',
    );
    expect(notes.slice(2).join(' ')).toBe(credit.trim());
  });
});

describe('row labels wider than the chart (甘肃 in English)', () => {
  const gansu = datasets.provinces.find((p) => p.province.id === 'gansu');
  if (gansu === undefined) throw new Error('no gansu dataset');
  const selected = selectChartFacts(gansu);
  const province = buildFigureChart(provinceChartTitle(gansu.province, 'en'), selected.facts, ctx, {
    showPlaces: selected.belowSubject,
    lang: 'en',
  });
  const JOINT = 'Tianjin, Qingdao, Fuzhou and Xiamen → Gansu · cumulative up to Oct 2020';

  it('wrap on a phone instead of running off the right edge, and only that row grows by the extra line', () => {
    const fiscal = province.panels.findIndex((p) => p.series.rows.some((r) => r.label === JOINT));
    const narrow = layoutFigureChart(province, 340).panels[fiscal];
    const rowCount = province.panels[fiscal]?.series.rows.length ?? 0;
    expect(narrow?.rows[0]).toEqual({
      top: 0,
      height: 50,
      label: 'Tianjin, Qingdao, Fuzhou and Xiamen → Gansu ·\ncumulative up to Oct 2020',
      labelLines: 2,
      // The bar starts below both lines and keeps its 16 px.
      barTop: 30,
      barBottom: 46,
    });
    // The other rows keep one line and 36 px, stacked under the taller first row.
    expect(narrow?.rows.slice(1).map((r) => r.height)).toEqual(Array(rowCount - 1).fill(36));
    expect(narrow?.rows[1]?.top).toBe(50);
    expect(narrow?.plotHeight).toBe(50 + (rowCount - 1) * 36 + 22);
    // At 640 px the label fits on one line, and the rows keep their height.
    const wide = layoutFigureChart(province, 640).panels[fiscal];
    expect(wide?.rows[0]?.label).toBe(JOINT);
    expect(wide?.rows[0]?.height).toBe(36);
    // Drawn as two lines standing on the bar, which starts below both.
    const svg = renderFigureChartSvg(province, layoutFigureChart(province, 340), 'g');
    expect(svg).toMatch(
      /<tspan y="-[\d.]+em" x="0">Tianjin, Qingdao, Fuzhou and Xiamen → Gansu ·<\/tspan><tspan dy="[\d.]+em" x="0">cumulative up to Oct 2020<\/tspan>/u,
    );
    expect(svg).toContain('<rect height="16" width="141.5" y="30" x="8" />');
    // The next row starts right under it: its bar 36 px further down, not 50.
    expect(svg).toContain('<rect height="16" width="25.2" y="66" x="8" />');
  });

  it('leaves the Chinese chart on one line per label', () => {
    const chinese = buildFigureChart(provinceChartTitle(gansu.province, 'zh'), selected.facts, ctx, {
      showPlaces: selected.belowSubject,
    });
    expect(layoutFigureChart(chinese, 340).panels.flatMap((p) => p.rows.map((r) => r.labelLines))).toEqual(
      chinese.panels.flatMap((p) => p.series.rows.map(() => 1)),
    );
  });
});
