import { describe, expect, it } from 'vitest';
import { assignArcSides } from '../../src/lib/map/assignArcSides';
import { arcControlPoint, buildArcPath, buildTwoWayArcPath, type Point } from '../../src/lib/map/buildArcPath';

/** All "x,y" pairs of a path string, in order. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The point at u of the cubic Bézier curve with these four points. */
function cubicAt([p0, p1, p2, p3]: [number, number][], u: number): [number, number] {
  const w = [(1 - u) ** 3, 3 * (1 - u) ** 2 * u, 3 * (1 - u) * u * u, u ** 3];
  const at = (k: 0 | 1): number => [p0, p1, p2, p3].reduce((sum, p, i) => sum + (w[i] as number) * (p?.[k] ?? 0), 0);
  return [at(0), at(1)];
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
    // M <left side> L <wing> L <tip> L <wing> L <right side, back to the source> Z
    const parts = arc.d.slice(1, -1).split('L');
    const left = points(parts[0] as string);
    const right = points(parts.at(-1) as string);
    const dist = (a: number[] | undefined, b: number[] | undefined): number =>
      Math.hypot((a?.[0] ?? 0) - (b?.[0] ?? 0), (a?.[1] ?? 0) - (b?.[1] ?? 0));
    expect(dist(left[0], right.at(-1))).toBeCloseTo(20, 0);
    expect(dist(left.at(-1), right[0])).toBeCloseTo(7, 0);
  });

  it('draws each side of the ribbon as two cubic pieces on the exact edge (within the rounding, 0.08 px)', () => {
    // A two-headed arc has an even width: each side is the curve moved half the width sideways.
    const a: Point = [812.4, 301.7];
    const b: Point = [296.3, 333.3];
    const twoWay = buildTwoWayArcPath(a, b, { bend: 0.2, side: 'left', startWidth: 9 });
    const c = arcControlPoint(a, b, 0.2, 'left');
    const curve = Array.from({ length: 20001 }, (_, i) => {
      const t = i / 20000;
      return [
        (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t * t * b[0],
        (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t * t * b[1],
      ];
    });
    const distanceToCurve = (p: [number, number]): number =>
      Math.min(...curve.map((q) => Math.hypot(p[0] - (q[0] as number), p[1] - (q[1] as number))));
    const parts = twoWay.d.slice(1, -1).split('L');
    for (const side of [parts[0] as string, parts[4] as string]) {
      expect(side.match(/C/g)).toHaveLength(2);
      const [start, ...rest] = points(side);
      // Each piece runs from the previous end, through its two control points, to its end.
      for (let i = 0; i < rest.length; i += 3) {
        const piece = [i === 0 ? start : rest[i - 1], rest[i], rest[i + 1], rest[i + 2]] as [number, number][];
        for (let u = 0; u <= 1; u += 0.05) {
          expect(Math.abs(distanceToCurve(cubicAt(piece, u)) - 4.5)).toBeLessThan(0.08);
        }
      }
    }
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
