/**
 * Layout of the pairing map: turns `MapData` and the province topology into placed marks —
 * province paths, one arc per pairing for every (metric, period) view, labels and legends — as
 * plain numbers and path strings. Pure: no DOM; `renderMapSvg` draws the result.
 */

import { type GeoProjection, geoPath } from 'd3';
import { assignArcSides } from './assignArcSides';
import { type ArcGeometry, type ArcSide, buildArcPath, type Point } from './buildArcPath';
import type { ProvinceTopology } from './buildProvinceTopology';
import { createProjection, projectPoint } from './createProjection';
import { createWidthScale, type LegendTick, type WidthScale } from './createWidthScale';
import { layoutMapFrame, type MapFrame } from './layoutMapFrame';
import { metricUnitLabel } from './mapText';
import { placePointLabels } from './placePointLabels';
import { provinceFeatures } from './provinceFeatures';
import { type SelectedFigure, selectFigure } from './selectFigure';
import type { MapData, MapFigure, MapMetric, MapPair, MapProvince } from './types';

export const MAP_METRIC_ORDER: readonly MapMetric[] = ['funds', 'cadres', 'labor'];

/** Pixel sizes of the marks, in viewBox units. */
export const ARC_STYLE = {
  minWidth: 2,
  maxWidth: 22,
  /** Sub-province arcs ("fine arcs") use a narrower range of the same scale. */
  fineMaxWidth: 8,
  bend: 0.2,
  fineBend: 0.14,
  noFigureWidth: 1.2,
  /** Arrow tips stop short of a province's label point so the label does not hide them. */
  labelClearance: 13,
  /** Sub-province arcs end at a dot, not a label. */
  pointClearance: 5,
} as const;

export interface LayoutOptions {
  width: number;
  height: number;
  /** A province id or a pair id. */
  focus?: string;
  /**
   * Lay out this one view only (a story section shows one state): far less markup than every metric × period.
   * Widths still come from the metric's scale over all periods, so sections stay comparable.
   */
  only?: { metric: MapMetric; period: string };
}

export interface ProvinceMark {
  code: string;
  /** Undefined for a shape the data does not list. */
  province: MapProvince | undefined;
  d: string;
  /** Province ids paired with it at province level. */
  partners: string[];
  /** Ids of the province-level pairs it belongs to. */
  pairs: string[];
  focused: boolean;
  label: { x: number; y: number; text: string } | undefined;
}

export interface ArcMark {
  pair: MapPair;
  /** Province-level arcs are drawn always; finer ones only around a focus. */
  fine: boolean;
  selected: SelectedFigure;
  /** Other figures for the same pair, metric and period (the reverse flow, targets). */
  others: MapFigure[];
  /** Ids of the source and target as drawn (east→west unless the figure flows west→east). */
  fromId: string;
  toId: string;
  fromLabel: string;
  toLabel: string;
  width: number;
  geometry: ArcGeometry;
  /** In the focus, or no focus at all; otherwise drawn faded as context. */
  inFocus: boolean;
}

export interface ViewLayout {
  metric: MapMetric;
  period: string;
  periodLabel: string;
  arcs: ArcMark[];
  legend: LegendTick[];
  /** National totals (pair "national") for this metric and period, if the data carry one. */
  national: MapFigure | undefined;
}

export interface PointMark {
  id: string;
  label: string;
  x: number;
  y: number;
  side: 'east' | 'west';
  /** Whether its label fits without overlapping others: at desktop sizes, and at the larger phone sizes. */
  labelFits: { wide: boolean; narrow: boolean };
}

export interface MapLayout {
  width: number;
  height: number;
  focus: { kind: 'province' | 'pair'; id: string; label: string } | undefined;
  provinces: ProvinceMark[];
  views: ViewLayout[];
  points: PointMark[];
  defaults: { metric: MapMetric; period: string };
  /** Periods that have a view, per metric, in data order. */
  periods: Record<MapMetric, string[]>;
  /** 南海诸岛 inset, dash line, 钓鱼岛, the Taiwan note and the 审图号 slot (`layoutMapFrame`). */
  frame: MapFrame;
}

/** Looks a province up by id; throws with the id when the data lack it. */
function provinceById(data: MapData): (id: string) => MapProvince {
  const byId = new Map(data.provinces.map((p) => [p.id, p]));
  return (id) => {
    const p = byId.get(id);
    if (p === undefined) throw new Error(`layoutPairingMap: province "${id}" is not in data.provinces`);
    return p;
  };
}

function resolveFocus(data: MapData, focus: string | undefined): MapLayout['focus'] {
  if (focus === undefined) return undefined;
  const province = data.provinces.find((p) => p.id === focus);
  if (province !== undefined) return { kind: 'province', id: focus, label: province.shortZh };
  const pair = data.pairs.find((p) => p.id === focus);
  if (pair !== undefined) return { kind: 'pair', id: focus, label: `${pair.eastLabel}—${pair.westLabel}` };
  throw new Error(`layoutPairingMap: focus "${focus}" is neither a province id nor a pair id in the data`);
}

/** The period label the figures give, or the period itself. */
function periodLabelOf(data: MapData, metric: MapMetric, period: string): string {
  return data.figures.find((f) => f.metric === metric && f.period === period)?.periodLabel ?? period;
}

function isDrawnOutcome(f: MapFigure): boolean {
  return f.status === 'outcome' && f.pair !== 'national';
}

/** Builds the map's layout for every metric and period in `data.periods`. */
export function layoutPairingMap(data: MapData, topology: ProvinceTopology, options: LayoutOptions): MapLayout {
  const { width, height } = options;
  const province = provinceById(data);
  const focus = resolveFocus(data, options.focus);
  const provincePairs = data.pairs.filter((p) => p.level === 'province');

  // Which provinces the view fits, and which finer pairs it shows.
  let fitIds: string[] | undefined;
  let finePairs: MapPair[] = [];
  if (focus?.kind === 'province') {
    const partners = provincePairs
      .filter((p) => p.east === focus.id || p.west === focus.id)
      .map((p) => (p.east === focus.id ? p.west : p.east));
    fitIds = [focus.id, ...partners];
    finePairs = data.pairs.filter(
      (p) => p.level !== 'province' && (p.eastProvince === focus.id || p.westProvince === focus.id),
    );
  } else if (focus?.kind === 'pair') {
    const pair = data.pairs.find((p) => p.id === focus.id) as MapPair;
    fitIds = [pair.eastProvince, pair.westProvince];
    finePairs = data.pairs.filter(
      (p) =>
        p.level !== 'province' &&
        (pair.level === 'province'
          ? p.eastProvince === pair.eastProvince && p.westProvince === pair.westProvince
          : p.id === pair.id),
    );
  }
  const projection: GeoProjection = createProjection(width, height, topology, {
    padding: focus === undefined ? 12 : 48,
    ...(fitIds === undefined ? {} : { fitCodes: fitIds.map((id) => province(id).code) }),
  });
  if (focus !== undefined) {
    // Cut shapes at the viewport so a zoomed map does not carry all of China's outline.
    projection.clipExtent([
      [-20, -20],
      [width + 20, height + 20],
    ]);
  }
  // Province outlines in whole viewBox units: half a unit is below what a screen shows at these widths, and it cuts
  // the heaviest part of the markup by about 30% (arcs, built elsewhere, keep one decimal).
  const outline = geoPath(projection).digits(0);

  // Provinces.
  const byCode = new Map(data.provinces.map((p) => [p.code, p]));
  // The national map drops detail its width cannot show; a zoomed map keeps all the file has.
  const shapes = provinceFeatures(topology, focus === undefined ? width : undefined);
  const provinces: ProvinceMark[] = shapes.features.map((f) => {
    const p = byCode.get(f.properties.code);
    const mine = p === undefined ? [] : provincePairs.filter((x) => x.east === p.id || x.west === p.id);
    const [lx, ly] = p === undefined ? [0, 0] : projectPoint(projection, p.label);
    const labelInView = lx > 0 && lx < width && ly > 0 && ly < height;
    return {
      code: f.properties.code,
      province: p,
      d: outline(f) ?? '',
      partners: mine.map((x) => (x.east === p?.id ? x.west : x.east)),
      pairs: mine.map((x) => x.id),
      focused: p !== undefined && focus?.kind === 'province' && p.id === focus.id,
      label: p === undefined || !labelInView ? undefined : { x: lx, y: ly, text: p.shortZh },
    };
  });

  // Arc ends and sides (province-level arcs share ends; fine arcs get their own points).
  const ends = (pair: MapPair): { east: Point; west: Point } =>
    pair.point === undefined
      ? {
          east: projectPoint(projection, province(pair.east).label),
          west: projectPoint(projection, province(pair.west).label),
        }
      : { east: projectPoint(projection, pair.point.east), west: projectPoint(projection, pair.point.west) };
  const drawnPairs = [...provincePairs, ...finePairs];
  const endPoints = new Map(drawnPairs.map((p) => [p.id, ends(p)]));
  const sides = assignArcSides(
    drawnPairs.map((p) => {
      const e = endPoints.get(p.id) as { east: Point; west: Point };
      return { id: p.id, fromId: p.east, toId: p.west, from: e.east, to: e.west };
    }),
  );

  // One width scale per metric over all its drawn figures, so switching period keeps widths comparable.
  const scales = new Map<MapMetric, { full: WidthScale; fine: WidthScale }>();
  for (const metric of MAP_METRIC_ORDER) {
    const values = data.figures.filter((f) => f.metric === metric && isDrawnOutcome(f)).map((f) => f.value);
    scales.set(metric, {
      full: createWidthScale(values, { min: ARC_STYLE.minWidth, max: ARC_STYLE.maxWidth }),
      fine: createWidthScale(values, { min: ARC_STYLE.minWidth * 0.6, max: ARC_STYLE.fineMaxWidth }),
    });
  }

  const views: ViewLayout[] = [];
  for (const metric of MAP_METRIC_ORDER) {
    const scale = scales.get(metric) as { full: WidthScale; fine: WidthScale };
    for (const period of data.periods[metric] ?? []) {
      if (options.only !== undefined && (options.only.metric !== metric || options.only.period !== period)) continue;
      const arcs = drawnPairs.map((pair): ArcMark => {
        const fine = pair.level !== 'province';
        const selected = selectFigure(data.figures, pair.id, metric, period);
        const chosen = selected.kind === 'figure' ? selected.figure : undefined;
        const others = data.figures.filter(
          (f) => f.pair === pair.id && f.metric === metric && f.period === period && f !== chosen,
        );
        const reverse = chosen?.direction === 'west-to-east';
        const e = endPoints.get(pair.id) as { east: Point; west: Point };
        const baseSide = sides.get(pair.id) ?? 'right';
        // Reversing travel flips left and right; flip the side too so the curve keeps its place.
        const side: ArcSide = reverse ? (baseSide === 'left' ? 'right' : 'left') : baseSide;
        const width =
          chosen === undefined ? ARC_STYLE.noFigureWidth : (fine ? scale.fine : scale.full).width(chosen.value);
        const geometry = buildArcPath(reverse ? e.west : e.east, reverse ? e.east : e.west, {
          bend: fine ? ARC_STYLE.fineBend : ARC_STYLE.bend,
          side,
          startWidth: width,
          trimEnd: fine ? ARC_STYLE.pointClearance : ARC_STYLE.labelClearance,
        });
        const inFocus =
          focus === undefined ||
          fine ||
          (focus.kind === 'province' ? pair.east === focus.id || pair.west === focus.id : pair.id === focus.id) ||
          (focus.kind === 'pair' &&
            finePairs.some((p) => p.eastProvince === pair.east && p.westProvince === pair.west));
        return {
          pair,
          fine,
          selected,
          others,
          fromId: reverse ? pair.west : pair.east,
          toId: reverse ? pair.east : pair.west,
          fromLabel: reverse ? pair.westLabel : pair.eastLabel,
          toLabel: reverse ? pair.eastLabel : pair.westLabel,
          width,
          geometry,
          inFocus,
        };
      });
      // Widest first, so thin arcs stay on top and reachable.
      arcs.sort((a, b) => b.width - a.width || a.pair.id.localeCompare(b.pair.id));
      views.push({
        metric,
        period,
        periodLabel: periodLabelOf(data, metric, period),
        arcs,
        legend: scale.full.legendTicks(metricUnitLabel(metric)),
        national: data.figures.find(
          (f) => f.pair === 'national' && f.metric === metric && f.period === period && f.status === 'outcome',
        ),
      });
    }
  }

  const points = finePairs.flatMap((pair) => {
    const e = endPoints.get(pair.id) as { east: Point; west: Point };
    return [
      { id: pair.east, label: pair.eastLabel, x: e.east[0], y: e.east[1], side: 'east' as const },
      { id: pair.west, label: pair.westLabel, x: e.west[0], y: e.west[1], side: 'west' as const },
    ];
  });
  const placed = [...new Map(points.map((p) => [p.id, p])).values()];
  const boxes = placed.map((p) => ({ id: p.id, x: p.x + 6, y: p.y - 6, text: p.label, anchor: 'start' as const }));
  const provinceLabels = provinces.flatMap((p) =>
    p.label === undefined ? [] : [{ id: p.code, ...p.label, anchor: 'middle' as const }],
  );
  // Font sizes of map.css: 12/14 px on wide maps, 26/30 px (viewBox units) on small ones.
  const wide = placePointLabels(boxes, provinceLabels, { point: 12, fixed: 14 });
  const narrow = placePointLabels(boxes, provinceLabels, { point: 26, fixed: 30 });
  const uniquePoints: PointMark[] = placed.map((p) => ({
    ...p,
    labelFits: { wide: wide.has(p.id), narrow: narrow.has(p.id) },
  }));

  return {
    width,
    height,
    focus,
    provinces,
    views,
    points: uniquePoints,
    defaults: data.defaults,
    periods: data.periods,
    frame: layoutMapFrame(topology, projection, width, height),
  };
}
