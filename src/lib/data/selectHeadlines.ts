import { disagree } from './findConflicts';
import type { CompiledFact, Headline } from './types';

/**
 * The period key a fact is grouped under: figures inside one calendar year compete for that year (a full-year
 * figure and a "1–11月" figure of the same year are two releases of one number); anything longer keeps its own text.
 */
export function periodKey(fact: Pick<CompiledFact, 'period' | 'periodStart' | 'periodEnd'>): string {
  if (fact.periodStart !== undefined && fact.periodStart.slice(0, 4) === fact.periodEnd.slice(0, 4)) {
    return fact.periodEnd.slice(0, 4);
  }
  return fact.period;
}

const QUALIFIER_RANK = { exact: 0, approx: 1, 'at-least': 2, 'at-most': 3 } as const;

/** The context a choice needs beyond the fact itself. */
export interface SourceInfo {
  readonly date: string;
  readonly confidence: 'high' | 'medium' | 'low';
}

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * Orders two facts of the same group, best first. The rule, documented in data/README.md:
 * 1. the later cut-off (a full-year figure beats January–November of the same year);
 * 2. the earlier start (wider coverage);
 * 3. the more confident source; 4. the later publication (the newer release);
 * 5. the more precise qualifier (exact, 约, 多/余, 不到); 6. the fact id, so the choice is stable.
 * Outcomes and targets never compete: status is part of the group.
 */
export function compareForHeadline(
  a: CompiledFact,
  b: CompiledFact,
  sources: ReadonlyMap<string, SourceInfo>,
): { order: number; reason: string } {
  const sa = sources.get(a.sourceId);
  const sb = sources.get(b.sourceId);
  const steps: [number, string][] = [
    [b.periodEnd.localeCompare(a.periodEnd), 'later cut-off'],
    [(a.periodStart ?? '0000').localeCompare(b.periodStart ?? '0000'), 'wider coverage'],
    [CONFIDENCE_RANK[sa?.confidence ?? 'low'] - CONFIDENCE_RANK[sb?.confidence ?? 'low'], 'more confident source'],
    [(sb?.date ?? '').localeCompare(sa?.date ?? ''), 'newer release'],
    [QUALIFIER_RANK[a.qualifier] - QUALIFIER_RANK[b.qualifier], 'more precise figure'],
    [a.id.localeCompare(b.id), 'same standing; first by id'],
  ];
  for (const [order, reason] of steps) if (order !== 0) return { order, reason };
  return { order: 0, reason: 'identical' };
}

function groupKey(f: CompiledFact): string {
  return [f.metric, f.status, f.basis ?? 'total', f.unit, f.from ?? '', f.to ?? '', f.at ?? '', periodKey(f)].join('|');
}

/**
 * One headline per group of facts that say the same thing: same metric, status, unit, places and period key.
 * Nothing is ever added up; the others stay as alternatives. Output order is stable (by group key).
 */
export function selectHeadlines(facts: readonly CompiledFact[], sources: ReadonlyMap<string, SourceInfo>): Headline[] {
  const groups = new Map<string, CompiledFact[]>();
  for (const fact of facts) {
    const key = groupKey(fact);
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, members]) => {
      const ranked = [...members].sort((a, b) => compareForHeadline(a, b, sources).order);
      const [best, ...rest] = ranked as [CompiledFact, ...CompiledFact[]];
      const runnerUp = rest[0];
      const conflict = rest.some(
        (f) => f.period === best.period && f.sourceId !== best.sourceId && disagree(f.value, best.value),
      );
      const key = periodKey(best);
      const headline: Headline = {
        metric: best.metric,
        status: best.status,
        ...(best.basis === undefined ? {} : { basis: best.basis }),
        ...(best.from === undefined ? {} : { from: best.from }),
        ...(best.to === undefined ? {} : { to: best.to }),
        ...(best.at === undefined ? {} : { at: best.at }),
        period: key,
        periodLabel: best.periodLabel,
        factId: best.id,
        reason: runnerUp === undefined ? '' : compareForHeadline(best, runnerUp, sources).reason,
        alternatives: rest.map((f) => f.id),
        conflict,
      };
      return headline;
    });
}
