/**
 * Reads the province topology that `npm run build:geo` writes to `public/geo/`. Build-time only
 * (Node): the map is drawn into the HTML, so the browser never needs this file to show it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ProvinceTopology } from './buildProvinceTopology';

export const CHINA_TOPOLOGY_PATH = 'public/geo/china-provinces.topo.json';

let cached: ProvinceTopology | undefined;

/** The parsed topology, read once per process from the project root (the working directory). */
export function loadChinaTopology(root: string = process.cwd()): ProvinceTopology {
  if (cached !== undefined) return cached;
  const file = path.join(root, CHINA_TOPOLOGY_PATH);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`loadChinaTopology: ${file} is missing; run "npm run build:geo" to build it`);
  }
  cached = JSON.parse(text) as ProvinceTopology;
  return cached;
}
