import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { localizeMapData } from '../../src/lib/i18n/english/localizeMapData';
import { layoutPairingMap } from '../../src/lib/map/layoutPairingMap';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import { renderMapLegend } from '../../src/lib/map/renderMapLegend';
import { renderMapSvg } from '../../src/lib/map/renderMapSvg';
import { renderMapTable } from '../../src/lib/map/renderMapTable';
import type { MapData } from '../../src/lib/map/types';
import { findChineseInPage } from '../browser/support/findChineseText';
import { compiledFact } from '../fixtures/compiledFact';
import fixture from '../fixtures/map-data.json';

const data = fixture as MapData;
/** The fixture's figures as facts: a full year unless the figure's own label says otherwise. */
const fact = (id: string) => {
  const f = data.figures.find((g) => g.factId === id);
  if (f === undefined) throw new Error(`no figure for ${id}`);
  const period = f.periodLabel.endsWith('全年')
    ? f.year
    : f.periodLabel.includes('1—9月')
      ? `${f.year}-01..${f.year}-09`
      : f.year;
  return compiledFact({ id, value: f.value, unit: f.unit, qualifier: f.qualifier, expression: f.expression, period });
};

describe('the English map', () => {
  const english = localizeMapData(data, fact);
  const layout = layoutPairingMap(english, loadChinaTopology(), { width: 960, height: 760, locale: 'en' });
  const active = { metric: 'funds' as const, period: '2023' };
  const markup =
    renderMapSvg(layout, { idPrefix: 't', ...active }) +
    renderMapLegend(layout, 'funds') +
    renderMapTable(layout, active, 'The figures');
  const { document } = parseHTML(`<html lang="en"><body>${markup}</body></html>`);

  it('writes figures, names and periods in English from the typed fields', () => {
    const row = document.querySelector('.pm-view-rows[data-active] tr[data-pair="huizhou--qianxinan"]');
    expect(row?.querySelector('th')?.textContent).toBe('Huizhou–Qianxinan Buyei and Miao Autonomous Prefecture');
    expect(row?.querySelector('.pm-num')?.textContent).toBe('357 million yuan');
    expect(row?.querySelector('[data-label="Period"]')?.textContent).toBe('2023, full year');
    expect(row?.querySelector('cite')?.getAttribute('lang')).toBe('zh-CN');
  });

  it('keys and captions in English, the key in billion yuan', () => {
    expect(document.querySelector('.pm-legend-metric[data-active] .pm-legend-title')?.textContent).toBe(
      'Width: Fiscal aid, full-year figure (billion yuan)',
    );
    expect(document.querySelector('desc')?.textContent).toMatch(
      /^Map of the East–West cooperation pairings; .*Fiscal aid, 2023: /u,
    );
    expect(document.querySelector('title')?.textContent).toBe('East–West cooperation: the pairings');
  });

  it('leaves no Chinese outside the marked source names', () => {
    expect(findChineseInPage(document.toString()).map((f) => `${f.where}: ${f.found}`)).toEqual([]);
  });

  it('names the source in English where it can: the outlet, and "title not known" for a title of ours', () => {
    const untitled: MapData = {
      ...data,
      figures: data.figures.map((f) =>
        f.factId === 'huiqian-2023-funds'
          ? { ...f, source: { ...f.source, title: '鲁渝协作（新华社）（原题不详，本站拟题）', outlet: '新华社' } }
          : f,
      ),
    };
    const table = renderMapTable(
      layoutPairingMap(localizeMapData(untitled, fact), loadChinaTopology(), { width: 960, height: 760, locale: 'en' }),
      active,
      'The figures',
    );
    const cell = parseHTML(`<table>${table}</table>`).document.querySelector(
      '.pm-view-rows[data-active] tr[data-pair="huizhou--qianxinan"] [data-label="Source"]',
    );
    expect(cell?.textContent).toBe('article (title not known), Xinhua News Agency, 2024-03-01');
    expect(cell?.querySelector('cite, [lang]')).toBeNull();
    // An outlet without an English name stays Chinese, marked (the fixture's 黔西南州（未署报名）).
    const known = document.querySelector('tr[data-pair="huizhou--qianxinan"] [data-label="Source"] span[lang="zh-CN"]');
    expect(known?.textContent).toBe('黔西南州（未署报名）');
  });

  it('leaves the Chinese data as it was', () => {
    expect(data.figures.find((f) => f.factId === 'huiqian-2023-funds')?.expression).toBe('3.57亿元');
  });
});
