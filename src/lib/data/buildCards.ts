import { findMetric, metricRank } from '../model/metrics';
import type { CardGroup, CompiledFact, CompiledSource, FigureCard, Headline, PageCards } from './types';

/** Headlines in page order: by metric, then the newest period first. */
export function orderHeadlines(headlines: readonly Headline[]): Headline[] {
  return [...headlines].sort(
    (a, b) =>
      metricRank(a.metric) - metricRank(b.metric) ||
      b.period.localeCompare(a.period) ||
      a.factId.localeCompare(b.factId),
  );
}

/** The card for one headline: every word the page prints. */
export function buildCard(
  h: Headline,
  fact: CompiledFact,
  source: Pick<CompiledSource, 'outlet' | 'published'> | undefined,
): FigureCard {
  const tags: FigureCard['tags'][number][] = [];
  if (fact.direction === 'mutual' || fact.direction === 'west-to-east') {
    tags.push({ text: fact.labels.direction, kind: 'plain' });
  }
  if (fact.stage !== undefined && fact.stage !== 'signed') tags.push({ text: fact.labels.stage, kind: 'plain' });
  if (h.status === 'target') tags.push({ text: '目标，非完成数', kind: 'target' });
  if (h.conflict) tags.push({ text: '来源不一致', kind: 'conflict' });
  if (h.periodInDoubt) tags.push({ text: '时期存疑', kind: 'conflict' });
  const others = h.alternatives.length;
  return {
    factId: fact.id,
    metric: fact.metric,
    metricLabel: fact.measure === undefined ? fact.metricLabel : `${fact.metricLabel}（${fact.measure}）`,
    display: fact.display,
    period: fact.labels.coverage,
    places: fact.labels.places,
    tags,
    source: {
      href: `/source/${fact.sourceId}/#fact-${fact.id}`,
      text: source === undefined ? fact.sourceId : `${source.outlet}，${source.published.date}`,
    },
    note: others === 0 ? '' : `另有 ${others} 个同期数字。${h.reason}`,
  };
}

/**
 * A page's cards from its headlines, in page order. `latestOnly` keeps one card per metric and status (the newest
 * period), for the home page's national summary.
 */
export function buildPageCards(
  headlines: readonly Headline[],
  facts: ReadonlyMap<string, CompiledFact>,
  sources: ReadonlyMap<string, Pick<CompiledSource, 'outlet' | 'published'>>,
  options: { latestOnly?: readonly string[]; emptyNote: string },
): PageCards {
  let ordered = orderHeadlines(headlines);
  if (options.latestOnly !== undefined) {
    const keep = options.latestOnly;
    ordered = ordered
      .filter((h) => keep.includes(h.metric))
      .filter((h, i, all) => all.findIndex((o) => o.metric === h.metric && o.status === h.status) === i)
      .sort((a, b) => keep.indexOf(a.metric) - keep.indexOf(b.metric));
  }
  const card = (h: Headline): FigureCard => {
    const fact = facts.get(h.factId);
    if (fact === undefined) throw new Error(`buildPageCards: headline fact ${h.factId} is not in the facts`);
    return buildCard(h, fact, sources.get(fact.sourceId));
  };
  const outcomes = ordered.filter((h) => h.status === 'outcome').map(card);
  return {
    outcomes,
    groups: options.latestOnly === undefined ? groupCards(outcomes, facts) : [],
    targets: ordered.filter((h) => h.status === 'target').map(card),
    emptyNote: outcomes.length === 0 ? options.emptyNote : '',
  };
}

/** The anchor of a metric's section on a page: `funds.fiscal` → `metric-funds-fiscal`. */
export function metricAnchor(metric: string): string {
  return `metric-${metric.replace(/[^a-z0-9]+/gu, '-')}`;
}

/**
 * Cards by metric (the vocabulary's order), each group in time order: the period that ends first comes first, and of
 * two ending together the longer one (a cumulative span before the year it ends with).
 */
export function groupCards(cards: readonly FigureCard[], facts: ReadonlyMap<string, CompiledFact>): CardGroup[] {
  const end = (c: FigureCard): CompiledFact => {
    const fact = facts.get(c.factId);
    if (fact === undefined) throw new Error(`groupCards: card fact ${c.factId} is not in the facts`);
    return fact;
  };
  const metrics = [...new Set(cards.map((c) => c.metric))].sort((a, b) => metricRank(a) - metricRank(b));
  return metrics.map((metric) => ({
    metric,
    label: findMetric(metric)?.label ?? metric,
    anchor: metricAnchor(metric),
    cards: cards
      .filter((c) => c.metric === metric)
      .sort((a, b) => {
        const fa = end(a);
        const fb = end(b);
        return (
          fa.periodEnd.localeCompare(fb.periodEnd) ||
          (fa.periodStart ?? '').localeCompare(fb.periodStart ?? '') ||
          a.places.localeCompare(b.places, 'zh-CN') ||
          a.factId.localeCompare(b.factId)
        );
      }),
  }));
}
