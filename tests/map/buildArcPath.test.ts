import { describe, expect, it } from 'vitest';
import { assignArcSides } from '../../src/lib/map/assignArcSides';
import { arcControlPoint, buildArcPath, type Point } from '../../src/lib/map/buildArcPath';

/** All "x,y" pairs of a path string, in order. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** > 0 when p is left of the directed line a → b on screen (y down). */
function leftness(a: Point, b: Point, p: Point): number {
  return (b[1] - a[1]) * (p[0] - a[0]) - (b[0] - a[0]) * (p[1] - a[1]);
}

const EAST: Point = [800, 300];
const WEST: Point = [300, 320];

describe('buildArcPath', () => {
  const arc = buildArcPath(EAST, WEST, { bend: 0.2, side: 'right', startWidth: 20 });

  it('runs from the source to the target: the centreline starts at one and ends at the other', () => {
    expect(arc.centerline.startsWith('M800,300Q')).toBe(true);
    expect(arc.centerline.endsWith(' 300,320')).toBe(true);
    expect(arc.start).toEqual([800, 300]);
    expect(arc.end).toEqual([300, 320]);
  });

  it('ends the ribbon in an arrowhead whose tip is the target', () => {
    expect(points(arc.d)).toContainEqual([300, 320]);
    expect(points(arc.head)[1]).toEqual([300, 320]);
  });

  it('bends to the side asked for: travelling west, right is north (up on screen)', () => {
    expect(leftness(EAST, WEST, arc.mid)).toBeLessThan(0);
    expect(arc.mid[1]).toBeLessThan(310);
    const left = buildArcPath(EAST, WEST, { bend: 0.2, side: 'left', startWidth: 20 });
    expect(leftness(EAST, WEST, left.mid)).toBeGreaterThan(0);
    // bend 0.2 of a 500.4px chord puts the control point ~100px off the chord's middle.
    const c = arcControlPoint(EAST, WEST, 0.2, 'right');
    expect(Math.hypot(c[0] - 550, c[1] - 310)).toBeCloseTo(0.2 * Math.hypot(500, 20), 6);
  });

  it('tapers: startWidth wide at the source, narrower before the head', () => {
    const p = points(arc.d);
    const n = 25; // samples along each side
    const firstLeft = p[0] as [number, number];
    const firstRight = p[p.length - 1] as [number, number];
    expect(Math.hypot(firstLeft[0] - firstRight[0], firstLeft[1] - firstRight[1])).toBeCloseTo(20, 0);
    const lastLeft = p[n - 1] as [number, number];
    const lastRight = p[p.length - n] as [number, number];
    expect(Math.hypot(lastLeft[0] - lastRight[0], lastLeft[1] - lastRight[1])).toBeCloseTo(7, 0);
  });

  it('draws a west→east flow from west to east when asked to', () => {
    const reverse = buildArcPath(WEST, EAST, { bend: 0.2, side: 'left', startWidth: 8 });
    expect(reverse.start).toEqual([300, 320]);
    expect(reverse.end).toEqual([800, 300]);
    expect(points(reverse.d)).toContainEqual([800, 300]);
    // Reversed travel with the side flipped keeps the curve on the same (north) side.
    expect(reverse.mid[1]).toBeLessThan(310);
  });

  it('stops short of the target by trimEnd, along the curve', () => {
    const trimmed = buildArcPath(EAST, WEST, { bend: 0.2, side: 'right', startWidth: 20, trimEnd: 13 });
    expect(trimmed.start).toEqual([800, 300]);
    expect(Math.hypot(trimmed.end[0] - 300, trimmed.end[1] - 320)).toBeGreaterThan(11);
    expect(Math.hypot(trimmed.end[0] - 300, trimmed.end[1] - 320)).toBeLessThan(13.1);
  });

  it('writes every coordinate with at most one decimal', () => {
    for (const s of [arc.d, arc.centerline, arc.head]) expect(s).not.toMatch(/\d\.\d\d/);
  });

  it('refuses an arc from a point to itself', () => {
    expect(() => buildArcPath(EAST, EAST, { bend: 0.2, side: 'left', startWidth: 2 })).toThrow(
      'buildArcPath: source and target are the same point',
    );
  });
});

describe('assignArcSides', () => {
  // Rough screen positions at 960px: 山东 and its two partners, 广东 and its two, plus 天津→甘肃.
  const shandong: Point = [690, 330];
  const gansu: Point = [470, 360];
  const chongqing: Point = [540, 470];
  const guangdong: Point = [640, 600];
  const guangxi: Point = [560, 590];
  const guizhou: Point = [540, 520];
  const arcs = [
    { id: 'shandong--gansu', fromId: 'shandong', toId: 'gansu', from: shandong, to: gansu },
    { id: 'shandong--chongqing', fromId: 'shandong', toId: 'chongqing', from: shandong, to: chongqing },
    { id: 'guangdong--guangxi', fromId: 'guangdong', toId: 'guangxi', from: guangdong, to: guangxi },
    { id: 'guangdong--guizhou', fromId: 'guangdong', toId: 'guizhou', from: guangdong, to: guizhou },
    { id: 'tianjin--gansu', fromId: 'tianjin', toId: 'gansu', from: [700, 280] as Point, to: gansu },
  ];
  const sides = assignArcSides(arcs);

  it('fans apart two arcs that leave one source in a narrow angle', () => {
    expect(sides.get('shandong--gansu')).toBe('right');
    expect(sides.get('shandong--chongqing')).toBe('left');
    expect(sides.get('guangdong--guizhou')).toBe('right');
    expect(sides.get('guangdong--guangxi')).toBe('left');
  });

  it('bends every other arc the same way, so parallel flows nest', () => {
    expect(sides.get('tianjin--gansu')).toBe('right');
  });
});
