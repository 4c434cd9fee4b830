import type { CompiledFact } from './types';

/**
 * Metrics counted as a roster rather than a flow: a round of 挂职干部 is sent at its start and all in post within
 * months, so "155名…全部到岗" in July and "2021年…累计选派155名" for the year agree; the same count over a part of
 * the year and the whole of it is expected, not a sign that one period is wrong.
 */
const ROSTER_METRICS: ReadonlySet<string> = new Set(['people.cadres']);

type PeriodFields = Pick<CompiledFact, 'metric' | 'display' | 'labels' | 'periodStart' | 'periodEnd' | 'quote'>;

/** Both periods start in the same month and end in the same calendar year: one is the other's first months. */
function sameRoundOfOneYear(a: PeriodFields, b: PeriodFields): boolean {
  return (
    a.periodStart !== undefined &&
    a.periodStart === b.periodStart &&
    a.periodEnd.slice(0, 4) === a.periodStart.slice(0, 4) &&
    b.periodEnd.slice(0, 4) === a.periodStart.slice(0, 4)
  );
}

/**
 * Whether `other`, a fact of the same metric and places, makes the period of `fact` doubtful: it prints the same
 * number under another period (article 000's "2023年" 231.9亿元 is 光明日报's "截至11月底" figure) — unless the
 * metric is a roster, the two periods are the same round's months within one year, and the two say it in different
 * sentences. The same sentence under two periods (全国 互派干部3045人, in 光明日报 and in article 000) is one release
 * whose period is unsure, whatever the metric.
 */
export function castsPeriodDoubt(fact: PeriodFields, other: PeriodFields): boolean {
  if (fact.display !== other.display || fact.labels.coverage === other.labels.coverage) return false;
  return !(ROSTER_METRICS.has(fact.metric) && sameRoundOfOneYear(fact, other) && fact.quote !== other.quote);
}
