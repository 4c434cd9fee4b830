import { findMetric } from '../model/metrics';
import { parsePeriod } from '../period/parsePeriod';
import { formatJsonPath, locateJsonPath } from '../problems/locateJson';
import type { Problem } from '../problems/problem';
import { parseQuantity } from '../quantity/parseQuantity';
import type { Pairing } from '../schema/reference';
import type { LoadedCuratedFile } from './loadCuratedFiles';

/** What validation needs to know of the reference data. */
export interface PlaceLookup {
  /** The place and the places containing it, innermost first, ending with its province; undefined if unknown. */
  placeAncestors(id: string): readonly string[] | undefined;
  readonly pairings: readonly Pairing[];
}

export const NATIONAL = 'national';

/** Relative difference small enough to be rounding in the curated value. */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The most specific pairing that links two places (either order): a pairing between the places themselves or
 * between places containing them (城阳区→渭源县 is covered by 青岛→定西 and by 山东→甘肃).
 */
export function findPairing(
  pairings: readonly Pairing[],
  a: readonly string[],
  b: readonly string[],
): Pairing | undefined {
  const rank = (p: Pairing): number =>
    Math.max(a.indexOf(p.east), a.indexOf(p.west)) + Math.max(b.indexOf(p.east), b.indexOf(p.west));
  const links = pairings.filter(
    (p) => (a.includes(p.east) && b.includes(p.west)) || (b.includes(p.east) && a.includes(p.west)),
  );
  return links.sort((x, y) => rank(x) - rank(y))[0];
}

/**
 * The rules that span files or the reference data: unique ids, known places, value = parsed expression,
 * metric/unit agreement, parseable periods, and flows only between paired provinces.
 * Returns every problem found, each located in its file.
 */
export function validateCurated(files: readonly LoadedCuratedFile[], places: PlaceLookup): Problem[] {
  const problems: Problem[] = [];
  // Where each id was first used; its line is worked out only for a repeat (locating every fact costs a parse each).
  const firstFactId = new Map<string, { file: string; text: string; index: number }>();
  // The pairing of two places, looked up once per pair of places rather than once per fact.
  const pairings = new Map<string, Pairing | undefined>();
  const pairingOf = (a: readonly string[], b: readonly string[]): Pairing | undefined => {
    const key = `${a.join('>')}\u0000${b.join('>')}`;
    if (!pairings.has(key)) pairings.set(key, findPairing(places.pairings, a, b));
    return pairings.get(key);
  };
  for (const { file, text, data } of files) {
    const at = (path: (string | number)[], message: string, fix: string): void => {
      problems.push({ file, ...locateJsonPath(text, path), path: formatJsonPath(path), message, fix });
    };
    data.facts.forEach((fact, i) => {
      const base: (string | number)[] = ['facts', i];
      const seen = firstFactId.get(fact.id);
      if (seen !== undefined) {
        // file:line, so the editor can open the other use directly.
        const where = `${seen.file}:${locateJsonPath(seen.text, ['facts', seen.index, 'id']).line}`;
        at([...base, 'id'], `fact id "${fact.id}" is already used in ${where}`, 'give this fact a new, unique id');
      } else {
        firstFactId.set(fact.id, { file, text, index: i });
      }

      const metric = findMetric(fact.metric);
      if (metric !== undefined && !metric.units.includes(fact.unit)) {
        at(
          [...base, 'unit'],
          `unit "${fact.unit}" does not fit metric "${fact.metric}"`,
          `use one of ${metric.units.join(', ')}, or a metric of that unit (人次 is not 人)`,
        );
      }

      const parsed = parseQuantity(fact.expression);
      if (!parsed.ok) {
        at(
          [...base, 'expression'],
          `the expression "${fact.expression}" cannot be read: ${parsed.error}`,
          'copy the figure exactly as the article writes it, e.g. "2.8万余人"',
        );
      } else {
        if (!sameValue(parsed.value, fact.value)) {
          at(
            [...base, 'value'],
            `value ${fact.value} disagrees with its expression "${fact.expression}", which reads as ${parsed.value}`,
            `set "value": ${parsed.value} (or correct the expression if the article writes it differently)`,
          );
        }
        // "58万农村劳动力" writes no unit word: the curated unit stands (the metric still limits it).
        if (parsed.unitWritten && parsed.unit !== fact.unit) {
          at(
            [...base, 'unit'],
            `unit "${fact.unit}" disagrees with the expression "${fact.expression}" (${parsed.unit})`,
            `set "unit": "${parsed.unit}"`,
          );
        }
        if (parsed.qualifier !== fact.qualifier) {
          at(
            [...base, 'qualifier'],
            `qualifier "${fact.qualifier}" disagrees with the expression "${fact.expression}" (${parsed.qualifier})`,
            `set "qualifier": "${parsed.qualifier}"`,
          );
        }
      }

      const period = parsePeriod(fact.period);
      if (!period.ok) at([...base, 'period'], period.error, 'see "Periods" in content/README.md');

      checkWhatItMeasures(fact, base, at);
      const { jointFrom = [], jointTo = [] } = fact;
      for (const [key, ids] of [
        ['jointFrom', jointFrom],
        ['jointTo', jointTo],
      ] as const) {
        ids.forEach((id, j) => {
          if (places.placeAncestors(id) === undefined) {
            at(
              [...base, key, j],
              `unknown place "${id}"`,
              'use a province id or a place id from data/reference/places.json',
            );
          }
        });
      }

      const ancestorsOf: Partial<Record<'from' | 'to' | 'at', readonly string[]>> = {};
      for (const key of ['from', 'to', 'at'] as const) {
        const id = fact[key];
        if (id === undefined || id === NATIONAL) continue;
        const ancestors = places.placeAncestors(id);
        if (ancestors === undefined) {
          at(
            [...base, key],
            `unknown place "${id}"`,
            'use a province id (e.g. "shandong"), a place id from data/reference/places.json or "national"; add a new place to places.json first',
          );
        } else {
          ancestorsOf[key] = ancestors;
        }
      }
      const { from, to } = ancestorsOf;
      // A joint side is checked end by end: each giver with the receiver, or the giver with each receiver.
      const jointEnds: [readonly string[] | undefined, readonly string[] | undefined, string][] = [
        ...jointTo.map((id, j): [readonly string[] | undefined, readonly string[] | undefined, string] => [
          from,
          places.placeAncestors(id),
          `jointTo[${j}]`,
        ]),
        ...jointFrom.map((id, j): [readonly string[] | undefined, readonly string[] | undefined, string] => [
          places.placeAncestors(id),
          to,
          `jointFrom[${j}]`,
        ]),
      ];
      // A joint side may list the givers of one total to a province, each paired with a place inside it: 福州 helped
      // 定西, so it is one of 天津、青岛、福州、厦门 → 甘肃.
      const pairedInside = (giver: readonly string[], receiver: readonly string[]): boolean =>
        places.pairings.some(
          (p) => giver.includes(p.east) && (places.placeAncestors(p.west) ?? []).includes(receiver[0] ?? ''),
        );
      for (const [a, b, where] of jointEnds) {
        if (a !== undefined && b !== undefined && a.at(-1) !== b.at(-1) && !pairingOf(a, b) && !pairedInside(a, b)) {
          const key = where.startsWith('jointTo') ? 'jointTo' : 'jointFrom';
          at(
            [...base, key, Number(where.replace(/\D/g, ''))],
            `"${a[0]}" and "${b[0]}" are not paired in data/reference/pairings.json`,
            'check both places, or add the pairing with its source to data/reference/pairings.json',
          );
        }
      }
      if (from !== undefined && to !== undefined && from.at(-1) !== to.at(-1) && period.ok) {
        const pairing = pairingOf(from, to);
        if (pairing === undefined) {
          at(
            [...base, 'to'],
            `"${fact.from}" and "${fact.to}" are not paired in data/reference/pairings.json`,
            'check both places, or add the pairing with its source to data/reference/pairings.json',
          );
        } else {
          const startYear = Number((period.period.start ?? period.period.end).slice(0, 4));
          const endYear = Number(period.period.end.slice(0, 4));
          if (endYear < pairing.since || (pairing.until !== undefined && startYear > pairing.until)) {
            at(
              [...base, 'period'],
              `${pairing.id} was paired ${pairing.since}–${pairing.until ?? 'now'}, but the period is ${fact.period}`,
              'check the period, or the pairing dates in data/reference/pairings.json',
            );
          }
        }
      }
    });
  }
  checkPartOf(files, problems);
  return problems;
}

type At = (path: (string | number)[], message: string, fix: string) => void;

/** 互派/双向 in a quote: both directions together. */
const MUTUAL_WORDS = /互派|双向|雙向|互访|互訪|相互选派|相互選派/u;
/** 每县 in a quote: a per-county standard, not a total. */
const PER_UNIT_STANDARD = /每县|每縣|按每/u;
/** 县均 in a quote: a per-county average, not a total. */
const PER_UNIT_AVERAGE = /县均|縣均/u;
const CUMULATIVE = /累计|累計/u;

/**
 * The rules that keep a figure's direction, basis and period honest where the source's own words say what it
 * measures: a quote that says 互派 must be mutual (or say why not), 每县 is a standard, 县均 an average, and 累计
 * over a single year needs a note saying why that year is right.
 */
function checkWhatItMeasures(
  fact: LoadedCuratedFile['data']['facts'][number],
  base: (string | number)[],
  at: At,
): void {
  const quote = fact.evidence.quote;
  const metric = findMetric(fact.metric);
  if (fact.direction === 'mutual') {
    if (metric !== undefined && metric.family !== 'people' && fact.metric !== 'count.visits') {
      at(
        [...base, 'direction'],
        `"mutual" is for people sent both ways (互派) or visits both ways (互访), not for ${fact.metric}`,
        'remove "direction", or use a people metric',
      );
    }
    if (fact.jointFrom !== undefined || fact.jointTo !== undefined) {
      at([...base, 'direction'], 'a mutual figure names its two partners in "from" and "to"', 'use "from" and "to"');
    }
  } else if (MUTUAL_WORDS.test(quote) && fact.directionNote === undefined && metric?.family === 'people') {
    const word = MUTUAL_WORDS.exec(quote)?.[0] ?? '互派';
    at(
      [...base, 'direction'],
      `the quote says "${word}" (both directions together), but the fact is one way`,
      'set "direction": "mutual", or say in "directionNote" why this figure is one way',
    );
  }
  if (PER_UNIT_STANDARD.test(quote) && fact.basis !== 'standard' && fact.basis !== 'average') {
    at(
      [...base, 'basis'],
      `the quote says "${PER_UNIT_STANDARD.exec(quote)?.[0]}" (a per-unit standard), but the fact is a total`,
      'set "basis": "standard" (每县 N: an allocation rule, not a total)',
    );
  }
  if (PER_UNIT_AVERAGE.test(quote) && fact.expression !== '' && quoteBindsAverage(quote, fact.expression)) {
    if (fact.basis !== 'average') {
      at([...base, 'basis'], 'the quote gives this figure as 县均 (a per-county average)', 'set "basis": "average"');
    }
  }
  const period = parsePeriod(fact.period);
  if (
    CUMULATIVE.test(quote) &&
    period.ok &&
    period.period.wholeYear &&
    fact.periodNote === undefined &&
    fact.coverage === undefined
  ) {
    at(
      [...base, 'period'],
      `the quote says 累计 (cumulative), but the period is the single year ${fact.period}`,
      'write the cumulative period ("..2024-12" when the start is unknown, "2021..2024" when it is known), or say in "periodNote" why the one year is right (e.g. the clause begins "2021年,")',
    );
  }
}

/** Whether 县均 in the quote stands right before this expression ("县均5187万元", "县均投入5187万元"). */
function quoteBindsAverage(quote: string, expression: string): boolean {
  const i = quote.indexOf(expression);
  if (i < 0) return false;
  const before = quote.slice(Math.max(0, i - 6), i);
  return PER_UNIT_AVERAGE.test(before);
}

/** `partOf` names a known fact; a part of a figure of the same metric is a subset, never a second total. */
function checkPartOf(files: readonly LoadedCuratedFile[], problems: Problem[]): void {
  const metricOf = new Map<string, string>();
  for (const { data } of files) for (const f of data.facts) metricOf.set(f.id, f.metric);
  for (const { file, text, data } of files) {
    data.facts.forEach((fact, i) => {
      if (fact.partOf === undefined) return;
      const path = ['facts', i, 'partOf'];
      const wholeMetric = metricOf.get(fact.partOf);
      if (wholeMetric === undefined) {
        problems.push({
          file,
          ...locateJsonPath(text, path),
          path: formatJsonPath(path),
          message: `"partOf" names "${fact.partOf}", which is no curated fact`,
          fix: 'use the id of the fact this one is a part of, or remove "partOf"',
        });
      } else if (wholeMetric === fact.metric && fact.basis !== 'subset') {
        const basisPath = ['facts', i, 'partOf'];
        problems.push({
          file,
          ...locateJsonPath(text, basisPath),
          path: formatJsonPath(basisPath),
          message: `this fact is part of ${fact.partOf}, a figure of the same metric, so it is not a total`,
          fix: 'set "basis": "subset"',
        });
      }
    });
  }
}
