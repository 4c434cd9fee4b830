import { geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { createProjection, projectPoint, round1 } from '../../src/lib/map/createProjection';
import { insetRect, keepClearBoxes, overlaps } from '../../src/lib/map/layoutMapFrame';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import { mainlandFeatures } from '../../src/lib/map/mainlandFeatures';

const topology = loadChinaTopology();
const BEIJING: [number, number] = [116.4, 40.25];
const CHONGQING: [number, number] = [107.8, 30.0];

describe('createProjection', () => {
  it('is a conic equal-area centred on 105°E with parallels 25°N and 47°N', () => {
    const p = createProjection(960, 760, topology);
    const [lambda, phi] = p.rotate();
    expect(lambda).toBeCloseTo(-105, 9);
    expect(phi).toBeCloseTo(0, 9);
    const [p0, p1] = (p as unknown as { parallels(): [number, number] }).parallels();
    expect(p0).toBeCloseTo(25, 9);
    expect(p1).toBeCloseTo(47, 9);
  });

  it('projects 北京 north-east of 重庆 (right of it and higher up on screen)', () => {
    const p = createProjection(960, 760, topology);
    const bj = projectPoint(p, BEIJING);
    const cq = projectPoint(p, CHONGQING);
    expect(bj[0]).toBeGreaterThan(cq[0]);
    expect(bj[1]).toBeLessThan(cq[1]);
  });

  it('fits the mainland (down to the southern tip of Hainan) inside the viewport less the padding, flush left', () => {
    const p = createProjection(960, 760, topology, { padding: 12 });
    const [[x0, y0], [x1, y1]] = geoPath(p).bounds(mainlandFeatures(topology));
    expect(x0).toBeCloseTo(12, 0);
    expect(y0).toBeGreaterThanOrEqual(11.9);
    expect(x1).toBeLessThanOrEqual(948.1);
    expect(y1).toBeLessThanOrEqual(748.1);
    // …and nearly fills it from top to bottom (narrowed a little so that the inset clears Taiwan): 三亚 at the bottom.
    expect(y1 - y0).toBeGreaterThan(0.97 * 736);
    expect(projectPoint(p, [109.5, 18.2])[1]).toBeGreaterThan(730);
  });

  for (const [width, height] of [
    [960, 760],
    [720, 600],
    [720, 560],
  ] as const) {
    it(`keeps Taiwan, 钓鱼岛 and 赤尾屿 clear of the 南海诸岛 inset on a ${width}×${height} map`, () => {
      const p = createProjection(width, height, topology);
      const inset = insetRect(width, height);
      for (const box of keepClearBoxes(topology, p)) expect(overlaps(box, inset), JSON.stringify(box)).toBe(false);
    });
  }

  it('fits a focus to the chosen provinces only', () => {
    const p = createProjection(720, 560, topology, { padding: 40, fitCodes: ['520000', '440000'] });
    const gz = projectPoint(p, [106.7, 26.8]);
    expect(gz[0]).toBeGreaterThan(40);
    expect(gz[0]).toBeLessThan(680);
    // 新疆's Ürümqi is far off the zoomed view.
    expect(projectPoint(p, [87.6, 43.8])[0]).toBeLessThan(0);
  });

  it('throws when a focus names no province of the map', () => {
    expect(() => createProjection(720, 560, topology, { fitCodes: ['999999'] })).toThrow(
      'createProjection: none of the codes 999999 is in the map',
    );
  });
});

describe('round1', () => {
  it('rounds to one decimal and never writes -0', () => {
    expect(round1(12.345)).toBe(12.3);
    expect(round1(-0.04)).toBe(0);
    expect(Object.is(round1(-0.04), -0)).toBe(false);
  });
});
