/**
 * The data package: a Frictionless Data Package (v2) descriptor over the published CSVs, so a newsroom's tools
 * (frictionless, dpkit, Open Data Editor, CKAN) read each table with its column types, meanings and codes. It
 * points at the plain UTF-8 CSVs (no byte-order mark); the Excel copies hold the same rows. Pure: the same
 * datasets give the same descriptor (no clock).
 */
import type { Datasets } from '../data/buildDatasets';
import { CSV_COLUMNS } from '../data/formatFactsCsv';
import { csvPaths } from './csvPaths';
import { SITE_ORIGIN } from './siteOrigin';

const TYPES: Readonly<Record<string, 'number' | 'date'>> = {
  value: 'number',
  value_written: 'number',
  source_date: 'date',
};
const REQUIRED = new Set(['fact_id', 'metric', 'value', 'unit', 'period', 'source_id']);

/** The Table Schema of every facts CSV, from the same column list the CSV and the /data/ page use. */
export function factsTableSchema(): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: CSV_COLUMNS.map((c) => ({
      name: c.name,
      type: TYPES[c.name] ?? 'string',
      description: c.meaning,
      ...(REQUIRED.has(c.name) || c.name === 'fact_id'
        ? { constraints: { required: true, ...(c.name === 'fact_id' ? { unique: true } : {}) } }
        : {}),
      ...('codes' in c && c.codes !== undefined
        ? { categories: c.codes.map(([value, label]) => ({ value, label })) }
        : {}),
    })),
    primaryKey: ['fact_id'],
    missingValues: [''],
  };
}

/** The descriptor, written to `public/data/datapackage.json` next to the CSVs it lists. */
export function buildDataPackage(datasets: Datasets): Record<string, unknown> {
  const schema = factsTableSchema();
  const table = (name: string, path: string, title: string) => ({
    name,
    type: 'table',
    path,
    title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema,
  });
  const names = (id: string): string => datasets.places[id]?.shortZh ?? id;
  const withUrl = datasets.sources.flatMap((s) => {
    const url = s.url ?? s.readAt;
    return url === undefined ? [] : [{ ...s, url }];
  });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'shanhai-east-west-cooperation',
    title: '山海：东西部协作数据（Shanhai: East–West cooperation in figures）',
    description:
      '东部省市对口帮扶西部省区市（东西部协作）的数字，每个数字附来源原文语句、时期、限定词和口径。' +
      'Figures of China’s East–West cooperation programme from news articles, each with its source sentence, period, qualifier and basis.',
    homepage: `${SITE_ORIGIN}/data/`,
    version: '1.0.0',
    keywords: ['东西部协作', 'east-west cooperation', 'China', 'poverty alleviation', 'data journalism'],
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    contributors: [{ title: '山海 Shanhai', path: SITE_ORIGIN, roles: ['publisher'] }],
    sources: withUrl.map((s) => ({ title: `${s.outlet}：${s.title}（${s.published.date}）`, path: s.url })),
    resources: [
      table('facts', csvPaths('facts').plain, '全部数字'),
      table('national', csvPaths('national').plain, '全国范围的数字'),
      ...datasets.provinces.map((p) =>
        table(
          `province-${p.province.id}`,
          csvPaths(`provinces/${p.province.id}`).plain,
          `${names(p.province.id)}的数字`,
        ),
      ),
      ...datasets.pairs.map((p) =>
        table(
          `pair-${p.pair.id}`,
          csvPaths(`pairs/${p.pair.id}`).plain,
          `${p.pair.eastName}→${p.pair.westName}结对的数字`,
        ),
      ),
    ],
  };
}
