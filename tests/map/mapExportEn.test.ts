/**
 * The downloaded map images in English (renderMapExportSvg of an English layout): title, the map's own English
 * words, the key, notes, sources (outlets in English where known) and credit, with the frame every map of China
 * carries — 南海诸岛 inset, 钓鱼岛, Taiwan and the 审图号 — as on the Chinese export.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { localizeMapData } from '../../src/lib/i18n/english/localizeMapData';
import { layoutPairingMap } from '../../src/lib/map/layoutPairingMap';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import { renderMapExportSvg } from '../../src/lib/map/renderMapExport';
import type { MapData } from '../../src/lib/map/types';
import { findChineseInPage } from '../browser/support/findChineseText';
import { compiledFact } from '../fixtures/compiledFact';
import fixture from '../fixtures/map-data.json';

const data = fixture as MapData;
const NUMBER = 'GS(2024)0650号';
const fact = (id: string) => {
  const f = data.figures.find((g) => g.factId === id);
  if (f === undefined) throw new Error(`no figure for ${id}`);
  const period = f.periodLabel.includes('1—9月') ? `${f.year}-01..${f.year}-09` : f.year;
  return compiledFact({ id, value: f.value, unit: f.unit, qualifier: f.qualifier, expression: f.expression, period });
};
const english = localizeMapData(data, fact);

function exportOf(metric: 'funds' | 'cadres' | 'labor', period: string, focus?: string) {
  const layout = layoutPairingMap(english, loadChinaTopology(), {
    ...(focus === undefined ? { width: 960, height: 760 } : { width: 720, height: 560, focus }),
    only: { metric, period },
    locale: 'en',
  });
  const svg = renderMapExportSvg(layout, { metric, period, approvalNumber: NUMBER, credit: 'Shanhai · x' });
  return { layout, svg, document: parseHTML(svg.replace(/^<\?xml[^>]*>\n/, '')).document };
}

const noteLines = (document: Document): string[] =>
  [...document.querySelectorAll('svg > g:last-of-type > text')].map((t) => t.textContent ?? '');

describe('the English map export (national, fiscal aid 2023)', () => {
  const { svg, document } = exportOf('funds', '2023');
  const lines = noteLines(document);

  it('has an English title, heading and no unmarked Chinese outside the outlets it cannot name', () => {
    const title = 'East–West cooperation: Fiscal aid by pairing (2023)';
    expect(document.querySelector('title')?.textContent).toBe(title);
    expect(document.querySelector('svg > text')?.textContent).toBe(title);
    // The only Chinese left is the 审图号 number's 号 and the two outlets outletNameEn does not know.
    const chinese = findChineseInPage(`<html lang="en"><body>${svg.replace(/^<\?xml[^>]*>\n/, '')}</body></html>`);
    expect(chinese.join(' ')).not.toMatch(/来源|线宽|数字为|南海诸岛|钓鱼岛|台湾/u);
  });

  it('writes the caption and key, the qualifier sentence, the sources (outlets in English where known), the credit', () => {
    expect(lines[0]).toMatch(/^Fiscal aid, 2023: 2 arcs are full-year figures/u);
    expect(lines.join(' ')).toContain('Line widths: 1 billion yuan, 2 billion yuan, 3 billion yuan.');
    expect(lines).toContain(
      'Figures as the sources state them, qualifiers kept; different periods or scopes are never added.',
    );
    expect(lines.at(-2)).toBe(
      'Sources: Shaanxi Daily (2024-02-14); 奔流新闻 (2025-04-23); 黔西南州（未署报名） (2024-03-01)',
    );
    expect(lines.at(-1)).toBe('Shanhai · x');
  });

  it('keeps the frame of a map of China: South China Sea Islands inset, Diaoyu Dao, Taiwan, the approval number', () => {
    expect(document.querySelector('g.pm-inset text.pm-inset-label')?.textContent).toBe('South China Sea Islands');
    const islands = [...document.querySelectorAll('.pm-island-label')].map((t) => t.textContent);
    expect(islands).toContain('Diaoyu Dao');
    expect(document.querySelector('.pm-note--taiwan')?.textContent).toBe('Taiwan Province: no data yet');
    expect(document.querySelector('text.pm-approval')?.textContent).toBe(`Map approval no. ${NUMBER}`);
    expect([...document.querySelectorAll('.pm-label')].map((t) => t.textContent)).toContain('Inner Mongolia');
  });
});

describe('the English map export of a part-year view (labour, 2023)', () => {
  const { document } = exportOf('labor', '2023');

  it('writes the part-year period on its arc and says why it has no width', () => {
    expect([...document.querySelectorAll('.pm-arc-label')].map((t) => t.textContent)).toEqual(['Jan–Sep 2023']);
    expect(noteLines(document)).toContain('Guangdong → Guangxi 738,500 people (Jan–Sep 2023)');
  });
});

describe('a focused English export', () => {
  it('takes its title from the embed, and is 720 wide plus padding', () => {
    const layout = layoutPairingMap(english, loadChinaTopology(), {
      width: 720,
      height: 560,
      focus: 'guangdong',
      only: { metric: 'funds', period: '2023' },
      locale: 'en',
    });
    const svg = renderMapExportSvg(layout, {
      metric: 'funds',
      period: '2023',
      approvalNumber: NUMBER,
      credit: 'c',
      title: 'Guangdong: East–West cooperation pairings: Fiscal aid (2023)',
    });
    expect(svg).toMatch(/viewBox="0 0 752 \d+"/u);
    const { document } = parseHTML(svg.replace(/^<\?xml[^>]*>\n/, ''));
    expect(document.querySelector('svg > text')?.textContent).toBe(
      'Guangdong: East–West cooperation pairings: Fiscal aid (2023)',
    );
    expect(document.querySelector('text.pm-approval')?.textContent).toBe(`Map approval no. ${NUMBER}`);
  });
});
