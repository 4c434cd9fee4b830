import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Datasets } from '../data/buildDatasets';
import { type FactsCsvContext, formatFactsCsv } from '../data/formatFactsCsv';
import type { CompiledFact } from '../data/types';
import { buildDataPackage } from './buildDataPackage';
import { csvPaths } from './csvPaths';
import { SITE_ORIGIN } from './siteOrigin';

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * Writes every generated dataset into `out`, a fresh staging folder: JSON for pages; each CSV twice (Excel and
 * plain, see csvPaths), in Chinese and under `en/` in English (same rows); the data package describing the CSVs.
 */
export function writeDatasets(datasets: Datasets, out: string): void {
  const context: FactsCsvContext = {
    sources: new Map(datasets.sources.map((s) => [s.id, s])),
    places: datasets.places,
    site: SITE_ORIGIN,
  };
  // The English downloads (`en/<name>.csv`): the same rows and columns, their words in English.
  const english: FactsCsvContext = { ...context, lang: 'en' };
  const writeCsv = (name: string, facts: readonly CompiledFact[]): void => {
    for (const [prefix, ctx] of [
      ['', context],
      ['en/', english],
    ] as const) {
      const paths = csvPaths(`${prefix}${name}`);
      writeText(join(out, paths.excel), formatFactsCsv(facts, ctx, 'excel'));
      writeText(join(out, paths.plain), formatFactsCsv(facts, ctx, 'plain'));
    }
  };
  writeJson(join(out, 'places.json'), datasets.places);
  writeJson(join(out, 'sources.json'), datasets.sources);
  writeJson(join(out, 'facts.json'), datasets.facts);
  writeCsv('facts', datasets.facts);
  writeJson(join(out, 'national.json'), datasets.national);
  writeCsv('national', datasets.national.facts);
  for (const p of datasets.provinces) {
    writeJson(join(out, 'provinces', `${p.province.id}.json`), p);
    writeCsv(`provinces/${p.province.id}`, p.facts);
  }
  for (const p of datasets.pairs) {
    writeJson(join(out, 'pairs', `${p.pair.id}.json`), p);
    writeCsv(`pairs/${p.pair.id}`, p.facts);
  }
  writeJson(join(out, 'map.json'), datasets.map);
  writeJson(join(out, 'coverage.json'), datasets.coverage);
  writeJson(join(out, 'datapackage.json'), buildDataPackage(datasets));
}
