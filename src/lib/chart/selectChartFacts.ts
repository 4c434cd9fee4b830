import type { CompiledFact, Headline } from '../data/types';
import { CHART_METRICS } from './chartMetrics';

const LEVEL_ORDER: readonly CompiledFact['level'][] = ['national', 'province', 'prefecture', 'county', 'district'];

function charted(f: CompiledFact): boolean {
  // Per-unit averages (县均) are never drawn beside totals.
  return CHART_METRICS.includes(f.metric) && f.basis === 'total' && f.coverage !== 'part-year';
}

/**
 * The facts a pair's or a province's chart draws, taken from its generated dataset (never re-derived): the
 * headline figures of the chart metrics. A dataset with no such headline (a pair known only through its cities)
 * falls back to its facts at the widest level it has (`belowSubject`: the bars then name their places).
 */
export function selectChartFacts(dataset: {
  readonly headlines: readonly Headline[];
  readonly facts: readonly CompiledFact[];
}): { facts: CompiledFact[]; belowSubject: boolean } {
  const byId = new Map(dataset.facts.map((f) => [f.id, f]));
  const headlineFacts = dataset.headlines
    .map((h) => byId.get(h.factId))
    .filter((f): f is CompiledFact => f !== undefined && charted(f));
  if (headlineFacts.length > 0) return { facts: headlineFacts, belowSubject: false };
  const candidates = dataset.facts.filter(charted);
  const level = LEVEL_ORDER.find((l) => candidates.some((f) => f.level === l));
  return { facts: candidates.filter((f) => f.level === level), belowSubject: true };
}
