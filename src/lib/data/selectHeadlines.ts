import { disagree, hasDisagreement } from './findConflicts';
import { castsPeriodDoubt } from './periodDoubt';
import { placesKey } from './placesKey';
import { pushTo } from './pushTo';
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

/**
 * Whether a fact may be a headline: a total (never an average, a standard, a component or a subset) over a whole
 * period — a full year, a cumulative span, or a stock — never some months of a year, which stay beside the
 * full-year figure as an earlier release.
 */
export function isHeadlineCandidate(f: Pick<CompiledFact, 'basis' | 'coverage'>): boolean {
  return f.basis === 'total' && f.coverage !== 'part-year';
}

const QUALIFIER_RANK = { exact: 0, approx: 1, 'at-least': 2, 'at-most': 3 } as const;

/** The context a choice needs beyond the fact itself. */
export interface SourceInfo {
  readonly date: string;
  readonly confidence: 'high' | 'medium' | 'low';
}

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;

/** The steps of the choice, in order, with the words readers see for each. */
const STEPS = {
  candidate: '只有全时期的总数能作主要数字',
  cutOff: '截止时间更晚',
  coverage: '覆盖时期更长',
  confidence: '来源更可信',
  release: '发布更新',
  precision: '数字更精确',
  id: '其余条件都相同，按本站收录的顺序取其一',
  identical: '相同',
} as const;

/**
 * Orders two facts of the same group, best first. The rule, documented in data/README.md:
 * 0. a headline candidate (a total over a whole period) before anything else;
 * 1. the later cut-off (a full-year figure beats January–November of the same year);
 * 2. the earlier start (wider coverage);
 * 3. the more confident source; 4. the later publication (the newer release);
 * 5. the more precise qualifier (exact, 约, 多/余, 不到); 6. the fact id, so the choice is stable.
 * Outcomes and targets never compete: status is part of the group. `reason` is in Chinese.
 */
export function compareForHeadline(
  a: CompiledFact,
  b: CompiledFact,
  sources: ReadonlyMap<string, SourceInfo>,
): { order: number; reason: string } {
  const sa = sources.get(a.sourceId);
  const sb = sources.get(b.sourceId);
  // Each step is worked out only when the ones before it tie (sorting thousands of facts calls this often).
  const steps: [() => number, string][] = [
    [() => Number(isHeadlineCandidate(b)) - Number(isHeadlineCandidate(a)), STEPS.candidate],
    [() => b.periodEnd.localeCompare(a.periodEnd), STEPS.cutOff],
    [() => (a.periodStart ?? '0000').localeCompare(b.periodStart ?? '0000'), STEPS.coverage],
    [() => CONFIDENCE_RANK[sa?.confidence ?? 'low'] - CONFIDENCE_RANK[sb?.confidence ?? 'low'], STEPS.confidence],
    [() => (sb?.date ?? '').localeCompare(sa?.date ?? ''), STEPS.release],
    [() => QUALIFIER_RANK[a.qualifier] - QUALIFIER_RANK[b.qualifier], STEPS.precision],
    [() => a.id.localeCompare(b.id), STEPS.id],
  ];
  for (const [step, reason] of steps) {
    const order = step();
    if (order !== 0) return { order, reason };
  }
  return { order: 0, reason: STEPS.identical };
}

/**
 * The group a fact competes in: same metric, status, unit, direction, places and period key. Basis is not in the
 * key because only totals are candidates; non-totals never join a group (they are other measures).
 */
function groupKey(f: CompiledFact): string {
  return [f.metric, f.status, f.unit, f.measure ?? '', f.direction, placesKey(f), periodKey(f)].join('|');
}

/**
 * Why `best` was chosen over `runnerUp`, in a sentence a reader can check: 截止时间更晚：选用…，而非…. When both print
 * the same number under different periods (article 000's "2023年" 231.9亿元 is 光明日报's "截至11月底" figure), "而非
 * the same number" would read as nonsense and hide the doubt, so the sentence says the period itself is uncertain.
 */
function explain(best: CompiledFact, runnerUp: CompiledFact, step: string): string {
  if (castsPeriodDoubt(best, runnerUp)) {
    return `${step}：选用${best.labels.coverage}的${best.display}；另一来源把同一数字标为${runnerUp.labels.coverage}，所以它可能只截至${runnerUp.labels.coverage}`;
  }
  if (best.display === runnerUp.display && best.labels.coverage !== runnerUp.labels.coverage) {
    // A roster (`castsPeriodDoubt`): the same count over the round's first months agrees with the whole year.
    return `${step}：选用${best.labels.coverage}的${best.display}；${runnerUp.labels.coverage}已是同一人数（同一轮挂职干部）`;
  }
  return `${step}：选用${best.labels.coverage}的${best.display}，而非${runnerUp.labels.coverage}的${runnerUp.display}`;
}

/**
 * One headline per group of facts that say the same thing: same metric, status, unit, direction, places and period
 * key, and only where the group has a total over a whole period (`isHeadlineCandidate`). Nothing is ever added up;
 * the others stay as alternatives. Output order is stable (by group key).
 */
export function selectHeadlines(facts: readonly CompiledFact[], sources: ReadonlyMap<string, SourceInfo>): Headline[] {
  const groups = new Map<string, CompiledFact[]>();
  for (const fact of facts.filter((f) => f.basis === 'total')) {
    pushTo(groups, groupKey(fact), fact);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .filter(([, members]) => members.some(isHeadlineCandidate))
    .map(([, members]) => {
      const ranked = [...members].sort((a, b) => compareForHeadline(a, b, sources).order);
      const [best, ...rest] = ranked as [CompiledFact, ...CompiledFact[]];
      const runnerUp = rest[0];
      const conflict =
        hasDisagreement(best) ||
        rest.some((f) => f.period === best.period && f.sourceId !== best.sourceId && disagree(f.value, best.value));
      const headline: Headline = {
        metric: best.metric,
        status: best.status,
        ...(best.from === undefined ? {} : { from: best.from }),
        ...(best.to === undefined ? {} : { to: best.to }),
        ...(best.at === undefined ? {} : { at: best.at }),
        period: periodKey(best),
        periodLabel: best.periodLabel,
        factId: best.id,
        reason:
          runnerUp === undefined ? '' : explain(best, runnerUp, compareForHeadline(best, runnerUp, sources).reason),
        alternatives: rest.map((f) => f.id),
        conflict,
        periodInDoubt: rest.some((f) => castsPeriodDoubt(best, f)),
      };
      return headline;
    });
}
