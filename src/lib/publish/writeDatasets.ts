import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Datasets } from '../data/buildDatasets';
import { formatFactsCsv } from '../data/formatFactsCsv';

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Writes every generated dataset (JSON for pages, CSV for download) into `out`, a fresh staging folder. */
export function writeDatasets(datasets: Datasets, out: string): void {
  const sourceById = new Map(datasets.sources.map((s) => [s.id, s]));
  writeJson(join(out, 'places.json'), datasets.places);
  writeJson(join(out, 'sources.json'), datasets.sources);
  writeJson(join(out, 'facts.json'), datasets.facts);
  writeText(join(out, 'facts.csv'), formatFactsCsv(datasets.facts, sourceById));
  writeJson(join(out, 'national.json'), datasets.national);
  writeText(join(out, 'national.csv'), formatFactsCsv(datasets.national.facts, sourceById));
  for (const p of datasets.provinces) {
    writeJson(join(out, 'provinces', `${p.province.id}.json`), p);
    writeText(join(out, 'provinces', `${p.province.id}.csv`), formatFactsCsv(p.facts, sourceById));
  }
  for (const p of datasets.pairs) {
    writeJson(join(out, 'pairs', `${p.pair.id}.json`), p);
    writeText(join(out, 'pairs', `${p.pair.id}.csv`), formatFactsCsv(p.facts, sourceById));
  }
  writeJson(join(out, 'map.json'), datasets.map);
  writeJson(join(out, 'coverage.json'), datasets.coverage);
}
