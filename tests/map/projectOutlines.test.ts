import { geoConicEqualArea, geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { formatPathRelative } from '../../src/lib/map/formatPathRelative';
import { projectOutlines } from '../../src/lib/map/projectOutlines';
import type { ProvinceFeatures } from '../../src/lib/map/provinceFeatures';

/** Two squares, one degree a side, south of 川 and east of it. */
const shapes: ProvinceFeatures = {
  type: 'FeatureCollection',
  features: [
    { code: '510000', lon: 104 },
    { code: '500000', lon: 107 },
  ].map(({ code, lon }) => ({
    type: 'Feature',
    properties: { code, name: code },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, 30],
          [lon, 31],
          [lon + 1, 31],
          [lon + 1, 30],
          [lon, 30],
        ],
      ],
    },
  })),
};
const conic = () => geoConicEqualArea().rotate([-105, 0]).parallels([25, 47]).scale(1000).translate([300, 700]);

describe('projectOutlines (outlines remembered per projection)', () => {
  it('draws what geoPath draws in whole units, and the same projection again gives the remembered strings', () => {
    const outlines = projectOutlines(shapes, conic());
    const outline = geoPath(conic()).digits(0);
    expect(outlines).toEqual(shapes.features.map((f) => outline(f)));
    expect(projectOutlines(shapes, conic())).toBe(outlines);
  });

  it('draws afresh when the scale, the translate or the clip extent changes', () => {
    const first = projectOutlines(shapes, conic());
    const scaled = projectOutlines(shapes, conic().scale(2000));
    expect(scaled).not.toBe(first);
    expect(scaled).toEqual(shapes.features.map((f) => geoPath(conic().scale(2000)).digits(0)(f)));
    expect(projectOutlines(shapes, conic().translate([310, 700]))).not.toEqual(first);
    // A clip extent that leaves out the eastern square: its outline is empty, the western one is unchanged.
    const [west] = first;
    const x = Number(/^M(-?\d+)/.exec(west as string)?.[1]);
    const clipped = projectOutlines(
      shapes,
      conic().clipExtent([
        [x - 50, 0],
        [x + 20, 2000],
      ]),
    );
    expect(clipped[0]).toBe(west);
    expect(clipped[1]).toBe('');
  });
});

describe('formatPathRelative (remembered by its input)', () => {
  it('gives the same answer the second time, and a new answer for a changed path', () => {
    expect(formatPathRelative('M664,295L663,298L665,303Z')).toBe('m664,295-1,3,2,5z');
    expect(formatPathRelative('M664,295L663,298L665,303Z')).toBe('m664,295-1,3,2,5z');
    expect(formatPathRelative('M664,295L663,298L666,303Z')).toBe('m664,295-1,3,3,5z');
  });

  it('still throws on a bad path after a good one was remembered', () => {
    expect(() => formatPathRelative('M1,1H5')).toThrow('formatPathRelative: command "H"');
    expect(() => formatPathRelative('M1,1H5')).toThrow('formatPathRelative: command "H"');
  });
});
