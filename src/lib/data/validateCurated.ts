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
  const firstFactId = new Map<string, string>();
  for (const { file, text, data } of files) {
    const at = (path: (string | number)[], message: string, fix: string): void => {
      problems.push({ file, ...locateJsonPath(text, path), path: formatJsonPath(path), message, fix });
    };
    data.facts.forEach((fact, i) => {
      const base: (string | number)[] = ['facts', i];
      const seen = firstFactId.get(fact.id);
      if (seen !== undefined) {
        at([...base, 'id'], `fact id "${fact.id}" is already used in ${seen}`, 'give this fact a new, unique id');
      } else {
        // file:line, so the editor can open the other use directly.
        firstFactId.set(fact.id, `${file}:${locateJsonPath(text, [...base, 'id']).line}`);
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
      if (from !== undefined && to !== undefined && from.at(-1) !== to.at(-1) && period.ok) {
        const pairing = findPairing(places.pairings, from, to);
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
  return problems;
}
