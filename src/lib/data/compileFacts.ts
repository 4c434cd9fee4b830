import {
  BASIS_LABEL,
  type Basis,
  coverageLabel,
  coverageOf,
  DIRECTION_LABEL,
  directionOf,
  STAGE_LABEL,
  workersInHelpedPlace,
} from '../model/figureMeasure';
import { findMetric } from '../model/metrics';
import { formatPeriod } from '../period/formatPeriod';
import { parseValidPeriod } from '../period/parsePeriod';
import type { Pairing } from '../schema/reference';
import { formatNoteForReaders, formatSourceTitle, type NoteNames } from '../text/formatForReaders';
import { pairingName } from '../text/pairingName';
import { toSimplified } from '../text/toSimplified';
import { findConflicts } from './findConflicts';
import type { LoadedCuratedFile } from './loadCuratedFiles';
import type { PlaceIndex } from './placeIndex';
import type { CompiledFact, CompiledSource, ScopeLevel } from './types';
import { findPairing, NATIONAL } from './validateCurated';

const LEVEL_DEPTH: Record<ScopeLevel, number> = { national: 0, province: 1, prefecture: 2, county: 3, district: 3 };

/** An end the article does not name (东部企业, 东部协作方): said in words, not left as a bare mark. */
const UNNAMED_END = '（未写明）';

/**
 * Resolves validated curated files into the records the datasets are made of. Call only after
 * `validateCurated` found no problems: unknown places and periods throw here.
 */
export function compileFacts(
  files: readonly LoadedCuratedFile[],
  places: PlaceIndex,
): { sources: CompiledSource[]; facts: CompiledFact[] } {
  const sources: CompiledSource[] = [];
  const facts: CompiledFact[] = [];
  const name = (id: string): string => (id === NATIONAL ? '全国' : places.require(id).shortZh);
  const side = (one: string | undefined, joint: readonly string[] | undefined): string =>
    joint !== undefined ? joint.map(name).join('、') : one === undefined ? UNNAMED_END : name(one);
  const names = readerNames(files, places);
  // Notes are the curators' words: the site writes them in simplified characters, with ids named for readers
  // (the curated file keeps them as written).
  const forReaders = (note: string): string => formatNoteForReaders(toSimplified(note), names);
  // The province pairing and the finest pairing of two ends, worked out once per pair of places (not per fact).
  const provincePairings = places.pairings.filter((p) => p.level === 'province');
  const pairingsByEnds = new Map<string, { pairing?: Pairing; finest?: Pairing }>();
  const pairingsOf = (from: string, to: string): { pairing?: Pairing; finest?: Pairing } => {
    const key = `${from}\u0000${to}`;
    let found = pairingsByEnds.get(key);
    if (found === undefined) {
      const [a, b] = [places.require(from).ancestors, places.require(to).ancestors];
      const pairing = findPairing(provincePairings, a, b);
      const finest = findPairing(places.pairings, a, b);
      found = { ...(pairing === undefined ? {} : { pairing }), ...(finest === undefined ? {} : { finest }) };
      pairingsByEnds.set(key, found);
    }
    return found;
  };
  for (const { file, data } of files) {
    const { note: sourceNote } = data.source;
    sources.push({
      ...data.source,
      title: formatSourceTitle(data.source.title),
      ...(sourceNote === undefined ? {} : { note: forReaders(sourceNote) }),
      factCount: data.facts.length,
      curatedFile: file,
    });
    for (const f of data.facts) {
      const metric = findMetric(f.metric);
      if (metric === undefined) throw new Error(`unknown metric ${f.metric}`);
      const period = parseValidPeriod(f.period);
      const ends = [f.from, ...(f.jointFrom ?? []), f.to, ...(f.jointTo ?? []), f.at].filter(
        (id): id is string => id !== undefined,
      );
      // A joint side lists the contributors to one total; the scope is the single end it goes to or comes from (天津、
      // 青岛、福州、厦门 → 甘肃 is a figure of the whole province 甘肃). Only when both sides are joint do they set it.
      const single =
        (f.jointFrom !== undefined) !== (f.jointTo !== undefined)
          ? f.jointFrom === undefined
            ? f.from
            : f.to
          : undefined;
      const scopeEnds = single === undefined ? ends : [single];
      const levels = scopeEnds.map((id) => (id === NATIONAL ? 'national' : places.require(id).level));
      const level = levels.reduce<ScopeLevel>(
        (deepest, l) => (LEVEL_DEPTH[l] > LEVEL_DEPTH[deepest] ? l : deepest),
        'national',
      );
      const provinces = [...new Set(ends.filter((id) => id !== NATIONAL).map((id) => places.require(id).province))];
      const paired = f.from !== undefined && f.to !== undefined && f.from !== NATIONAL && f.to !== NATIONAL;
      const { pairing, finest } = paired ? pairingsOf(f.from as string, f.to as string) : {};
      const roleOf = (id: string | undefined, joint: readonly string[] | undefined) => {
        const first = id ?? joint?.[0];
        return first === undefined || first === NATIONAL ? undefined : places.require(first).programme;
      };
      const direction = directionOf(f.direction, roleOf(f.from, f.jointFrom), roleOf(f.to, f.jointTo));
      const coverage = coverageOf(period, f.coverage);
      const basis: Basis = f.basis ?? 'total';
      const periodLabel = formatPeriod(period);
      const placesLabel =
        f.from !== undefined || f.to !== undefined || f.jointFrom !== undefined || f.jointTo !== undefined
          ? workersInHelpedPlace(f.metric, direction)
            ? f.from === undefined && f.jointFrom === undefined
              ? side(f.to, f.jointTo) // workers in the west; the article does not say whose help
              : `${side(f.to, f.jointTo)}（${side(f.from, f.jointFrom)}协作）`
            : `${side(f.from, f.jointFrom)} ${direction === 'mutual' ? '⇄' : '→'} ${side(f.to, f.jointTo)}`
          : f.at === undefined
            ? ''
            : name(f.at);
      facts.push({
        id: f.id,
        sourceId: data.source.id,
        metric: f.metric,
        metricLabel: metric.label,
        family: metric.family,
        expression: f.expression,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        status: f.status,
        ...(f.from === undefined ? {} : { from: f.from }),
        ...(f.to === undefined ? {} : { to: f.to }),
        ...(f.at === undefined ? {} : { at: f.at }),
        level,
        provinces,
        ...(pairing === undefined ? {} : { pair: pairing.id }),
        period: f.period,
        periodLabel,
        ...(period.start === undefined ? {} : { periodStart: period.start }),
        periodEnd: period.end,
        ...(f.periodNote === undefined ? {} : { periodNote: forReaders(f.periodNote) }),
        quote: f.evidence.quote,
        ...(f.evidence.paragraph === undefined ? {} : { paragraph: f.evidence.paragraph }),
        ...(f.note === undefined ? {} : { note: forReaders(f.note) }),
        ...(f.partOf === undefined ? {} : { partOf: f.partOf }),
        direction,
        coverage,
        basis,
        ...(f.stage === undefined ? {} : { stage: f.stage }),
        ...(f.measure === undefined ? {} : { measure: f.measure }),
        ...(f.jointFrom === undefined ? {} : { jointFrom: f.jointFrom }),
        ...(f.jointTo === undefined ? {} : { jointTo: f.jointTo }),
        ...(finest === undefined ? {} : { pairing: finest.id }),
        display: toSimplified(f.expression),
        labels: {
          coverage: coverageLabel(coverage, periodLabel),
          direction: DIRECTION_LABEL[direction],
          basis: BASIS_LABEL[basis],
          stage: f.stage === undefined ? '' : STAGE_LABEL[f.stage],
          places: placesLabel,
        },
      });
    }
  }
  sources.sort((a, b) => a.id.localeCompare(b.id));
  facts.sort((a, b) => a.id.localeCompare(b.id));
  const conflicts = findConflicts(facts, places);
  return {
    sources,
    facts: facts.map((f) => {
      const found = conflicts.get(f.id);
      return found === undefined ? f : { ...f, conflicts: found };
    }),
  };
}

/**
 * What the ids in curators' notes name: a source by its outlet and date, a fact by its outlet, metric and period, a
 * pairing by its two places.
 */
export function readerNames(files: readonly LoadedCuratedFile[], places: PlaceIndex): NoteNames {
  const facts = new Map<string, string>();
  for (const { data } of files) {
    facts.set(data.source.id, `${data.source.outlet}（${data.source.published.date}）的报道`);
    for (const f of data.facts) {
      const metric = findMetric(f.metric)?.label ?? '数字';
      const name = `${data.source.outlet}所载${metric}（${formatPeriod(parseValidPeriod(f.period))}）`;
      facts.set(f.id, name);
      // Facts of the five core articles are cited by article and number: 003-20 for 003-20-fiscal-….
      const short = /^\d{3}-\d{2}(?=-)/u.exec(f.id)?.[0];
      if (short !== undefined) facts.set(short, name);
    }
  }
  return {
    fact: (id) => facts.get(id),
    pairing: (id) => pairingName(id, places),
  };
}
