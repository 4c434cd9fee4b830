/**
 * Layout of the pairing map: turns `MapData` and the province topology into placed marks —
 * province paths, one arc per pairing for every (metric, period) view, labels and legends — as
 * plain numbers and path strings. Pure: no DOM; `renderMapSvg` draws the result.
 */

import type { GeoProjection } from 'd3';
import { formatValueEn } from '../i18n/english/formatFigureEn';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/messages';
import { assignArcSides } from './assignArcSides';
import { type ArcGeometry, type ArcSide, buildArcPath, buildTwoWayArcPath, type Point } from './buildArcPath';
import type { ProvinceTopology } from './buildProvinceTopology';
import { type OutlineTransform, outlineTransform, type SharedOutlines } from './buildSharedOutlines';
import { projectPoint } from './createProjection';
import { createWidthScale, type LegendTick, type WidthScale } from './createWidthScale';
import { captionOf, LATEST, viewLabel } from './describeView';
import { fitMapProjection, focusFitIds } from './fitMapProjection';
import { layoutMapFrame, type MapFrame } from './layoutMapFrame';
import { layoutMapText, type Placed, type TextScale } from './layoutMapText';
import { metricUnitLabel, QUALIFIER_MARK, QUALIFIER_MARK_EN } from './mapText';
import { projectOutlines } from './projectOutlines';
import { provinceFeatures } from './provinceFeatures';
import type { MapData, MapDirection, MapFigure, MapMetric, MapPair, MapProvince } from './types';

export const MAP_METRIC_ORDER: readonly MapMetric[] = ['funds', 'cadres', 'labor'];

/** Arcs of one pair in drawing order: the programme's direction first. */
const DIRECTION_ORDER: Record<MapDirection, number> = { 'east-to-west': 0, 'west-to-east': 1, mutual: 2 };

/** Pixel sizes of the marks, in viewBox units. */
export const ARC_STYLE = {
  minWidth: 2,
  maxWidth: 22,
  /**
   * Width of an arc whose figure is not a full year (1—6月, 累计): fixed and thin, so it is never read against the
   * width scale; its period is written on it.
   */
  partialWidth: 1.6,
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
  /** Outlines defined once for all the maps on the page (`buildSharedOutlines`): drawn with `<use>`. */
  sharedOutlines?: SharedOutlines;
  /** The language of the map's words (captions, key, period labels); the data's labels must be in it already. */
  locale?: Locale;
}

export interface ProvinceMark {
  code: string;
  /** Undefined for a shape the data does not list. */
  province: MapProvince | undefined;
  d: string;
  /** With shared outlines: the id of its shape (drawn in the shared coordinates, see `MapLayout.shared`). */
  ref?: string;
  /** Province ids paired with it at province level. */
  partners: string[];
  /** Ids of the province-level pairs it belongs to. */
  pairs: string[];
  focused: boolean;
  /** The label point and, per text scale, where its name is drawn (moved off a neighbour, or left out). */
  label: { x: number; y: number; text: string; at: Placed } | undefined;
}

/**
 * What an arc shows. `figure`: a full-year total, sized by the layer's width scale. `partial`: a figure for some
 * months or a cumulative span, drawn thin with its period written on it (never sized). `target`: only a plan.
 * `below`: the province pair has no figure but one of its city or county pairings has. `none`: no figure at all.
 */
export type ArcStatus = 'figure' | 'partial' | 'target' | 'below' | 'none';

export interface ArcMark {
  pair: MapPair;
  /** Province-level arcs are drawn always; finer ones only around a focus. */
  fine: boolean;
  status: ArcStatus;
  /** The figure drawn (`figure`, `partial`) or the plan (`target`). */
  figure: MapFigure | undefined;
  /** East→west, west→east (its own arc, hollow) or mutual (one two-headed arc). */
  direction: MapDirection;
  /** Other figures of the pair in this view (plans), listed in the tooltip and the table. */
  others: MapFigure[];
  /** For `below`: the figures of the pair's city and county pairings in this view. */
  below: MapFigure[];
  /** Text written on the arc: the year in the "latest" view, the period of a partial figure. */
  label: string | undefined;
  /** Ids of the source and target as drawn. */
  fromId: string;
  toId: string;
  fromLabel: string;
  toLabel: string;
  width: number;
  geometry: ArcGeometry;
  /** In the focus, or no focus at all; otherwise drawn faded as context. */
  inFocus: boolean;
  /** The qualifier badge's mark (≥, 约, !≥), '' for none, and its centre per text scale. */
  badge: string;
  badgeAt: Placed;
  /** Where `label` is written per text scale. */
  labelAt: Placed;
}

export interface ViewLayout {
  metric: MapMetric;
  period: string;
  /** The view's name in the period menu: 2023年, 各结对最近一年. */
  periodLabel: string;
  arcs: ArcMark[];
  legend: LegendTick[];
  /** National totals (pair "national") for this metric and period, if the data carry one. */
  national: MapFigure | undefined;
  /** What the view draws, in a sentence generated from its arcs (the caption line and the SVG's description). */
  caption: string;
  /** Figures drawn without width (partial) and why, one line each, for the note under the map. */
  notes: string[];
}

export interface PointMark {
  id: string;
  label: string;
  x: number;
  y: number;
  side: 'east' | 'west';
  /** Where its name is drawn per text scale (beside the dot, on the first free side), or undefined: left out. */
  labelAt: Placed;
}

export interface MapLayout {
  width: number;
  height: number;
  /** The language the renderers write the map's words in. */
  locale: Locale;
  focus: { kind: 'province' | 'pair'; id: string; label: string } | undefined;
  provinces: ProvinceMark[];
  views: ViewLayout[];
  points: PointMark[];
  defaults: { metric: MapMetric; period: string };
  /** Periods that have a view, per metric, in data order. */
  periods: Record<MapMetric, string[]>;
  /** 南海诸岛 inset, dash line, 钓鱼岛, the Taiwan note and the 审图号 slot (`layoutMapFrame`). */
  frame: MapFrame;
  /** Every pairing's name (惠州—黔西南), for text that names a pairing not drawn here. */
  pairLabels: Record<string, string>;
  /** Font size of the map's text per scale (viewBox units), so it renders at 11 px or more (`layoutMapText`). */
  textSizes: Record<TextScale, number>;
  /** With shared outlines: how this map draws them, and the ids of the inset shapes defined on the page. */
  shared?: { transform: OutlineTransform; insetIds: ReadonlyMap<string, string> };
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

/** The English key's tick labels: the same values in billion yuan or people (the Chinese in 亿元, 人, 万人). */
function tickLabelEn(metric: MapMetric, value: number): string {
  return formatValueEn(value, metric === 'funds' ? 'yuan' : 'person');
}

function resolveFocus(data: MapData, focus: string | undefined, locale: Locale): MapLayout['focus'] {
  if (focus === undefined) return undefined;
  const province = data.provinces.find((p) => p.id === focus);
  if (province !== undefined) return { kind: 'province', id: focus, label: province.shortZh };
  const pair = data.pairs.find((p) => p.id === focus);
  if (pair !== undefined) {
    return {
      kind: 'pair',
      id: focus,
      label: translate(locale, 'map.pairName', { east: pair.eastLabel, west: pair.westLabel }),
    };
  }
  throw new Error(`layoutPairingMap: focus "${focus}" is neither a province id nor a pair id in the data`);
}

function isComparableOutcome(f: MapFigure): boolean {
  return f.status === 'outcome' && f.pair !== 'national' && f.comparable && f.within !== true;
}

/** Builds the map's layout for every metric and period in `data.periods`. */
export function layoutPairingMap(data: MapData, topology: ProvinceTopology, options: LayoutOptions): MapLayout {
  const { width, height } = options;
  const province = provinceById(data);
  const locale = options.locale ?? 'zh';
  const focus = resolveFocus(data, options.focus, locale);
  const provincePairs = data.pairs.filter((p) => p.level === 'province');

  // Which finer pairs it shows.
  let finePairs: MapPair[] = [];
  if (focus?.kind === 'province') {
    finePairs = data.pairs.filter(
      (p) => p.level !== 'province' && (p.eastProvince === focus.id || p.westProvince === focus.id),
    );
  } else if (focus?.kind === 'pair') {
    const pair = data.pairs.find((p) => p.id === focus.id) as MapPair;
    finePairs = data.pairs.filter(
      (p) =>
        p.level !== 'province' &&
        (pair.level === 'province'
          ? p.eastProvince === pair.eastProvince && p.westProvince === pair.westProvince
          : p.id === pair.id),
    );
  }
  const projection: GeoProjection = fitMapProjection(data, topology, { width, height, focus: focus?.id });

  // Provinces.
  const byCode = new Map(data.provinces.map((p) => [p.code, p]));
  // The national map drops detail its width cannot show; a zoomed map keeps all the file has.
  const shapes = provinceFeatures(topology, focus === undefined ? width : undefined);
  // Province outlines in whole viewBox units: half a unit is below what a screen shows at these widths, and it cuts
  // the heaviest part of the markup by about 30% (arcs, built elsewhere, keep one decimal).
  const outlines = projectOutlines(shapes, projection);
  const provinces: ProvinceMark[] = shapes.features.map((f, i) => {
    const p = byCode.get(f.properties.code);
    const mine = p === undefined ? [] : provincePairs.filter((x) => x.east === p.id || x.west === p.id);
    const [lx, ly] = p === undefined ? [0, 0] : projectPoint(projection, p.label);
    const labelInView = lx > 0 && lx < width && ly > 0 && ly < height;
    const d = outlines[i] ?? '';
    const ref = d === '' ? undefined : options.sharedOutlines?.ids.get(f.properties.code);
    return {
      code: f.properties.code,
      province: p,
      d,
      ...(ref === undefined ? {} : { ref }),
      partners: mine.map((x) => (x.east === p?.id ? x.west : x.east)),
      pairs: mine.map((x) => x.id),
      focused: p !== undefined && focus?.kind === 'province' && p.id === focus.id,
      label:
        p === undefined || !labelInView
          ? undefined
          : { x: lx, y: ly, text: p.shortZh, at: { wide: undefined, narrow: undefined } },
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

  // One width scale per metric over all its full-year figures, province and finer alike, so switching period or
  // zooming in keeps widths comparable; a partial figure never goes through it.
  const scales = new Map<MapMetric, WidthScale>();
  for (const metric of MAP_METRIC_ORDER) {
    const values = data.figures.filter((f) => f.metric === metric && isComparableOutcome(f)).map((f) => f.value);
    scales.set(metric, createWidthScale(values, { min: ARC_STYLE.minWidth, max: ARC_STYLE.maxWidth }));
  }
  const subPairsOf = (pair: MapPair): MapPair[] =>
    pair.level !== 'province'
      ? []
      : data.pairs.filter(
          (p) => p.level !== 'province' && p.eastProvince === pair.east && p.westProvince === pair.west,
        );

  const views: ViewLayout[] = [];
  for (const metric of MAP_METRIC_ORDER) {
    const scale = scales.get(metric) as WidthScale;
    for (const period of data.periods[metric] ?? []) {
      if (options.only !== undefined && (options.only.metric !== metric || options.only.period !== period)) continue;
      // The view's figures by pair, in data order (looked up per pair: filtering all figures per pair was quadratic).
      const viewFigures = data.figures.filter((f) => f.metric === metric && f.period === period);
      const byPair = new Map<string, MapFigure[]>();
      for (const f of viewFigures) byPair.set(f.pair, [...(byPair.get(f.pair) ?? []), f]);
      const arcs = drawnPairs.flatMap((pair): ArcMark[] => {
        const fine = pair.level !== 'province';
        const own = byPair.get(pair.id) ?? [];
        const figures = own.filter((f) => f.within !== true);
        const within = own.filter((f) => f.within === true);
        const outcomes = figures
          .filter((f) => f.status === 'outcome')
          .sort((a, b) => DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction]);
        const targets = figures.filter((f) => f.status === 'target');
        const e = endPoints.get(pair.id) as { east: Point; west: Point };
        const baseSide = sides.get(pair.id) ?? 'right';
        const inFocus =
          focus === undefined ||
          fine ||
          (focus.kind === 'province' ? pair.east === focus.id || pair.west === focus.id : pair.id === focus.id) ||
          (focus.kind === 'pair' &&
            finePairs.some((p) => p.eastProvince === pair.east && p.westProvince === pair.west));
        const clearance = fine ? ARC_STYLE.pointClearance : ARC_STYLE.labelClearance;
        const bend = fine ? ARC_STYLE.fineBend : ARC_STYLE.bend;
        const mark = (
          status: ArcStatus,
          figure: MapFigure | undefined,
          direction: MapDirection,
          width: number,
          side: ArcSide,
          extra: { others: MapFigure[]; below: MapFigure[]; label: string | undefined },
        ): ArcMark => {
          const reverse = direction === 'west-to-east';
          const [from, to] = reverse ? [e.west, e.east] : [e.east, e.west];
          const geometry =
            direction === 'mutual'
              ? buildTwoWayArcPath(from, to, { bend, side, startWidth: width, trimEnd: clearance })
              : buildArcPath(from, to, { bend, side, startWidth: width, trimEnd: clearance });
          return {
            pair,
            fine,
            status,
            figure,
            direction,
            ...extra,
            fromId: reverse ? pair.west : pair.east,
            toId: reverse ? pair.east : pair.west,
            fromLabel: reverse ? pair.westLabel : pair.eastLabel,
            toLabel: reverse ? pair.eastLabel : pair.westLabel,
            width,
            geometry,
            inFocus,
            badge: '',
            badgeAt: { wide: undefined, narrow: undefined },
            labelAt: { wide: undefined, narrow: undefined },
          };
        };
        if (outcomes.length === 0) {
          const subPairIds = new Set(subPairsOf(pair).map((p) => p.id));
          const below = [...within, ...viewFigures.filter((f) => f.status === 'outcome' && subPairIds.has(f.pair))];
          const status: ArcStatus = below.length > 0 ? 'below' : targets.length > 0 ? 'target' : 'none';
          return [
            mark(status, targets[0], 'east-to-west', ARC_STYLE.noFigureWidth, baseSide, {
              others: targets.slice(1),
              below,
              label: undefined,
            }),
          ];
        }
        const both =
          outcomes.some((f) => f.direction === 'east-to-west') && outcomes.some((f) => f.direction === 'west-to-east');
        return outcomes.map((f, i) => {
          // Reversing travel flips left and right: flip the side to keep the curve in place, unless the pair also
          // has an east→west arc, which the reverse arc must not cover (it then bulges to the other side).
          const side: ArcSide =
            f.direction === 'west-to-east' && !both ? (baseSide === 'left' ? 'right' : 'left') : baseSide;
          const width = f.comparable ? scale.width(f.value) : ARC_STYLE.partialWidth;
          const label = period === LATEST ? viewLabel(f.year, locale) : f.comparable ? undefined : f.periodLabel;
          return mark(f.comparable ? 'figure' : 'partial', f, f.direction, width, side, {
            others: i === 0 ? targets : [],
            below: [],
            label,
          });
        });
      });
      // Widest first, so thin arcs stay on top and reachable.
      arcs.sort(
        (a, b) => b.width - a.width || a.pair.id.localeCompare(b.pair.id) || a.direction.localeCompare(b.direction),
      );
      const national = data.figures.find(
        (f) => f.pair === 'national' && f.metric === metric && f.period === period && f.status === 'outcome',
      );
      const described = captionOf(
        metric,
        period,
        arcs.filter((a) => a.inFocus),
        locale,
      );
      const ticks = scale.legendTicks(metricUnitLabel(metric));
      views.push({
        metric,
        period,
        periodLabel: viewLabel(period, locale),
        arcs,
        legend: locale === 'zh' ? ticks : ticks.map((tick) => ({ ...tick, label: tickLabelEn(metric, tick.value) })),
        national,
        caption: described.caption,
        notes: described.notes,
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
  const frame = layoutMapFrame(topology, projection, width, height);
  for (const view of views) {
    for (const arc of view.arcs) {
      const drawn = arc.status === 'figure' || arc.status === 'partial' ? arc.figure : undefined;
      const marks = locale === 'zh' ? QUALIFIER_MARK : QUALIFIER_MARK_EN;
      arc.badge = drawn === undefined ? '' : `${drawn.conflict ? '!' : ''}${marks[drawn.qualifier]}`;
    }
  }
  const focusIds = new Set(focus === undefined ? [] : focusFitIds(data, focus.id));
  const text = layoutMapText(
    width,
    height,
    frame,
    provinces.flatMap((p) =>
      p.label === undefined || p.province === undefined || ['hongkong', 'macau'].includes(p.province.id)
        ? []
        : [
            {
              id: p.code,
              text: p.label.text,
              at: [p.label.x, p.label.y] as Point,
              member: p.province.programme !== 'none',
              important: focusIds.has(p.province.id),
            },
          ],
    ),
    placed.map((p) => ({ id: p.id, text: p.label, at: [p.x, p.y] as Point })),
    views.map((v) =>
      v.arcs.map((a, i) => ({
        key: String(i),
        geometry: a.geometry,
        width: a.width,
        badge: a.inFocus ? a.badge : '',
        label: a.inFocus ? a.label : undefined,
      })),
    ),
  );
  for (const p of provinces) {
    if (p.label !== undefined) p.label.at = text.provinces.get(p.code) ?? { wide: undefined, narrow: undefined };
  }
  views.forEach((v, i) => {
    v.arcs.forEach((a, k) => {
      const slot = text.views[i]?.get(String(k));
      if (slot !== undefined) {
        a.badgeAt = slot.badge;
        a.labelAt = slot.label;
      }
    });
  });
  const uniquePoints: PointMark[] = placed.map((p) => ({
    ...p,
    labelAt: text.points.get(p.id) ?? { wide: undefined, narrow: undefined },
  }));

  return {
    width,
    height,
    locale,
    focus,
    provinces,
    views,
    points: uniquePoints,
    defaults: { metric: data.defaults.metric, period: data.defaults.period },
    periods: data.periods,
    frame,
    pairLabels: Object.fromEntries(
      data.pairs.map((p) => [p.id, translate(locale, 'map.pairName', { east: p.eastLabel, west: p.westLabel })]),
    ),
    textSizes: text.sizes,
    ...(options.sharedOutlines === undefined
      ? {}
      : {
          shared: {
            transform: outlineTransform(options.sharedOutlines, projection),
            insetIds: options.sharedOutlines.insetIds,
          },
        }),
  };
}
