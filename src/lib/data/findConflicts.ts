import { KEY_METRICS } from '../model/metrics';
import { placesKey } from './placesKey';
import type { CompiledFact, FactConflict } from './types';

/** Values this close are the same figure rounded differently (52.788亿元 and 52.8亿元), not a conflict. */
const ROUNDING = 0.005;

/** Whether two values differ by more than rounding. */
export function disagree(a: number, b: number): boolean {
  return Math.abs(a - b) > ROUNDING * Math.max(Math.abs(a), Math.abs(b));
}

/** What two facts must share to be the same measure: everything the model says a figure measures. */
export function measureKey(f: CompiledFact): string {
  return [f.metric, f.status, f.basis, f.stage ?? '', f.measure ?? '', f.direction, f.unit, placesKey(f)].join('|');
}

/**
 * Metrics whose figure for a place is the programme's whole for that place, so a part (a county, some months)
 * cannot exceed it. Counts of assorted things (training sessions, people trained, other counts) often name one
 * programme among several, so a smaller "whole" there is no contradiction.
 */
const WHOLE_METRICS: ReadonlySet<string> = new Set([...KEY_METRICS, 'count.enterprises', 'count.parks']);

/** Where a place sits: the place and the places containing it (a place index answers this). */
export interface AncestorLookup {
  placeAncestors(id: string): readonly string[] | undefined;
}

/** Whether every place of `part` lies inside the matching place (or joint places) of `whole`. */
function placesWithin(part: CompiledFact, whole: CompiledFact, places: AncestorLookup): boolean {
  const inside = (id: string | undefined, one: string | undefined, joint: readonly string[] | undefined): boolean => {
    const outer = one === undefined ? joint : [one];
    if (outer === undefined) return id === undefined;
    if (id === undefined) return false;
    const chain = places.placeAncestors(id) ?? [id];
    return outer.some((o) => o === 'national' || chain.includes(o));
  };
  if (part.jointFrom !== undefined || part.jointTo !== undefined) return false;
  return (
    inside(part.from, whole.from, whole.jointFrom) &&
    inside(part.to, whole.to, whole.jointTo) &&
    inside(part.at, whole.at, undefined)
  );
}

/** Whether the part's period lies inside the whole's (an unknown start contains any start). */
function periodWithin(part: CompiledFact, whole: CompiledFact): boolean {
  if (part.periodEnd > whole.periodEnd) return false;
  if (whole.periodStart === undefined) return true;
  return part.periodStart !== undefined && part.periodStart >= whole.periodStart;
}

/**
 * Whether a fact disagrees with another source (`different-value`, `part-exceeds-whole`): what headlines, cards,
 * map arcs and coverage cells flag as 来源不一致. A value repeated for another period (`same-value-other-period`) is
 * no disagreement; it is listed with the fact wherever the fact is shown in full (facts tables), not on summaries.
 */
export function hasDisagreement(f: CompiledFact): boolean {
  return (f.conflicts ?? []).some((c) => c.kind !== 'same-value-other-period');
}

/** Significant digits a figure needs before an identical value in another period is more than a coincidence. */
const DISTINCTIVE_DIGITS = 4;

/** How many significant digits an integer value has (3818000000 → 4: 38.18亿). */
function significantDigits(value: number): number {
  return String(Math.round(Math.abs(value))).replace(/0+$/, '').length;
}

/**
 * Pairs of facts from two sources that give the very same precise value for the same measure in different periods
 * (沪滇 38.18亿元 for 2022年1—7月 and again for 2024年1—6月), whatever stage each names: one release may have reused an
 * older figure. Round values
 * (100亿元, 200名) repeat by chance, so only values with at least four significant digits count.
 */
function repeatedFigures(facts: readonly CompiledFact[]): [CompiledFact, CompiledFact][] {
  const byMeasure = new Map<string, CompiledFact[]>();
  for (const f of facts) {
    if (f.status !== 'outcome' || significantDigits(f.value) < DISTINCTIVE_DIGITS) continue;
    // The stage is left out: a release that reuses a figure may call the money 投入 where the other says 到位.
    const { stage: _stage, ...unstaged } = f;
    const key = `${measureKey(unstaged)}|${f.value}`;
    byMeasure.set(key, [...(byMeasure.get(key) ?? []), f]);
  }
  const pairs: [CompiledFact, CompiledFact][] = [];
  for (const members of byMeasure.values()) {
    members.forEach((a, i) => {
      for (const b of members.slice(i + 1)) {
        if (a.sourceId !== b.sourceId && a.period !== b.period) pairs.push([a, b]);
      }
    });
  }
  return pairs;
}

/**
 * The disagreements the build shows beside each figure (data/README.md, rule 6):
 * - `different-value`: other sources give a different value for exactly the same measure (metric, status, basis,
 *   stage, direction, unit, places) and period;
 * - `part-exceeds-whole`: a total is larger than a total of the same measure whose places and period contain it
 *   (粤桂 73.85万 for 1—9月 against 广东→桂黔 40.7万 for 1—11月). A whole written as a lower bound (多, 以上) is
 *   never exceeded;
 * - `same-value-other-period`: another source gives the same precise value for the same measure but another period
 *   (a figure reused in a later release, or a coincidence the reader should know about).
 * Conflicts are kept and shown, never resolved silently.
 */
export function findConflicts(facts: readonly CompiledFact[], places: AncestorLookup): Map<string, FactConflict[]> {
  const conflicts = new Map<string, FactConflict[]>();
  const add = (id: string, c: FactConflict): void => {
    conflicts.set(id, [...(conflicts.get(id) ?? []), c]);
  };
  const groups = new Map<string, CompiledFact[]>();
  for (const f of facts) {
    const key = `${measureKey(f)}|${f.period}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const members of groups.values()) {
    for (const a of members) {
      for (const b of members) {
        if (b.sourceId !== a.sourceId && disagree(a.value, b.value)) {
          add(a.id, { kind: 'different-value', factId: b.id, text: `另一来源为${b.display}（${b.labels.coverage}）` });
        }
      }
    }
  }
  const totals = facts.filter((f) => f.basis === 'total' && WHOLE_METRICS.has(f.metric));
  for (const part of totals) {
    for (const whole of totals) {
      if (part === whole || part.metric !== whole.metric || part.unit !== whole.unit) continue;
      if (part.status !== whole.status || whole.qualifier === 'at-least') continue;
      if (part.direction !== whole.direction || part.measure !== whole.measure) continue;
      const samePlaces = measureKey(part) === measureKey(whole);
      const samePeriod = part.period === whole.period;
      if (samePlaces && samePeriod) continue;
      if (!placesWithin(part, whole, places) || !periodWithin(part, whole)) continue;
      if (part.value > whole.value && disagree(part.value, whole.value)) {
        add(part.id, {
          kind: 'part-exceeds-whole',
          factId: whole.id,
          text: `大于包含它的数字${whole.display}（${whole.labels.places}，${whole.labels.coverage}）`,
        });
        add(whole.id, {
          kind: 'part-exceeds-whole',
          factId: part.id,
          text: `小于它所包含的数字${part.display}（${part.labels.places}，${part.labels.coverage}）`,
        });
      }
    }
  }
  for (const [a, b] of repeatedFigures(facts)) {
    add(a.id, {
      kind: 'same-value-other-period',
      factId: b.id,
      text: `另一来源给${b.labels.coverage}的数字也是${b.display}`,
    });
    add(b.id, {
      kind: 'same-value-other-period',
      factId: a.id,
      text: `另一来源给${a.labels.coverage}的数字也是${a.display}`,
    });
  }
  for (const list of conflicts.values()) list.sort((x, y) => x.factId.localeCompare(y.factId));
  return conflicts;
}
