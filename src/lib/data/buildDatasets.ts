import type { MapData } from '../map/types';
import { findMetric, KEY_METRICS, metricRank } from '../model/metrics';
import type { Pairing } from '../schema/reference';
import { formatNoteForReaders, type NoteNames } from '../text/formatForReaders';
import { pairingName } from '../text/pairingName';
import { buildPageCards } from './buildCards';
import { buildMapData } from './buildMapData';
import { buildPageSummary } from './buildPageSummary';
import { hasDisagreement } from './findConflicts';
import type { PlaceIndex, ReferenceData } from './placeIndex';
import {
  compareForHeadline,
  isHeadlineCandidate,
  periodKey,
  type SourceInfo,
  selectHeadlines,
} from './selectHeadlines';
import type { CompiledFact, CompiledSource, Headline, PageCards, PageSummary } from './types';
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
  /** Headlines of figures whose place in this province is the province itself (both ends at province level). */
  readonly headlines: readonly Headline[];
  /** The headline cards the page prints, in order. */
  readonly cards: PageCards;
  /** The short table at the top of the page: key metrics' full-year headlines by year. */
  readonly summary: PageSummary;
  /** Every fact that touches the province, at any level. */
  readonly facts: readonly CompiledFact[];
}

export interface PairDataset {
  readonly generatedBy: string;
  readonly pair: PairSummary;
  readonly subPairings: readonly PairSummary[];
  /** Headlines of province-to-province figures of the pair. */
  readonly headlines: readonly Headline[];
  /** The headline cards the page prints, in order. */
  readonly cards: PageCards;
  /** The short table at the top of the page: key metrics' full-year headlines by year. */
  readonly summary: PageSummary;
  /** Every flow between the two provinces, at any level. */
  readonly facts: readonly CompiledFact[];
}

export interface NationalDataset {
  readonly generatedBy: string;
  readonly headlines: readonly Headline[];
  /** The home page's national cards: the newest headline of each key metric. */
  readonly cards: PageCards;
  readonly facts: readonly CompiledFact[];
}

export type CoverageCell =
  | {
      /** `figure`: a full-year province-level total; `partial`: the best there is, with its marks. */
      readonly kind: 'figure' | 'partial';
      readonly factId: string;
      readonly display: string;
      readonly level: CompiledFact['level'];
      /** What a reader must know to read it: 1—9月, 截至11月累计, 西部→东部, 互派, 市州. Empty for a plain figure. */
      readonly marks: readonly string[];
      /** Other figures of the cell (the other direction, other releases), as display values with their marks. */
      readonly others: readonly string[];
      /** The facts of `others`, in the same order (for the English table, which writes them in English). */
      readonly otherFactIds: readonly string[];
      readonly conflict: boolean;
    }
  | { readonly kind: 'target'; readonly factId: string; readonly display: string }
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

function summarize(p: Pairing, places: PlaceIndex, names: NoteNames): PairSummary {
  return {
    id: p.id,
    level: p.level,
    east: p.east,
    west: p.west,
    eastName: places.require(p.east).shortZh,
    westName: places.require(p.west).shortZh,
    since: p.since,
    ...(p.until === undefined ? {} : { until: p.until }),
    // Reference notes cite pairings and core articles by id: readers see their names.
    ...(p.note === undefined ? {} : { note: formatNoteForReaders(p.note, names) }),
  };
}

/** Whether a place id lies in (or is) the given place. */
export function within(places: PlaceIndex, id: string | undefined, container: string): boolean {
  return id !== undefined && id !== NATIONAL && (places.get(id)?.ancestors.includes(container) ?? false);
}

const COVERAGE_METRICS = KEY_METRICS;
const COVERAGE_YEARS = ['2021', '2022', '2023', '2024', '2025'];

/** Facts in the order a page's table lists them: by metric (the vocabulary's order), newest first, then id. */
function inPageOrder(list: readonly CompiledFact[]): CompiledFact[] {
  return [...list].sort(
    (a, b) =>
      metricRank(a.metric) - metricRank(b.metric) || b.periodEnd.localeCompare(a.periodEnd) || a.id.localeCompare(b.id),
  );
}

/** Builds every dataset the site publishes from compiled facts. Pure: same input, same output. */
export function buildDatasets(
  ref: ReferenceData,
  places: PlaceIndex,
  sources: readonly CompiledSource[],
  facts: readonly CompiledFact[],
): Datasets {
  const names = articleNames(sources, facts, places);
  const sourceInfo = new Map<string, SourceInfo>(
    sources.map((s) => [s.id, { date: s.published.date, confidence: s.confidence }]),
  );
  const headlinesOf = (list: readonly CompiledFact[]): Headline[] => selectHeadlines(list, sourceInfo);
  const factById = new Map(facts.map((f) => [f.id, f]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const cardsOf = (headlines: readonly Headline[], emptyNote: string, latestOnly?: readonly string[]): PageCards =>
    buildPageCards(headlines, factById, sourceById, {
      emptyNote,
      ...(latestOnly === undefined ? {} : { latestOnly }),
    });
  const provincePairs = ref.pairings.filter((p) => p.level === 'province');
  const subPairs = ref.pairings.filter((p) => p.level !== 'province');
  const touches = (p: Pairing, province: string): boolean =>
    places.require(p.east).province === province || places.require(p.west).province === province;
  /** Why a page has no headline: say what it does have, so "no headline" is never read as "no figure". */
  const emptyNote = (name: string, own: readonly CompiledFact[], all: readonly CompiledFact[]): string =>
    own.some((f) => f.status === 'outcome')
      ? `我们的来源中没有${name}的全年或累计总数可作主要数字：现有的是部分月份、平均数、标准或其中一部分的数字，见下表。`
      : all.length > 0
        ? `我们的来源中没有以${name}为范围的数字；下表列出其市县的数字。`
        : `我们的来源中还没有${name}的数字。`;

  const members = ref.provinces.filter((p) => p.programme !== 'none');
  const provinces: ProvinceDataset[] = members.map((province) => {
    // Only figures whose place is the province itself: a county's figure with the province at its other end
    // (黔西南→广东) is not a figure of the province.
    const own = facts.filter(
      (f) =>
        f.level === 'province' &&
        (f.from === province.id || f.to === province.id || f.at === province.id) &&
        f.jointFrom?.includes(province.id) !== true &&
        f.jointTo?.includes(province.id) !== true,
    );
    const headlines = headlinesOf(own);
    const touching = inPageOrder(facts.filter((f) => f.provinces.includes(province.id)));
    const cards = cardsOf(headlines, emptyNote(`${province.shortZh}全省`, own, touching));
    return {
      generatedBy: GENERATED_BY,
      province,
      partners: provincePairs
        .filter((p) => p.east === province.id || p.west === province.id)
        .map((p) => ({
          ...summarize(p, places, names),
          partner: p.east === province.id ? p.west : p.east,
          role: p.east === province.id ? ('east' as const) : ('west' as const),
        })),
      subPairings: subPairs.filter((p) => touches(p, province.id)).map((p) => summarize(p, places, names)),
      headlines,
      cards,
      summary: buildPageSummary(headlines, cards),
      facts: touching,
    };
  });

  const pairs: PairDataset[] = provincePairs.map((p) => {
    const between = inPageOrder(facts.filter((f) => f.pair === p.id));
    const own = between.filter((f) => f.level === 'province');
    const headlines = headlinesOf(own);
    const summary = summarize(p, places, names);
    const cards = cardsOf(headlines, emptyNote(`${summary.eastName}与${summary.westName}两省之间`, own, between));
    return {
      generatedBy: GENERATED_BY,
      pair: summary,
      subPairings: subPairs
        .filter((s) => within(places, s.east, p.east) && within(places, s.west, p.west))
        .map((s) => summarize(s, places, names)),
      headlines,
      cards,
      summary: buildPageSummary(headlines, cards),
      facts: between,
    };
  });

  const nationalFacts = facts.filter((f) => f.at === NATIONAL || f.from === NATIONAL || f.to === NATIONAL);
  const nationalHeadlines = headlinesOf(nationalFacts);
  const national: NationalDataset = {
    generatedBy: GENERATED_BY,
    headlines: nationalHeadlines,
    cards: cardsOf(nationalHeadlines, '我们的来源中还没有全国的总数。', KEY_METRICS),
    facts: nationalFacts,
  };

  const sourceRefs = new Map(
    sources.map((s) => [s.id, { id: s.id, title: s.title, outlet: s.outlet, date: s.published.date }]),
  );
  const map: MapData = buildMapData(ref, places, pairs, facts, nationalHeadlines, sourceRefs, sourceInfo);
  const coverage = buildCoverage(pairs, sourceInfo);
  const placeNames: Record<string, PlaceNames[string]> = {
    [NATIONAL]: { nameZh: '全国', shortZh: '全国', level: 'national', province: '' },
  };
  for (const id of [...ref.provinces.map((p) => p.id), ...ref.places.map((p) => p.id)]) {
    const e = places.require(id);
    placeNames[id] = { nameZh: e.nameZh, shortZh: e.shortZh, level: e.level, province: e.province };
  }
  return { places: placeNames, sources, facts, national, provinces, pairs, map, coverage };
}

const LEVEL_TEXT: Partial<Record<CompiledFact['level'], string>> = {
  prefecture: '市州',
  county: '区县',
  district: '区县',
};

/** The words of a figure's marks in one language: its labels, the names of levels below a province, "target". */
export interface MarkWords {
  readonly labels: Pick<CompiledFact['labels'], 'coverage' | 'direction' | 'basis'>;
  readonly level: Partial<Record<CompiledFact['level'], string>>;
  readonly target: string;
}

/**
 * What a reader must know to read a figure in a table cell beside others: coverage, direction, basis, level, in
 * the given words (Chinese by default; English pages pass theirs, so both editions mark the same figures).
 */
export function figureMarks(
  f: CompiledFact,
  words: MarkWords = { labels: f.labels, level: LEVEL_TEXT, target: '目标' },
): string[] {
  return [
    f.coverage === 'full-year' ? '' : words.labels.coverage,
    f.direction === 'east-to-west' || f.direction === 'none' ? '' : words.labels.direction,
    f.basis === 'total' ? '' : words.labels.basis,
    words.level[f.level] ?? '',
    f.status === 'target' ? words.target : '',
  ].filter((m) => m !== '');
}

/**
 * The /about/ table: for each active pair, metric and year, the figure a reader may compare — a full-year,
 * province-level, east→west (or mutual) total — or, when there is none, the best there is with every mark that
 * keeps it from being compared (1—9月, 西部→东部, 市州). Other figures of the cell (the reverse flow, earlier
 * releases) are listed beside it, never dropped.
 */
function buildCoverage(pairs: readonly PairDataset[], sources: ReadonlyMap<string, SourceInfo>): CoverageTable {
  const rows = pairs
    .filter((p) => p.pair.until === undefined)
    .map(({ pair, facts }) => {
      const cells: Record<string, Record<string, CoverageCell>> = {};
      for (const metric of COVERAGE_METRICS) {
        const row: Record<string, CoverageCell> = {};
        for (const year of COVERAGE_YEARS) {
          const inYear = facts.filter(
            (f) => f.metric === metric && f.basis === 'total' && periodKey(f) === year && f.status === 'outcome',
          );
          const rank = (f: CompiledFact): number =>
            (f.level === 'province' ? 0 : 4) +
            (f.coverage === 'full-year' ? 0 : 2) +
            (f.direction === 'west-to-east' ? 1 : 0);
          const ranked = [...inYear].sort((a, b) => rank(a) - rank(b) || compareForHeadline(a, b, sources).order);
          const best = ranked[0];
          const target = facts.find(
            (f) => f.metric === metric && f.status === 'target' && f.level === 'province' && periodKey(f) === year,
          );
          const describe = (f: CompiledFact): string => {
            const marks = figureMarks(f);
            return marks.length === 0 ? f.display : `${f.display}（${marks.join('，')}）`;
          };
          row[year] =
            best !== undefined
              ? {
                  kind:
                    best.level === 'province' && isHeadlineCandidate(best) && best.coverage === 'full-year'
                      ? 'figure'
                      : 'partial',
                  factId: best.id,
                  display: best.display,
                  level: best.level,
                  marks: figureMarks(best),
                  others: ranked.slice(1).map(describe),
                  otherFactIds: ranked.slice(1).map((f) => f.id),
                  conflict: hasDisagreement(best),
                }
              : target !== undefined
                ? { kind: 'target', factId: target.id, display: target.display }
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

/**
 * What reference notes cite: pairings by id, and the five core articles as `src:NNN` (the number their facts' ids
 * start with), named by outlet and date.
 */
function articleNames(
  sources: readonly CompiledSource[],
  facts: readonly CompiledFact[],
  places: PlaceIndex,
): NoteNames {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const articles = new Map<string, string>();
  for (const f of facts) {
    const article = /^(\d{3})-/u.exec(f.id)?.[1];
    const source = byId.get(f.sourceId);
    if (article !== undefined && source !== undefined) {
      articles.set(`src:${article}`, `${source.outlet}（${source.published.date}）的报道`);
    }
  }
  return { fact: (id) => articles.get(id), pairing: (id) => pairingName(id, places) };
}
