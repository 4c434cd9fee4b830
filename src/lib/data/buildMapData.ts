import { LATEST, viewLabel } from '../map/describeView';
import type { MapData, MapFigure, MapPair } from '../map/types';
import { MAP_METRICS, type MapMetric } from '../model/metrics';
import type { PairDataset } from './buildDatasets';
import { hasDisagreement } from './findConflicts';
import { castsPeriodDoubt } from './periodDoubt';
import type { PlaceIndex, ReferenceData } from './placeIndex';
import { pushTo } from './pushTo';
import { compareForHeadline, type SourceInfo } from './selectHeadlines';
import type { CompiledFact, Headline } from './types';
import { NATIONAL } from './validateCurated';

const MAP_METRIC_KEYS = Object.keys(MAP_METRICS) as MapMetric[];

/** The one unit each layer draws: 人次 never shares a scale with 人. */
export const LAYER_UNIT: Record<MapMetric, MapFigure['unit']> = { funds: 'yuan', cadres: 'person', labor: 'person' };

/** The first year the map shows: the 2021 framework of the programme (older figures stay in the tables). */
const FIRST_YEAR = '2021';

/** Whether the fact's two ends are exactly the pairing's two places (either order). */
function fitsPairing(f: CompiledFact, pair: { east: string; west: string }): boolean {
  return (f.from === pair.east && f.to === pair.west) || (f.from === pair.west && f.to === pair.east);
}

/**
 * `periodInDoubt` when another fact of the same metric and places prints the same number for another period (the
 * rule of `selectHeadlines`, `castsPeriodDoubt`): the reader is told the period may be the other one.
 */
function doubt(f: CompiledFact, others: readonly CompiledFact[]): Pick<MapFigure, 'periodInDoubt'> {
  const twin = others.find(
    (g) =>
      g.id !== f.id &&
      g.metric === f.metric &&
      g.from === f.from &&
      g.to === f.to &&
      g.at === f.at &&
      castsPeriodDoubt(f, g),
  );
  return twin === undefined ? {} : { periodInDoubt: { factId: twin.id, periodLabel: twin.labels.coverage } };
}

/**
 * The figures the map may show: for every pairing (province and finer), map metric, year and direction, the best
 * total in the layer's unit — a full-year figure when there is one (`comparable`), else the latest cumulative or
 * part-year figure, which the map draws thin and labels with its period. Each pair's latest full-year figure is
 * also given under the view `latest`. National totals ride along as `pair: "national"` (a line under the map).
 */
export function buildMapFigures(
  mapPairs: readonly MapPair[],
  facts: readonly CompiledFact[],
  nationalHeadlines: readonly Headline[],
  sourceRefs: ReadonlyMap<string, MapFigure['source']>,
  sources: ReadonlyMap<string, SourceInfo>,
): MapFigure[] {
  const factById = new Map(facts.map((f) => [f.id, f]));
  const toFigure = (
    f: CompiledFact,
    pair: string,
    metric: MapMetric,
    period: string,
    conflict: boolean,
  ): MapFigure => ({
    pair,
    metric,
    period,
    year: f.periodEnd.slice(0, 4),
    periodLabel: f.labels.coverage,
    value: f.value,
    unit: f.unit as MapFigure['unit'],
    expression: f.display,
    qualifier: f.qualifier,
    status: f.status,
    direction: f.direction === 'none' ? 'east-to-west' : f.direction,
    comparable: f.coverage === 'full-year',
    conflict,
    factId: f.id,
    places: f.labels.places,
    source: sourceRefs.get(f.sourceId) ?? { id: f.sourceId, title: '', outlet: '', date: '' },
  });
  const best = (members: readonly CompiledFact[]): CompiledFact | undefined =>
    [...members].sort(
      (a, b) =>
        Number(b.coverage === 'full-year') - Number(a.coverage === 'full-year') ||
        compareForHeadline(a, b, sources).order,
    )[0];
  // Each layer's facts, indexed by their two ends (either order) and by their finest pairing, in the facts' order:
  // filtering every fact for every pair and metric was the slow part at 10,000 facts.
  const ends = (a: string | undefined, b: string | undefined): string => [a ?? '', b ?? ''].sort().join('|');
  const layers = new Map(
    MAP_METRIC_KEYS.map((metric) => {
      const byEnds = new Map<string, CompiledFact[]>();
      const byPairing = new Map<string, CompiledFact[]>();
      for (const f of facts) {
        if (
          f.metric !== MAP_METRICS[metric].metric ||
          f.basis !== 'total' ||
          f.unit !== LAYER_UNIT[metric] ||
          f.periodEnd.slice(0, 4) < FIRST_YEAR
        )
          continue;
        pushTo(byEnds, ends(f.from, f.to), f);
        if (f.pairing !== undefined) pushTo(byPairing, f.pairing, f);
      }
      return [metric, { byEnds, byPairing }];
    }),
  );
  const figures: MapFigure[] = [];
  for (const pair of mapPairs) {
    for (const metric of MAP_METRIC_KEYS) {
      const layer = layers.get(metric) as NonNullable<ReturnType<typeof layers.get>>;
      const candidates = (layer.byEnds.get(ends(pair.east, pair.west)) ?? []).filter((f) => fitsPairing(f, pair));
      // Figures of places inside this pairing that no finer pairing of the map owns (青岛 → 渭源 under 青岛—定西).
      const inside = layer.byPairing.get(pair.id) ?? [];
      for (const f of inside.filter((g) => !fitsPairing(g, pair) && g.status === 'outcome')) {
        figures.push({ ...toFigure(f, pair.id, metric, f.periodEnd.slice(0, 4), false), within: true });
      }
      const groups = new Map<string, CompiledFact[]>();
      for (const f of candidates) pushTo(groups, [f.periodEnd.slice(0, 4), f.direction, f.status].join('|'), f);
      const chosen: MapFigure[] = [];
      for (const members of groups.values()) {
        const top = best(members) as CompiledFact;
        const conflict =
          hasDisagreement(top) ||
          members.some((m) => m.period === top.period && m.sourceId !== top.sourceId && m.value !== top.value);
        chosen.push({ ...toFigure(top, pair.id, metric, top.periodEnd.slice(0, 4), conflict), ...doubt(top, members) });
      }
      figures.push(...chosen);
      // Each direction's latest full-year outcome, for the "latest year" view.
      for (const direction of ['east-to-west', 'west-to-east', 'mutual'] as const) {
        const latest = chosen
          .filter((f) => f.comparable && f.status === 'outcome' && f.direction === direction)
          .sort((a, b) => b.year.localeCompare(a.year))[0];
        if (latest !== undefined) figures.push({ ...latest, period: LATEST });
      }
    }
  }
  for (const metric of MAP_METRIC_KEYS) {
    const national = nationalHeadlines
      .filter((h) => h.status === 'outcome' && h.metric === MAP_METRICS[metric].metric && /^\d{4}$/.test(h.period))
      .map((h) => factById.get(h.factId) as CompiledFact)
      .filter((f) => f.coverage === 'full-year' && f.unit === LAYER_UNIT[metric] && f.periodEnd >= FIRST_YEAR);
    for (const f of national) {
      const figure = { ...toFigure(f, NATIONAL, metric, f.periodEnd.slice(0, 4), false), ...doubt(f, facts) };
      figures.push(figure);
    }
    const newest = [...national].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0];
    if (newest !== undefined)
      figures.push({ ...toFigure(newest, NATIONAL, metric, LATEST, false), ...doubt(newest, facts) });
  }
  return figures;
}

/** Arcs with a comparable figure in one view, at province level (what the default view is chosen by). */
export function countComparableArcs(
  figures: readonly MapFigure[],
  pairs: readonly MapPair[],
  metric: MapMetric,
  period: string,
  inFocus: (pair: MapPair) => boolean = (p) => p.level === 'province',
): number {
  const byId = new Map(pairs.map((p) => [p.id, p]));
  return figures.filter((f) => {
    const pair = byId.get(f.pair);
    return (
      pair !== undefined &&
      inFocus(pair) &&
      f.metric === metric &&
      f.period === period &&
      f.status === 'outcome' &&
      f.comparable
    );
  }).length;
}

export function buildMapData(
  ref: ReferenceData,
  places: PlaceIndex,
  pairs: readonly PairDataset[],
  facts: readonly CompiledFact[],
  nationalHeadlines: readonly Headline[],
  sourceRefs: ReadonlyMap<string, MapFigure['source']>,
  sources: ReadonlyMap<string, SourceInfo>,
): MapData {
  const mapPairs: MapPair[] = [...pairs.map((p) => p.pair), ...pairs.flatMap((p) => p.subPairings)]
    .filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i)
    .map((p) => {
      const east = places.require(p.east);
      const west = places.require(p.west);
      return {
        id: p.id,
        east: p.east,
        west: p.west,
        level: p.level,
        since: p.since,
        ...(p.until === undefined ? {} : { until: p.until }),
        eastProvince: east.province,
        westProvince: west.province,
        eastLabel: east.shortZh,
        westLabel: west.shortZh,
        ...(p.level === 'province' ? {} : { point: { east: [...east.point], west: [...west.point] } }),
      } as MapPair;
    });
  const figures = buildMapFigures(mapPairs, facts, nationalHeadlines, sourceRefs, sources);
  const periods = Object.fromEntries(
    MAP_METRIC_KEYS.map((m) => {
      const drawn = figures.filter((f) => f.metric === m && f.status === 'outcome' && f.pair !== NATIONAL);
      const years = [...new Set(drawn.filter((f) => f.period !== LATEST).map((f) => f.period))].sort();
      return [m, drawn.some((f) => f.period === LATEST) ? [...years, LATEST] : years];
    }),
  ) as Record<MapMetric, string[]>;
  // The default view: the one that draws the most comparable province-level arcs. On a tie a single year wins over
  // "latest" (its arcs share one year), then the metric order, then the later year.
  let chosen: { metric: MapMetric; period: string; count: number } | undefined;
  for (const metric of MAP_METRIC_KEYS) {
    for (const period of periods[metric]) {
      const count = countComparableArcs(figures, mapPairs, metric, period);
      const better =
        chosen === undefined ||
        count > chosen.count ||
        (count === chosen.count && chosen.period === LATEST && period !== LATEST);
      if (better) chosen = { metric, period, count };
    }
  }
  const pick = chosen ?? { metric: 'funds' as MapMetric, period: periods.funds.at(-1) ?? FIRST_YEAR, count: 0 };
  const reason =
    pick.period === LATEST
      ? `默认显示${MAP_METRICS[pick.metric].label}“各结对最近一年”：${pick.count} 条省级弧线有全年数字，多于任何单一年份；各弧线标出所用年份。`
      : `默认显示${MAP_METRICS[pick.metric].label}${viewLabel(pick.period)}：${pick.count} 条省级弧线有全年数字，是各视图中最多的。`;
  return {
    provinces: ref.provinces.map((p) => ({
      id: p.id,
      code: p.code,
      shortZh: p.shortZh,
      nameZh: p.nameZh,
      programme: p.programme,
      label: [...p.label] as [number, number],
    })),
    pairs: mapPairs,
    figures,
    periods,
    defaults: { metric: pick.metric, period: pick.period, reason },
    focusDefaults: focusDefaults(ref, mapPairs, figures, periods, pick),
  };
}

/**
 * The view each province or pair page opens on: the one with the most figures (comparable or not) on the arcs in
 * its focus, so a page never opens on an empty map when it has data; ties keep the national default's order.
 */
function focusDefaults(
  ref: ReferenceData,
  pairs: readonly MapPair[],
  figures: readonly MapFigure[],
  periods: Record<MapMetric, string[]>,
  fallback: { metric: MapMetric; period: string },
): Record<string, { metric: MapMetric; period: string }> {
  const focuses: [string, (p: MapPair) => boolean][] = [
    ...ref.provinces
      .filter((p) => p.programme !== 'none')
      .map((p): [string, (x: MapPair) => boolean] => [p.id, (x) => x.eastProvince === p.id || x.westProvince === p.id]),
    ...pairs.map((pair): [string, (x: MapPair) => boolean] => [
      pair.id,
      (x) =>
        x.id === pair.id ||
        (pair.level === 'province' && x.eastProvince === pair.eastProvince && x.westProvince === pair.westProvince),
    ]),
  ];
  const result: Record<string, { metric: MapMetric; period: string }> = {};
  const byId = new Map(pairs.map((p) => [p.id, p]));
  for (const [id, inFocus] of focuses) {
    let best = { ...fallback, count: 0 };
    for (const metric of MAP_METRIC_KEYS) {
      for (const period of periods[metric]) {
        const count = figures.filter((f) => {
          const pair = byId.get(f.pair);
          return (
            pair !== undefined && inFocus(pair) && f.metric === metric && f.period === period && f.status === 'outcome'
          );
        }).length;
        if (count > best.count) best = { metric, period, count };
      }
    }
    result[id] = { metric: best.metric, period: best.period };
  }
  return result;
}
