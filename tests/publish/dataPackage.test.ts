/**
 * The data as a package: the Frictionless v2 descriptor validates (ajv, tests/fixtures/datapackage-v2), every CSV it
 * lists parses with d3-dsv into exactly its schema's columns, types, codes and key; the Excel copy starts with a
 * byte-order mark and the plain one does not, with the same rows; a spreadsheet reader finds 17.58 亿元 beside
 * 1758000000, Chinese place names and the source's address.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { csvParse } from 'd3';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadContent } from '../../src/lib/data/loadContent';
import { buildDatasetJsonLd } from '../../src/lib/publish/buildDatasetJsonLd';
import { csvPaths } from '../../src/lib/publish/csvPaths';
import { SITE_ORIGIN } from '../../src/lib/publish/siteOrigin';
import { writeDatasets } from '../../src/lib/publish/writeDatasets';
import profile from '../fixtures/datapackage-v2/profile.json';

const content = loadContent();
if (!content.ok) throw new Error('content has problems');
const out = mkdtempSync(join(tmpdir(), 'shanhai-datapackage-'));
writeDatasets(content.datasets, out);
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; unique?: boolean };
  categories?: { value: string }[];
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey: string[] };
}
const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: Resource[] };

describe('datapackage.json', () => {
  it('validates against the Data Package v2 profile', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(profile);
    const ok = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The profile can fail: a resource without a path, a bad name.
    expect(validate({ resources: [{ name: 'Facts CSV' }] })).toBe(false);
  });

  it('lists every published CSV: all facts, national, each province and pair', () => {
    const names = pkg.resources.map((r) => r.name);
    expect(names.slice(0, 2)).toEqual(['facts', 'national']);
    expect(names).toContain('province-guangxi');
    expect(names).toContain('pair-guangdong--guangxi');
    expect(names).toHaveLength(2 + content.datasets.provinces.length + content.datasets.pairs.length);
  });

  it('each CSV has exactly its schema’s columns, types, codes, required cells and a unique key', () => {
    for (const resource of pkg.resources) {
      const text = readFileSync(join(out, resource.path), 'utf8');
      const rows = csvParse(text);
      expect(rows.columns, resource.path).toEqual(resource.schema.fields.map((f) => f.name));
      for (const field of resource.schema.fields) {
        for (const row of rows) {
          const cell = row[field.name] ?? '';
          if (field.constraints?.required) expect(cell, `${resource.path} ${field.name}`).not.toBe('');
          if (cell === '') continue;
          if (field.type === 'number') expect(Number.isFinite(Number(cell)), `${field.name} ${cell}`).toBe(true);
          if (field.type === 'date') expect(cell).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (field.categories)
            expect(
              field.categories.map((c) => c.value),
              `${field.name}`,
            ).toContain(cell);
        }
      }
      const keys = rows.map((r) => r.fact_id);
      expect(new Set(keys).size, resource.path).toBe(keys.length);
    }
  });
});

describe('the two CSVs of every table', () => {
  it('Excel’s starts with a UTF-8 byte-order mark, the plain one does not; their rows are the same', () => {
    const excel = readFileSync(join(out, csvPaths('facts').excel));
    const plain = readFileSync(join(out, csvPaths('facts').plain));
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...plain.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.subarray(3).equals(plain)).toBe(true);
    // d3-dsv on the plain file reads the first column's name cleanly; on the Excel file the BOM sticks to it.
    expect(csvParse(plain.toString('utf8')).columns[0]).toBe('fact_id');
    expect(csvParse(excel.toString('utf8')).columns[0]).toBe('\uFEFFfact_id');
  });

  it('a spreadsheet reader sees the value as written beside the base value, place names and the source’s address', () => {
    const rows = csvParse(readFileSync(join(out, csvPaths('pairs/guangdong--guangxi').plain), 'utf8'));
    const funds = rows.find((r) => r.metric === 'funds.fiscal' && r.period === '2022' && r.level === 'province');
    expect(funds).toMatchObject({
      value: '1758000000',
      unit: 'yuan',
      unit_name: '元',
      value_written: '17.58',
      unit_written: '亿元',
      from: 'guangdong',
      from_name: '广东',
      to: 'guangxi',
      to_name: '广西',
      period_label: '2022年',
    });
    expect(funds?.source_page).toBe(`${SITE_ORIGIN}/source/${funds?.source_id}/`);
    // The report was read at a mirror: its address is the one recorded.
    expect(funds?.source_url).toBe('https://m.a899.cn/news/25d599943.html');
    const withUrl = rows.filter((r) => r.source_url !== '');
    expect(withUrl.length).toBeGreaterThan(0);
    for (const r of withUrl) expect(r.source_url).toMatch(/^https?:\/\//);
  });
});

it('SITE_ORIGIN is the site astro.config.mjs builds for', () => {
  expect(readFileSync('astro.config.mjs', 'utf8')).toContain(`site: '${SITE_ORIGIN}'`);
});

describe('citation and search metadata', () => {
  it('CITATION.cff names the dataset, its licence and where it lives', () => {
    const cff = parseYaml(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
    expect(cff).toMatchObject({
      'cff-version': '1.2.0',
      type: 'dataset',
      license: 'CC-BY-4.0',
      url: `${SITE_ORIGIN}/data/`,
    });
    expect(String(cff.title)).toContain('东西部协作');
  });

  it('/data/’s schema.org Dataset links both CSVs, the package and the licence', () => {
    const ld = buildDatasetJsonLd(content.datasets.sources) as { distribution: { contentUrl: string }[] } & Record<
      string,
      unknown
    >;
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld.distribution.map((d) => d.contentUrl)).toEqual([
      `${SITE_ORIGIN}/data/facts.csv`,
      `${SITE_ORIGIN}/data/facts.plain.csv`,
      `${SITE_ORIGIN}/data/facts.json`,
      `${SITE_ORIGIN}/data/datapackage.json`,
    ]);
    expect(ld.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the English CSVs (en/…, linked from the English pages)', () => {
  const names = ['facts', 'national', 'provinces/gansu', 'pairs/guangdong--guangxi'];

  it('have the Chinese CSV’s columns and exactly its rows, fact by fact, with the words in English', () => {
    for (const name of names) {
      const zh = csvParse(readFileSync(join(out, csvPaths(name).plain), 'utf8'));
      const en = csvParse(readFileSync(join(out, csvPaths(`en/${name}`).plain), 'utf8'));
      expect(en.columns, name).toEqual(zh.columns);
      expect(en.length, name).toBe(zh.length);
      expect(en.length, name).toBeGreaterThan(0);
      expect(
        en.map((r) => r.fact_id),
        name,
      ).toEqual(zh.map((r) => r.fact_id));
      expect(
        en.map((r) => r.value),
        name,
      ).toEqual(zh.map((r) => r.value));
      // Labels, names and periods carry no Chinese; quotes and source titles keep the articles' words.
      for (const row of en) {
        for (const column of ['metric_label', 'unit_name', 'from_name', 'to_name', 'at_name', 'period_label']) {
          expect(row[column] ?? '', `${name} ${row.fact_id} ${column}`).not.toMatch(/\p{Script=Han}/u);
        }
      }
    }
  });

  it('write the English words: Gansu, yuan, and the Excel copy keeps its byte-order mark', () => {
    const en = csvParse(readFileSync(join(out, csvPaths('en/pairs/shandong--gansu').plain), 'utf8'));
    expect(en.some((r) => r.from_name === 'Shandong' && r.to_name === 'Gansu')).toBe(true);
    expect(en.some((r) => r.unit === 'yuan' && r.unit_name === 'yuan')).toBe(true);
    expect(readFileSync(join(out, csvPaths('en/facts').excel), 'utf8').charCodeAt(0)).toBe(0xfeff);
  });
});
