import { metricRank } from '../model/metrics';
import type { CompiledFact, CompiledSource, FigureCard, Headline, PageCards } from './types';

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
    targets: ordered.filter((h) => h.status === 'target').map(card),
    emptyNote: outcomes.length === 0 ? options.emptyNote : '',
  };
}
