import { findMetric } from '../model/metrics';
import { formatPeriod } from '../period/formatPeriod';
import { parseValidPeriod } from '../period/parsePeriod';
import { findConflicts } from './findConflicts';
import type { LoadedCuratedFile } from './loadCuratedFiles';
import type { PlaceIndex } from './placeIndex';
import type { CompiledFact, CompiledSource, ScopeLevel } from './types';
import { findPairing, NATIONAL } from './validateCurated';

const LEVEL_DEPTH: Record<ScopeLevel, number> = { national: 0, province: 1, prefecture: 2, county: 3, district: 3 };

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
  for (const { file, data } of files) {
    sources.push({ ...data.source, factCount: data.facts.length, curatedFile: file });
    for (const f of data.facts) {
      const metric = findMetric(f.metric);
      if (metric === undefined) throw new Error(`unknown metric ${f.metric}`);
      const period = parseValidPeriod(f.period);
      const ends = [f.from, f.to, f.at].filter((id): id is string => id !== undefined);
      const levels = ends.map((id) => (id === NATIONAL ? 'national' : places.require(id).level));
      const level = levels.reduce<ScopeLevel>(
        (deepest, l) => (LEVEL_DEPTH[l] > LEVEL_DEPTH[deepest] ? l : deepest),
        'national',
      );
      const provinces = [...new Set(ends.filter((id) => id !== NATIONAL).map((id) => places.require(id).province))];
      const pairing =
        f.from !== undefined && f.to !== undefined && f.from !== NATIONAL && f.to !== NATIONAL
          ? findPairing(
              places.pairings.filter((p) => p.level === 'province'),
              places.require(f.from).ancestors,
              places.require(f.to).ancestors,
            )
          : undefined;
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
        periodLabel: formatPeriod(period),
        ...(period.start === undefined ? {} : { periodStart: period.start }),
        periodEnd: period.end,
        ...(f.periodNote === undefined ? {} : { periodNote: f.periodNote }),
        quote: f.evidence.quote,
        ...(f.evidence.paragraph === undefined ? {} : { paragraph: f.evidence.paragraph }),
        ...(f.note === undefined ? {} : { note: f.note }),
        ...(f.partOf === undefined ? {} : { partOf: f.partOf }),
        ...(f.basis === undefined ? {} : { basis: f.basis }),
      });
    }
  }
  sources.sort((a, b) => a.id.localeCompare(b.id));
  facts.sort((a, b) => a.id.localeCompare(b.id));
  const conflicts = findConflicts(facts);
  return {
    sources,
    facts: facts.map((f) => {
      const others = conflicts.get(f.id);
      return others === undefined ? f : { ...f, conflictsWith: others };
    }),
  };
}
