import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { layoutPairingMap } from '../../src/lib/map/layoutPairingMap';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import { NO_FIGURE_TEXT } from '../../src/lib/map/mapText';
import { renderMapControls } from '../../src/lib/map/renderMapControls';
import { renderMapLegend } from '../../src/lib/map/renderMapLegend';
import { renderMapSvg } from '../../src/lib/map/renderMapSvg';
import { renderMapTable } from '../../src/lib/map/renderMapTable';
import type { MapData } from '../../src/lib/map/types';
import fixture from '../fixtures/map-data.json';

const data = fixture as MapData;
const topology = loadChinaTopology();
const PROVINCE_PAIRS = data.pairs.filter((p) => p.level === 'province').length;

function render(
  options: { focus?: string; metric?: 'funds' | 'cadres' | 'labor'; period?: string; data?: MapData } = {},
) {
  const d = options.data ?? data;
  const layout = layoutPairingMap(d, topology, {
    width: 960,
    height: 760,
    ...(options.focus === undefined ? {} : { focus: options.focus }),
  });
  const metric = options.metric ?? d.defaults.metric;
  const period = options.period ?? d.defaults.period;
  const svg = renderMapSvg(layout, { idPrefix: 't', metric, period });
  const html =
    renderMapControls(layout, { metric, period }, 't') +
    svg +
    renderMapLegend(layout, metric) +
    renderMapTable(layout, { metric, period }, 'caption');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return { layout, svg, document };
}

describe('renderMapSvg', () => {
  const { svg, document } = render();
  const active = document.querySelector('.pm-view[data-active]');
  const arcs = [...(active?.querySelectorAll('.pm-arc') ?? [])];

  it('is one svg (a graphics document, so its arcs stay reachable), labelled by its <title> and <desc>', () => {
    expect(document.querySelectorAll('svg.pm-svg')).toHaveLength(1);
    const el = document.querySelector('svg.pm-svg');
    expect(el?.getAttribute('role')).toBe('graphics-document');
    expect(el?.getAttribute('aria-labelledby')).toBe('t-title t-desc');
    expect(document.querySelector('svg > title#t-title')?.textContent).toBe('东西部协作结对关系');
    // The description is generated from what the view draws: 苏陕 and 鲁甘 have full-year figures, 粤黔 only a
    // city pairing's (惠州→黔西南 3.57亿元), the other eight none.
    expect(document.querySelector('svg > desc#t-desc')?.textContent).toContain(
      '财政援助资金，2023年：2 条弧线是全年数字，线宽按同一比例（亿元）；1 对省级结对没有数字，但其下的市县结对有（点线，见其页面）；8 对在所据资料中没有数字（虚线，不是零）。',
    );
  });

  it('draws one arc per province-level pairing in the default view, and one view per metric × period', () => {
    expect(document.querySelectorAll('.pm-view[data-active]')).toHaveLength(1);
    expect(active?.getAttribute('data-metric')).toBe('funds');
    expect(active?.getAttribute('data-period')).toBe('2023');
    expect(arcs).toHaveLength(PROVINCE_PAIRS);
    const views = Object.values(data.periods).reduce((n, ps) => n + ps.length, 0);
    expect(document.querySelectorAll('.pm-view')).toHaveLength(views);
  });

  it('puts the figure on each arc as data attributes and in its accessible name', () => {
    const sushan = active?.querySelector('[data-pair="jiangsu--shaanxi"]');
    expect(sushan?.getAttribute('data-value')).toBe('2640000000');
    // Its view is its layer's: the metric and period are written once on the <g class="pm-view">.
    expect(sushan?.closest('.pm-view')?.getAttribute('data-metric')).toBe('funds');
    expect(sushan?.closest('.pm-view')?.getAttribute('data-period')).toBe('2023');
    expect(sushan?.hasAttribute('data-metric')).toBe(false);
    expect(sushan?.getAttribute('data-qualifier')).toBe('exact');
    expect(sushan?.getAttribute('tabindex')).toBe('0');
    expect(sushan?.getAttribute('aria-label')).toContain('江苏→陕西，财政援助资金：26.4亿元');
    expect(sushan?.getAttribute('data-tip')?.split('\n')).toContain(
      '来源：陕西日报（2024-02-14）：苏陕协作吸引229家东部企业落地陕西',
    );
  });

  it('orders widths as the data: 26.4亿元 wider than 16亿元以上', () => {
    const width = (pair: string) => Number(active?.querySelector(`[data-pair="${pair}"]`)?.getAttribute('data-width'));
    expect(width('jiangsu--shaanxi')).toBeGreaterThan(width('shandong--gansu'));
    expect(width('shandong--gansu')).toBeGreaterThan(1.2);
  });

  it('marks a lower bound (16亿元以上) with a ≥ badge and its qualifier', () => {
    const lugan = active?.querySelector('[data-pair="shandong--gansu"]');
    expect(lugan?.getAttribute('data-qualifier')).toBe('at-least');
    expect(lugan?.querySelector('.pm-q text')?.textContent).toBe('≥');
    // The figure as written already says 以上: one phrase, not "16亿元以上（下限（至少此数））" (issue 14).
    expect(lugan?.getAttribute('aria-label')).toContain('16亿元以上，');
    expect(lugan?.getAttribute('aria-label')).not.toContain('至少此数');
  });

  it('draws pairs without a figure thin and dashed, saying so, never as zero', () => {
    const none = arcs.filter((a) => a.getAttribute('data-status') === 'none');
    expect(none).toHaveLength(8);
    for (const a of none) {
      expect(a.getAttribute('data-value')).toBeNull();
      expect(a.getAttribute('data-qualifier')).toBeNull();
      expect(a.querySelector('.pm-arc-line')).not.toBeNull();
      expect(a.querySelector('.pm-arc-shape')).toBeNull();
      expect(a.getAttribute('data-tip')).toContain(NO_FIGURE_TEXT);
    }
  });

  it('links each member province to its page, focusable, with partners for highlighting', () => {
    const links = document.querySelectorAll('a.pm-link');
    expect(links).toHaveLength(18);
    const guangdong = document.querySelector('a[data-province="guangdong"]');
    expect(guangdong?.getAttribute('href')).toBe('/province/guangdong/');
    expect(guangdong?.getAttribute('tabindex')).toBe('0');
    expect(guangdong?.getAttribute('data-partners')).toBe('guangxi guizhou');
    expect(guangdong?.getAttribute('aria-label')).toContain('广东省，东部协作省市');
    // West is hatched as well as tinted: colour is not the only carrier.
    expect(document.querySelector('a[data-province="gansu"] .pm-hatch')).not.toBeNull();
    expect(document.querySelector('a[data-province="shandong"] .pm-hatch')).toBeNull();
  });

  it('writes coordinates with at most one decimal', () => {
    const coordinates = [...svg.matchAll(/ (?:d|x|y|cx|cy|transform)="([^"]*)"/g)].map((m) => m[1]).join(' ');
    expect(coordinates.length).toBeGreaterThan(10_000);
    expect(coordinates).not.toMatch(/\d\.\d\d/);
  });

  it('refuses a view the data do not have, listing those it has', () => {
    const { layout } = render();
    expect(() => renderMapSvg(layout, { idPrefix: 'x', metric: 'funds', period: '1999' })).toThrow(
      'renderMapSvg: no view for metric "funds" and period "1999"; the data have funds/2021',
    );
  });
});

describe('reverse flows', () => {
  it('draws a west→east figure from west to east, in the reverse style', () => {
    const onlyWest = { ...data, figures: data.figures.filter((f) => f.factId !== 'sushan-2021-cadres-east') };
    const { layout, document } = render({ data: onlyWest, metric: 'cadres', period: '2021' });
    const arc = document.querySelector('.pm-view[data-active] [data-pair="jiangsu--shaanxi"]');
    expect(arc?.getAttribute('data-direction')).toBe('west-to-east');
    expect(arc?.getAttribute('class')).toContain('pm-arc--reverse');
    const mark = layout.views
      .find((v) => v.metric === 'cadres' && v.period === '2021')
      ?.arcs.find((a) => a.pair.id === 'jiangsu--shaanxi');
    const shaanxi = layout.provinces.find((p) => p.province?.id === 'shaanxi')?.label;
    expect(mark?.geometry.start).toEqual([shaanxi?.x, shaanxi?.y]);
  });

  it('draws both directions as their own arcs when both exist (苏陕 cadres 2021: 148 east, 306 west)', () => {
    const { document } = render({ metric: 'cadres', period: '2021' });
    const arcs = [...document.querySelectorAll('.pm-view[data-active] [data-pair="jiangsu--shaanxi"]')];
    expect(arcs.map((a) => [a.getAttribute('data-direction'), a.getAttribute('data-value')])).toEqual([
      ['west-to-east', '306'],
      ['east-to-west', '148'],
    ]);
    expect(arcs[0]?.getAttribute('class')).toContain('pm-arc--reverse');
    // Opposite bulges: the reverse arc never lies on top of the east→west one.
    const mids = arcs.map((a) => a.querySelector('.pm-arc-hit')?.getAttribute('d'));
    expect(mids[0]).not.toBe(mids[1]);
  });

  it('draws a part-year figure thin with its period on the arc, never on the width scale (粤桂 labour 1—9月)', () => {
    const { document, layout } = render({ metric: 'labor', period: '2023' });
    const arc = document.querySelector('.pm-view[data-active] [data-pair="guangdong--guangxi"]');
    expect(arc?.getAttribute('data-status')).toBe('partial');
    expect(arc?.getAttribute('data-width')).toBe('1.6');
    expect(arc?.querySelector('.pm-arc-label')?.textContent).toBe('2023年1—9月');
    const view = layout.views.find((v) => v.metric === 'labor' && v.period === '2023');
    expect(view?.notes).toEqual(['广东→广西 73.85万人（2023年1—9月）']);
    expect(view?.caption).toContain('1 条细线只有部分月份或累计的数字，线上标出时期，不按线宽比较');
  });
});

describe('focus', () => {
  const { layout, document } = render({ focus: 'guizhou', metric: 'labor', period: '2023' });

  it('adds the sub-province pairings of the focused province as points and fine arcs', () => {
    const fine = document.querySelectorAll('.pm-view[data-active] .pm-arc--fine');
    expect([...fine].map((a) => a.getAttribute('data-pair')).sort()).toEqual(['huizhou--qianxinan', 'zhuhai--zunyi']);
    const huiqian = document.querySelector('.pm-view[data-active] [data-pair="huizhou--qianxinan"]');
    expect(huiqian?.getAttribute('data-value')).toBe('41476');
    expect(layout.points.map((p) => p.label).sort()).toEqual(['惠州', '珠海', '遵义', '黔西南']);
  });

  it('keeps every province-level arc, fading those outside the focus', () => {
    const all = document.querySelectorAll('.pm-view[data-active] .pm-arc:not(.pm-arc--fine)');
    expect(all).toHaveLength(PROVINCE_PAIRS);
    expect(
      document.querySelector('.pm-view[data-active] [data-pair="guangdong--guizhou"]')?.getAttribute('class'),
    ).not.toContain('is-context');
    expect(
      document.querySelector('.pm-view[data-active] [data-pair="beijing--neimenggu"]')?.getAttribute('class'),
    ).toContain('is-context');
    expect(document.querySelector('title')?.textContent).toBe('东西部协作：贵州的结对关系');
  });

  it('shows a county pairing at county scale: fitted to its two seats, both labelled, not to two whole provinces', () => {
    const size = { width: 720, height: 600 };
    const county = layoutPairingMap(data, topology, { ...size, focus: 'qingdao-chengyang--dingxi-weiyuan' });
    const seat = (layout: typeof county, id: string) => layout.points.find((p) => p.id === id);
    const chengyang = seat(county, 'qingdao-chengyang');
    const weiyuan = seat(county, 'dingxi-weiyuan');
    // The two seats sit 110 px in from the sides, with room for their labels.
    expect(weiyuan?.x).toBeCloseTo(110, 0);
    expect(chengyang?.x).toBeCloseTo(610, 0);
    expect([weiyuan?.labelAt.narrow, chengyang?.labelAt.narrow].map((at) => at !== undefined)).toEqual([true, true]);
    // Fitted to two whole provinces (山东 and 甘肃, as the city pairing 青岛—定西 is), the seats were a third closer.
    const before = layoutPairingMap(data, topology, { ...size, focus: 'qingdao--dingxi' });
    const apart = (layout: typeof county) =>
      (seat(layout, 'qingdao')?.x ?? Number.NaN) - (seat(layout, 'dingxi')?.x ?? Number.NaN);
    expect(apart(before)).toBeCloseTo(333, -1);
    expect((chengyang?.x ?? 0) - (weiyuan?.x ?? 0)).toBeCloseTo(500, 0);
    // That no province name covers a seat's label is placeMapText's promise (its tests and the label-box browser test).
  });

  it('refuses an unknown focus', () => {
    expect(() => layoutPairingMap(data, topology, { width: 960, height: 760, focus: 'atlantis' })).toThrow(
      'layoutPairingMap: focus "atlantis" is neither a province id nor a pair id in the data',
    );
  });
});

describe('table, legend and controls', () => {
  const { document } = render();

  it('lists the same figures as the active view, with source, and no-figure rows in words', () => {
    const body = document.querySelector('tbody[data-active]');
    expect(body?.getAttribute('data-metric')).toBe('funds');
    const text = body?.textContent ?? '';
    expect(text).toContain('231.9亿元'); // the national total
    expect(text).toContain('26.4亿元');
    expect(text).toContain('16亿元以上');
    expect(text).not.toContain('下限');
    expect(body?.querySelectorAll('tr.pm-row--none')).toHaveLength(9);
    // 粤黔 has no province figure but 惠州→黔西南 has: the national table names it, marked as below province level.
    const yueqian = [...(body?.querySelectorAll('tr') ?? [])].map((r) => r.textContent ?? '').join('\n');
    expect(yueqian).toContain('惠州—黔西南东部→西部3.57亿元2023年全年市县范围，不计入省级');
    expect(body?.querySelector('tr.pm-row--none .pm-num')?.textContent).toBe(NO_FIGURE_TEXT);
  });

  it('lists a target as 目标, never as an outcome', () => {
    const body = document.querySelector('tbody[data-metric="funds"][data-period="2022"]');
    const row = [...(body?.querySelectorAll('tr[data-pair="zhejiang--sichuan"]') ?? [])].map((r) => r.textContent);
    expect(row.join(' ')).toContain('目标（计划，非完成数）');
  });

  it('shows the width scale in real values for the active metric', () => {
    const legend = document.querySelector('.pm-legend-metric[data-active]');
    expect(legend?.getAttribute('data-metric')).toBe('funds');
    expect([...(legend?.querySelectorAll('.pm-ticks li span') ?? [])].map((s) => s.textContent).slice(0, 3)).toEqual([
      '10亿元',
      '20亿元',
      '30亿元',
    ]);
  });

  it('renders the controls (shown by CSS only under html.js): a radio per metric and the periods of the active metric', () => {
    expect(document.querySelector('.pm-controls[data-controls]')).not.toBeNull();
    const radios = document.querySelectorAll('input[type=radio][name="t-metric"]');
    expect([...radios].map((r) => r.getAttribute('value'))).toEqual(['funds', 'cadres', 'labor']);
    const enabled = [...document.querySelectorAll('select option:not([disabled])')].map((o) => o.getAttribute('value'));
    expect(enabled).toEqual(['2021', '2022', '2023']);
    expect(document.querySelector('select option[selected]')?.getAttribute('value')).toBe('2023');
  });
});

describe('snapshot', () => {
  it('matches tests/map/__snapshots__/pairing-map.svg (a changed render is written beside it, never over it)', () => {
    const { svg } = render({ focus: 'guangxi', metric: 'funds', period: '2022' });
    const readable = `${svg.replace(/></g, '>\n<')}\n`;
    const reference = 'tests/map/__snapshots__/pairing-map.svg';
    const changed = 'tests/map/__snapshots__/pairing-map-changed.svg';
    if (existsSync(reference) && readFileSync(reference, 'utf8') === readable) {
      rmSync(changed, { force: true });
      return;
    }
    writeFileSync(changed, readable);
    expect.fail(`the SVG differs from ${reference}; review ${changed} and copy it over the reference if it is right`);
  });
});
