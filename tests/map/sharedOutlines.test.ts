/**
 * One set of outlines for all the maps of a page (a story's steps): each map draws the shared shapes with `<use>`
 * and one transform, and the result lands where the map's own shapes would.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildSharedOutlines, outlineTransform } from '../../src/lib/map/buildSharedOutlines';
import { cachedMapLayout } from '../../src/lib/map/cachedMapLayout';
import { fitMapProjection } from '../../src/lib/map/fitMapProjection';
import { layoutPairingMap } from '../../src/lib/map/layoutPairingMap';
import { loadChinaTopology } from '../../src/lib/map/loadChinaTopology';
import { renderMapSvg } from '../../src/lib/map/renderMapSvg';
import { renderSharedOutlines } from '../../src/lib/map/renderSharedOutlines';
import type { MapData } from '../../src/lib/map/types';
import fixture from '../fixtures/map-data.json';

const data = fixture as MapData;
const topology = loadChinaTopology();
const SIZE = { width: 720, height: 600 };
/** A story like gansu-2021: all China, then zoomed to 甘肃 and to a pair. */
const frames: { width: number; height: number; focus?: string }[] = [
  { ...SIZE },
  { ...SIZE, focus: 'gansu' },
  { ...SIZE, focus: 'shandong--gansu' },
];
const GANSU = '620000';

/** The numbers of a path string as [x, y] pairs. */
function points(d: string): [number, number][] {
  const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return n.flatMap((_, i) => (i % 2 === 0 ? [[n[i] as number, n[i + 1] as number] as [number, number]] : []));
}

function bounds(ps: [number, number][]): number[] {
  const xs = ps.map((p) => p[0]);
  const ys = ps.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function drawn(frame: (typeof frames)[number], shared: ReturnType<typeof buildSharedOutlines> | undefined) {
  const layout = layoutPairingMap(data, topology, {
    ...frame,
    ...(shared === undefined ? {} : { sharedOutlines: shared }),
  });
  const svg = renderMapSvg(layout, { idPrefix: 'm' });
  return { layout, svg, document: parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document };
}

describe('buildSharedOutlines', () => {
  const shared = buildSharedOutlines(data, topology, frames, 's');

  it('projects with the most zoomed map: that map needs no transform, the others scale down', () => {
    const transforms = frames.map((f) => outlineTransform(shared, fitMapProjection(data, topology, f)));
    const zoomed = transforms.findIndex((t) => t.k === 1 && t.tx === 0 && t.ty === 0);
    expect(zoomed).toBeGreaterThan(0);
    for (const t of transforms) expect(t.k).toBeLessThanOrEqual(1);
    // All China is drawn at about half the scale of the view of 甘肃 and its partners.
    expect(transforms[0]?.k).toBeCloseTo(0.55, 2);
  });

  it('puts the shared shape where each map would draw its own (within a unit, the rounding of both)', () => {
    const own = drawn(frames[0] as (typeof frames)[number], undefined).layout;
    const t = outlineTransform(shared, fitMapProjection(data, topology, frames[0] as (typeof frames)[number]));
    const sharedGansu = shared.paths.find((p) => p.id === shared.ids.get(GANSU))?.d ?? '';
    const moved = points(sharedGansu).map(([x, y]) => [t.k * x + t.tx, t.k * y + t.ty] as [number, number]);
    const ownGansu = own.provinces.find((p) => p.code === GANSU)?.d ?? '';
    const [a, b] = [bounds(moved), bounds(points(ownGansu))];
    for (let i = 0; i < 4; i++) expect(Math.abs((a[i] as number) - (b[i] as number))).toBeLessThan(1.5);
  });

  it('keeps the full detail when a map is zoomed, the national simplification when none is', () => {
    expect(shared.detailWidth).toBeUndefined();
    const national = buildSharedOutlines(data, topology, [{ ...SIZE }, { ...SIZE }], 'n');
    expect(national.detailWidth).toBe(720);
    // Two maps of all China of one size: one inset, its three shapes defined once.
    expect(national.insetIds.size).toBe(3);
  });
});

describe('renderMapSvg with shared outlines', () => {
  const shared = buildSharedOutlines(data, topology, frames, 's');
  const defs = parseHTML(`<!doctype html><html><body>${renderSharedOutlines(shared)}</body></html>`).document;

  it('writes every outline once, unstyled, in a hidden svg', () => {
    const svg = defs.querySelector('svg.pm-shared');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    const ids = [...defs.querySelectorAll('defs > path')].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(`s-${GANSU}`);
    expect(defs.querySelector('defs > path[class], defs > path[fill]')).toBeNull();
  });

  it.each(frames.map((f, i) => [i, f] as const))('map %i draws no outline of its own: <use> of the page’s', (_i, f) => {
    const { document, layout } = drawn(f, shared);
    expect(document.querySelectorAll('.pm-provinces path')).toHaveLength(0);
    const uses = [...document.querySelectorAll('.pm-provinces use')];
    expect(uses.length).toBe(layout.provinces.filter((p) => p.d !== '').length + 10);
    for (const use of uses) expect(defs.getElementById(`${use.getAttribute('href')?.slice(1)}`)).not.toBeNull();
    const gansu = document.querySelector(`.pm-provinces use[href="#s-${GANSU}"]`);
    expect(gansu?.getAttribute('class')).toContain('pm-prov pm-prov--west');
    // The inset of the map of all China is shared too, the rest of its frame stays in the map.
    if (f.focus === undefined) {
      expect(document.querySelectorAll('g.pm-inset use')).toHaveLength(3);
      expect(document.querySelector('g.pm-inset text.pm-inset-label')?.textContent).toBe('南海诸岛');
    }
  });

  it('scales strokes and hatching back on a moved map', () => {
    const { document } = drawn(frames[0] as (typeof frames)[number], shared);
    const g = document.querySelector('g.pm-provinces');
    const k = Number(/matrix\(([\d.]+) /.exec(g?.getAttribute('transform') ?? '')?.[1]);
    expect(k).toBeGreaterThan(0);
    expect(g?.getAttribute('style')).toContain(`--pm-outline-scale: ${k}`);
    const pattern = document.querySelector('pattern')?.getAttribute('patternTransform') ?? '';
    expect(Number(/scale\(([\d.]+)\)/.exec(pattern)?.[1])).toBeCloseTo(1 / k, 4);
  });

  it('leaves a map without shared outlines self-contained (exports, single maps)', () => {
    const { document } = drawn(frames[1] as (typeof frames)[number], undefined);
    expect(document.querySelectorAll('use')).toHaveLength(0);
    expect(document.querySelector(`.pm-provinces path.pm-prov`)?.getAttribute('d')?.length).toBeGreaterThan(10);
  });
});

/**
 * Issue 18 (a build of 1,000 stories): the outlines are projected once per set of frames and a step's layout is the
 * cached layout plus what shared outlines change. Both must give exactly what the uncached functions give.
 */
describe('shared outlines and layouts, remembered for the build', () => {
  it('gives a second page the same shapes under its own ids', () => {
    const first = buildSharedOutlines(data, topology, frames, 'story-a-outline');
    const second = buildSharedOutlines(data, topology, frames, 'story-b-outline');
    expect(second.paths.map((p) => p.d)).toEqual(first.paths.map((p) => p.d));
    expect(second.paths[0]?.id).toMatch(/^story-b-outline-\d{6}$/);
    expect(second.ids.get(GANSU)).toBe(`story-b-outline-${GANSU}`);
    expect([...second.insetIds.values()]).toEqual([...first.insetIds.values()].map((id) => id.replace('-a-', '-b-')));
    expect(second.scale).toBe(first.scale);
  });

  it('lays out a step with shared outlines exactly as layoutPairingMap does', () => {
    const shared = buildSharedOutlines(data, topology, frames, 'story-c-outline');
    for (const frame of frames) {
      const options = { ...frame, only: { metric: 'funds' as const, period: data.defaults.period } };
      const direct = layoutPairingMap(data, topology, { ...options, sharedOutlines: shared });
      cachedMapLayout(data, topology, options);
      const cached = cachedMapLayout(data, topology, { ...options, sharedOutlines: shared });
      expect(cached).toEqual(direct);
      expect(JSON.stringify(cached.provinces)).toBe(JSON.stringify(direct.provinces));
      expect(cached.shared?.transform).toEqual(direct.shared?.transform);
    }
  });
});
