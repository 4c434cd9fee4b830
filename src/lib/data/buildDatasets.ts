import type { MapData, MapFigure, MapPair } from '../map/types';
import { findMetric, MAP_METRICS, type MapMetric } from '../model/metrics';
import type { Pairing } from '../schema/reference';
import type { PlaceIndex, ReferenceData } from './placeIndex';
import { periodKey, type SourceInfo, selectHeadlines } from './selectHeadlines';
import type { CompiledFact, CompiledSource, Headline } from './types';
import { NATIONAL } from './validateCurated';

export const GENERATED_BY = 'scripts/build-data.ts — generated, do not edit; rebuild with `npm run build:data`';

export interface PairSummary {
  readonly id: string;
  readonly level: Pairing['level'];
  readonly east: string;
  readonly west: string;
  readonly eastName: string;
  readonly westName: string;
  readonly since: number;
  readonly until?: number;
  readonly note?: string;
}

export interface ProvinceDataset {
  readonly generatedBy: string;
  readonly province: ReferenceData['provinces'][number];
  readonly partners: readonly (PairSummary & { readonly partner: string; readonly role: 'east' | 'west' })[];
  readonly subPairings: readonly PairSummary[];
  /** Headlines of figures whose place in this province is the province itself. */
  readonly headlines: readonly Headline[];
  /** Every fact that touches the province, at any level. */
  readonly facts: readonly CompiledFact[];
}

export interface PairDataset {
  readonly generatedBy: string;
  readonly pair: PairSummary;
  readonly subPairings: readonly PairSummary[];
  /** Headlines of province-to-province figures of the pair. */
  readonly headlines: readonly Headline[];
  /** Every flow between the two provinces, at any level. */
  readonly facts: readonly CompiledFact[];
}

export interface NationalDataset {
  readonly generatedBy: string;
  readonly headlines: readonly Headline[];
  readonly facts: readonly CompiledFact[];
}

export type CoverageCell =
  | {
      readonly kind: 'figure';
      readonly factId: string;
      readonly expression: string;
      readonly level: CompiledFact['level'];
    }
  | { readonly kind: 'target'; readonly factId: string; readonly expression: string }
  | { readonly kind: 'none' };

export interface CoverageTable {
  readonly generatedBy: string;
  readonly years: readonly string[];
  readonly metrics: readonly { readonly id: string; readonly label: string }[];
  readonly rows: readonly {
    readonly pair: PairSummary;
    readonly cells: Readonly<Record<string, Readonly<Record<string, CoverageCell>>>>;
  }[];
}

/** Names of every place a page may need to print, keyed by place id (`national` included). */
export type PlaceNames = Readonly<
  Record<
    string,
    { readonly nameZh: string; readonly shortZh: string; readonly level: string; readonly province: string }
  >
>;

export interface Datasets {
  readonly places: PlaceNames;
  readonly sources: readonly CompiledSource[];
  readonly facts: readonly CompiledFact[];
  readonly national: NationalDataset;
  readonly provinces: readonly ProvinceDataset[];
  readonly pairs: readonly PairDataset[];
  readonly map: MapData;
  readonly coverage: CoverageTable;
}

function summarize(p: Pairing, places: PlaceIndex): PairSummary {
  return {
    id: p.id,
    level: p.level,
    east: p.east,
    west: p.west,
    eastName: places.require(p.east).shortZh,
    westName: places.require(p.west).shortZh,
    since: p.since,
    ...(p.until === undefined ? {} : { until: p.until }),
    ...(p.note === undefined ? {} : { note: p.note }),
  };
}

/** Whether a place id lies in (or is) the given place. */
function within(places: PlaceIndex, id: string | undefined, container: string): boolean {
  return id !== undefined && id !== NATIONAL && (places.get(id)?.ancestors.includes(container) ?? false);
}

const MAP_METRIC_KEYS = Object.keys(MAP_METRICS) as MapMetric[];
const COVERAGE_METRICS = [
  'funds.fiscal',
  'funds.social',
  'funds.investment',
  'funds.consumption',
  'people.cadres',
  'people.professionals',
  'labor.employed',
  'labor.transferred-east',
] as const;
const COVERAGE_YEARS = ['2021', '2022', '2023', '2024', '2025'];

/** Builds every dataset the site publishes from compiled facts. Pure: same input, same output. */
export function buildDatasets(
  ref: ReferenceData,
  places: PlaceIndex,
  sources: readonly CompiledSource[],
  facts: readonly CompiledFact[],
): Datasets {
  const sourceInfo = new Map<string, SourceInfo>(
    sources.map((s) => [s.id, { date: s.published.date, confidence: s.confidence }]),
  );
  const headlinesOf = (list: readonly CompiledFact[]): Headline[] => selectHeadlines(list, sourceInfo);
  const factById = new Map(facts.map((f) => [f.id, f]));
  const provincePairs = ref.pairings.filter((p) => p.level === 'province');
  const subPairs = ref.pairings.filter((p) => p.level !== 'province');
  const touches = (p: Pairing, province: string): boolean =>
    places.require(p.east).province === province || places.require(p.west).province === province;

  const members = ref.provinces.filter((p) => p.programme !== 'none');
  const provinces: ProvinceDataset[] = members.map((province) => ({
    generatedBy: GENERATED_BY,
    province,
    partners: provincePairs
      .filter((p) => p.east === province.id || p.west === province.id)
      .map((p) => ({
        ...summarize(p, places),
        partner: p.east === province.id ? p.west : p.east,
        role: p.east === province.id ? ('east' as const) : ('west' as const),
      })),
    subPairings: subPairs.filter((p) => touches(p, province.id)).map((p) => summarize(p, places)),
    headlines: headlinesOf(facts.filter((f) => f.from === province.id || f.to === province.id || f.at === province.id)),
    facts: facts.filter((f) => f.provinces.includes(province.id)),
  }));

  const pairs: PairDataset[] = provincePairs.map((p) => {
    const between = facts.filter((f) => f.pair === p.id);
    return {
      generatedBy: GENERATED_BY,
      pair: summarize(p, places),
      subPairings: subPairs
        .filter((s) => within(places, s.east, p.east) && within(places, s.west, p.west))
        .map((s) => summarize(s, places)),
      headlines: headlinesOf(between.filter((f) => f.level === 'province')),
      facts: between,
    };
  });

  const nationalFacts = facts.filter((f) => f.at === NATIONAL || f.from === NATIONAL || f.to === NATIONAL);
  const national: NationalDataset = {
    generatedBy: GENERATED_BY,
    headlines: headlinesOf(nationalFacts),
    facts: nationalFacts,
  };

  const sourceRefs = new Map(
    sources.map((s) => [s.id, { id: s.id, title: s.title, outlet: s.outlet, date: s.published.date }]),
  );
  const map = buildMapData(ref, places, pairs, national.headlines, factById, sourceRefs);
  const coverage = buildCoverage(pairs);
  const placeNames: Record<string, PlaceNames[string]> = {
    [NATIONAL]: { nameZh: '全国', shortZh: '全国', level: 'national', province: '' },
  };
  for (const id of [...ref.provinces.map((p) => p.id), ...ref.places.map((p) => p.id)]) {
    const e = places.require(id);
    placeNames[id] = { nameZh: e.nameZh, shortZh: e.shortZh, level: e.level, province: e.province };
  }
  return { places: placeNames, sources, facts, national, provinces, pairs, map, coverage };
}

function buildMapData(
  ref: ReferenceData,
  places: PlaceIndex,
  pairs: readonly PairDataset[],
  nationalHeadlines: readonly Headline[],
  factById: ReadonlyMap<string, CompiledFact>,
  sourceRefs: ReadonlyMap<string, MapFigure['source']>,
): MapData {
  const figures: MapFigure[] = [];
  /**
   * The map figure a headline gives for a map metric, or undefined when the map does not draw it: the map compares
   * pairs year by year under the 2021 framework (longer or older periods stay in the tables), never shows a per-unit
   * average, and sizes arcs by money or people only.
   */
  const toFigure = (
    h: Headline,
    metric: MapMetric,
    pair: string,
    direction: MapFigure['direction'],
  ): MapFigure | undefined => {
    if (h.metric !== MAP_METRICS[metric].metric || !/^\d{4}$/.test(h.period) || h.period < '2021') return undefined;
    const fact = factById.get(h.factId);
    if (fact === undefined || fact.basis === 'average') return undefined;
    if (fact.unit !== 'yuan' && fact.unit !== 'person' && fact.unit !== 'person-time') return undefined;
    return {
      pair,
      metric,
      period: h.period,
      periodLabel: fact.periodLabel,
      value: fact.value,
      unit: fact.unit,
      expression: fact.expression,
      qualifier: fact.qualifier,
      status: fact.status,
      direction,
      factId: fact.id,
      source: sourceRefs.get(fact.sourceId) ?? { id: fact.sourceId, title: '', outlet: '', date: '' },
    };
  };
  for (const { pair, headlines } of pairs) {
    for (const metric of MAP_METRIC_KEYS) {
      for (const h of headlines) {
        const from = factById.get(h.factId)?.from;
        const direction = from === pair.west || within(places, from, pair.west) ? 'west-to-east' : 'east-to-west';
        const figure = toFigure(h, metric, pair.id, direction);
        if (figure !== undefined) figures.push(figure);
      }
    }
  }
  // National totals of the map's metrics travel with the map as `pair: 'national'`: a line under the map, never an arc.
  for (const metric of MAP_METRIC_KEYS) {
    for (const h of nationalHeadlines) {
      const figure = h.status === 'outcome' ? toFigure(h, metric, NATIONAL, 'east-to-west') : undefined;
      if (figure !== undefined) figures.push(figure);
    }
  }
  const periods = Object.fromEntries(
    MAP_METRIC_KEYS.map((m) => [
      m,
      [...new Set(figures.filter((f) => f.metric === m && f.status === 'outcome').map((f) => f.period))].sort(),
    ]),
  ) as Record<MapMetric, string[]>;
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
  // The default view: the metric and period with the most pairs that have an outcome figure.
  let best: { metric: MapMetric; period: string; count: number } = {
    metric: 'funds',
    period: periods.funds.at(-1) ?? '2023',
    count: -1,
  };
  for (const metric of MAP_METRIC_KEYS) {
    for (const period of periods[metric]) {
      const count = figures.filter(
        (f) => f.pair !== NATIONAL && f.metric === metric && f.period === period && f.status === 'outcome',
      ).length;
      if (count > best.count || (count === best.count && metric === best.metric && period > best.period)) {
        best = { metric, period, count };
      }
    }
  }
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
    defaults: { metric: best.metric, period: best.period },
  };
}

function buildCoverage(pairs: readonly PairDataset[]): CoverageTable {
  const rows = pairs
    .filter((p) => p.pair.until === undefined)
    .map(({ pair, facts }) => {
      const cells: Record<string, Record<string, CoverageCell>> = {};
      for (const metric of COVERAGE_METRICS) {
        const row: Record<string, CoverageCell> = {};
        for (const year of COVERAGE_YEARS) {
          const inYear = facts.filter((f) => f.metric === metric && periodKey(f) === year);
          const outcome =
            inYear.find((f) => f.status === 'outcome' && f.level === 'province') ??
            inYear.find((f) => f.status === 'outcome');
          const target = inYear.find((f) => f.status === 'target');
          row[year] =
            outcome !== undefined
              ? { kind: 'figure', factId: outcome.id, expression: outcome.expression, level: outcome.level }
              : target !== undefined
                ? { kind: 'target', factId: target.id, expression: target.expression }
                : { kind: 'none' };
        }
        cells[metric] = row;
      }
      return { pair, cells };
    });
  return {
    generatedBy: GENERATED_BY,
    years: COVERAGE_YEARS,
    metrics: COVERAGE_METRICS.map((id) => ({ id, label: findMetric(id)?.label ?? id })),
    rows,
  };
}
