import { KEY_METRICS } from '../model/metrics';
import { placesKey } from './placesKey';
import { pushTo } from './pushTo';
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

/** Whether a place (`id`, or none) lies inside the side `one` or `joint` of a whole ("national" holds every place). */
function sideWithin(
  id: string | undefined,
  one: string | undefined,
  joint: readonly string[] | undefined,
  places: AncestorLookup,
): boolean {
  const outer = one === undefined ? joint : [one];
  if (outer === undefined) return id === undefined;
  if (id === undefined) return false;
  const chain = places.placeAncestors(id) ?? [id];
  return outer.some((o) => o === 'national' || chain.includes(o));
}

/** Whether every place of `part` lies inside the matching place (or joint places) of `whole`. */
function placesWithin(part: CompiledFact, whole: CompiledFact, places: AncestorLookup): boolean {
  if (part.jointFrom !== undefined || part.jointTo !== undefined) return false;
  return (
    sideWithin(part.from, whole.from, whole.jointFrom, places) &&
    sideWithin(part.to, whole.to, whole.jointTo, places) &&
    sideWithin(part.at, whole.at, undefined, places)
  );
}

/** What a side of a fact may be matched on in the index: its place, its joint places, or "no place". */
const NO_PLACE = '\u0000';
const sideTokens = (one: string | undefined, joint: readonly string[] | undefined): readonly string[] =>
  one !== undefined ? [one] : (joint ?? [NO_PLACE]);

/** A whole in the index, with what the first, cheap tests read (fact objects come in many shapes; these in one). */
interface IndexedWhole {
  readonly fact: CompiledFact;
  /** Its position among the totals: matches are reported in that order. */
  readonly order: number;
  readonly value: number;
  readonly periodEnd: string;
  readonly periodStart: string | undefined;
}

/**
 * The totals that could be wholes of a part, indexed by what they must share with it (metric, unit, status,
 * direction, measure) and by their places, each list sorted by value. A part looks up only the place combinations
 * that can contain its own (each of its places or one containing it, or "national") and, in each, only the wholes
 * smaller than itself; `keep` still decides. Checking every total against every other was quadratic: 10,000 facts
 * took minutes.
 */
function indexWholes(totals: readonly CompiledFact[]): {
  /** The wholes smaller than `part` that may contain it, in the order of `totals` (each once), that `keep` accepts. */
  containing(part: CompiledFact, places: AncestorLookup, keep: (whole: CompiledFact) => boolean): CompiledFact[];
} {
  const shared = (f: CompiledFact): string => JSON.stringify([f.metric, f.unit, f.status, f.direction, f.measure]);
  const index = new Map<string, IndexedWhole[]>();
  totals.forEach((fact, order) => {
    if (fact.qualifier === 'at-least') return;
    const { value, periodEnd, periodStart } = fact;
    const entry: IndexedWhole = { fact, order, value, periodEnd, periodStart };
    for (const from of sideTokens(fact.from, fact.jointFrom)) {
      for (const to of sideTokens(fact.to, fact.jointTo)) {
        pushTo(index, `${shared(fact)}|${from}|${to}|${fact.at ?? NO_PLACE}`, entry);
      }
    }
  });
  for (const list of index.values()) list.sort((a, b) => a.value - b.value);
  const candidates = (id: string | undefined, places: AncestorLookup): readonly string[] =>
    id === undefined ? [NO_PLACE] : [...new Set([...(places.placeAncestors(id) ?? [id]), 'national'])];
  return {
    containing(part, places, keep) {
      if (part.jointFrom !== undefined || part.jointTo !== undefined) return [];
      const kept = new Map<CompiledFact, number>();
      const key = shared(part);
      for (const from of candidates(part.from, places)) {
        for (const to of candidates(part.to, places)) {
          for (const at of candidates(part.at, places)) {
            const list = index.get(`${key}|${from}|${to}|${at}`) ?? [];
            // Only a smaller whole can be exceeded: the entries before the first one not below the part's value.
            const end = firstAtLeast(list, part.value);
            for (let i = 0; i < end; i++) {
              const whole = list[i] as IndexedWhole;
              // Two cheap tests `keep` would make anyway, on the compact entry, before the fact itself is read.
              if (!disagree(part.value, whole.value) || !periodWithin(part, whole)) continue;
              if (!kept.has(whole.fact) && keep(whole.fact)) kept.set(whole.fact, whole.order);
            }
          }
        }
      }
      return [...kept].sort((a, b) => a[1] - b[1]).map(([fact]) => fact);
    },
  };
}

/** The index of the first entry whose value is not below `value`, in a list sorted by value (binary search). */
function firstAtLeast(list: readonly IndexedWhole[], value: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as IndexedWhole).value < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A period's bounds (`YYYY-MM`); no start: unknown. */
interface PeriodBounds {
  readonly periodEnd: string;
  readonly periodStart?: string | undefined;
}

/** Whether the part's period lies inside the whole's (an unknown start contains any start). */
function periodWithin(part: PeriodBounds, whole: PeriodBounds): boolean {
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
    pushTo(byMeasure, key, f);
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
    const list = conflicts.get(id);
    if (list === undefined) conflicts.set(id, [c]);
    else list.push(c);
  };
  const keyOf = new Map<CompiledFact, string>(facts.map((f) => [f, measureKey(f)]));
  const groups = new Map<string, CompiledFact[]>();
  for (const f of facts) pushTo(groups, `${keyOf.get(f)}|${f.period}`, f);
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
  const wholes = indexWholes(totals);
  for (const part of totals) {
    const exceeds = (whole: CompiledFact): boolean => {
      if (part === whole || part.value <= whole.value || !disagree(part.value, whole.value)) return false;
      if (part.metric !== whole.metric || part.unit !== whole.unit) return false;
      if (part.status !== whole.status || whole.qualifier === 'at-least') return false;
      if (part.direction !== whole.direction || part.measure !== whole.measure) return false;
      if (keyOf.get(part) === keyOf.get(whole) && part.period === whole.period) return false;
      return placesWithin(part, whole, places) && periodWithin(part, whole);
    };
    // Only the wholes whose places can contain the part's (the index), in the order of `totals` as before.
    for (const whole of wholes.containing(part, places, exceeds)) {
      add(part.id, {
        kind: 'part-exceeds-whole',
        factId: whole.id,
        // A colon, not brackets: a labour figure's places have brackets of their own (广西（广东协作）).
        text: `大于包含它的数字${whole.display}：${whole.labels.places}，${whole.labels.coverage}`,
      });
      add(whole.id, {
        kind: 'part-exceeds-whole',
        factId: part.id,
        text: `小于它所包含的数字${part.display}：${part.labels.places}，${part.labels.coverage}`,
      });
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
