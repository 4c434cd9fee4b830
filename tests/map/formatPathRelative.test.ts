/**
 * Relative path commands draw the same shape as the absolute path they were written from: every written point is
 * reached again, only with shorter text.
 */
import { geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildArcPath, buildTwoWayArcPath } from '../../src/lib/map/buildArcPath';
import { fitMapProjection } from '../../src/lib/map/fitMapProjection';
import { formatPathRelative } from '../../src/lib/map/formatPathRelative';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import { provinceFeatures } from '../../src/lib/map/provinceFeatures';
import type { MapData } from '../../src/lib/map/types';
import fixture from '../fixtures/map-data.json';

type Segment = [string, ...number[]];

/** An absolute or relative path (M m L l Q q C c Z z, implicit repeats) as absolute segments. */
function absoluteSegments(d: string): Segment[] {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const arity: Record<string, number> = { m: 2, l: 2, q: 4, c: 6, z: 0 };
  const out: Segment[] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as string;
    if (/[A-Za-z]/.test(t)) {
      command = t;
      i += 1;
      if (t.toLowerCase() === 'z') {
        out.push(['Z']);
        [x, y] = [sx, sy];
      }
      continue;
    }
    const lower = command.toLowerCase();
    const n = arity[lower] as number;
    const relative = command === lower;
    const v = tokens.slice(i, i + n).map((s, k) => Number(s) + (relative ? (k % 2 === 0 ? x : y) : 0));
    i += n;
    out.push([lower.toUpperCase(), ...v.map((value) => Math.round(value * 1e6) / 1e6)]);
    [x, y] = [v[n - 2] as number, v[n - 1] as number];
    if (lower === 'm') {
      [sx, sy] = [x, y];
      command = relative ? 'l' : 'L';
    }
  }
  return out;
}

/** The segments without steps that go nowhere (an `L` to where it starts), but one kept in a ring that has no other. */
function withoutZeroSteps(segments: Segment[]): Segment[] {
  const rings: Segment[][] = [];
  for (const s of segments) {
    if (s[0] === 'M') rings.push([]);
    rings.at(-1)?.push(s);
  }
  return rings.flatMap((ring) => {
    let at = [Number.NaN, Number.NaN];
    const zero = ring.map((s) => {
      const isZero = s[0] === 'L' && s[1] === at[0] && s[2] === at[1];
      if (s.length > 2) at = [s[s.length - 2] as number, s[s.length - 1] as number];
      return isZero;
    });
    const drawsNothing = ring.every((s, i) => zero[i] || s[0] === 'M' || s[0] === 'Z');
    return ring.filter((_, i) => !zero[i] || (drawsNothing && i === zero.indexOf(true)));
  });
}

describe('formatPathRelative', () => {
  it('writes steps after the first point, with commas only where the next number has no minus sign', () => {
    expect(formatPathRelative('M664,295L663,298L665,303Z')).toBe('m664,295-1,3,2,5z');
  });

  it('starts a ring after Z from where the previous ring started (SVG: Z returns to the start point)', () => {
    expect(formatPathRelative('M10,10L20,10L20,20ZM30,10L40,10Z')).toBe('m10,10,10,0,0,10zm20,0,10,0z');
  });

  it('keeps the decimals of the input, rounded back so no float residue is written', () => {
    expect(formatPathRelative('M0.3,1.2L0.1,0.5L-0.2,-0.1Z')).toBe('m.3,1.2-.2-.7-.3-.6z');
  });

  it('writes curves relative to the current point, repeating the command letter only when it changes', () => {
    expect(formatPathRelative('M800,300Q550,210 300,320')).toBe('m800,300q-250-90-500,20');
    expect(formatPathRelative('M0,0C1,2 3,4 5,6C7,8 9,10 11,12L12,12Z')).toBe('m0,0c1,2,3,4,5,6,2,2,4,4,6,6l1,0z');
  });

  it('drops a step that goes nowhere, but keeps one in a ring that has no other (a reef rounded to a point)', () => {
    expect(formatPathRelative('M1,1L1,1L2,1L2,1L2,2Z')).toBe('m1,1,1,0,0,1z');
    expect(formatPathRelative('M5,5L5,5L5,5ZM6,6L7,7')).toBe('m5,5,0,0zm1,1,1,1');
    expect(formatPathRelative('M5,5L5,5')).toBe('m5,5,0,0');
  });

  it('leaves an empty path empty and refuses commands the map never writes', () => {
    expect(formatPathRelative('')).toBe('');
    expect(() => formatPathRelative('M0,0A5,5 0 1,1 0,10')).toThrow(
      'formatPathRelative: command "A" in "M0,0A5,5 0 1,1 0,10" (only M, L, Q, C, Z)',
    );
    expect(() => formatPathRelative('M0,0L1')).toThrow('formatPathRelative: "1" at token 4 of "M0,0L1"');
  });

  it('draws every province outline of the national map exactly as its absolute path, in far fewer characters', () => {
    const topology = loadChinaTopology();
    const projection = fitMapProjection(fixture as MapData, topology, { width: 960, height: 720 });
    const outline = geoPath(projection).digits(0);
    let [before, after] = [0, 0];
    for (const f of provinceFeatures(topology, 960).features) {
      const d = outline(f) ?? '';
      const relative = formatPathRelative(d);
      expect(absoluteSegments(relative)).toEqual(withoutZeroSteps(absoluteSegments(d)));
      before += d.length;
      after += relative.length;
    }
    expect(after / before).toBeLessThan(0.6);
  });

  it('draws arcs (one decimal, with curves) exactly as their absolute paths', () => {
    const arc = buildArcPath([800, 300], [300, 320], { bend: 0.2, side: 'right', startWidth: 20, trimEnd: 13 });
    const twoWay = buildTwoWayArcPath([812.4, 301.7], [296.3, 333.3], { bend: 0.2, side: 'left', startWidth: 7 });
    for (const d of [arc.d, arc.centerline, arc.head, twoWay.d, twoWay.head]) {
      expect(absoluteSegments(formatPathRelative(d))).toEqual(withoutZeroSteps(absoluteSegments(d)));
    }
  });
});
