import { KEY_METRICS, type MetricId } from '../model/metrics';
import { metricAnchor } from './buildCards';
import type { FigureCard, Headline, PageCards, PageSummary, SummaryFigure } from './types';

const KEY: readonly string[] = KEY_METRICS;
const CALENDAR_YEAR = /^\d{4}$/u;

/**
 * The summary at the top of a province or pair page, from the headlines and cards the build already chose: for each
 * key metric, each calendar year's headline figures (a year's headline is a full-year total), newest year first.
 * Places are written only when the page's figures flow between more than one pair of places.
 */
export function buildPageSummary(headlines: readonly Headline[], cards: PageCards): PageSummary {
  const cardOf = new Map<string, FigureCard>(cards.outcomes.map((c) => [c.factId, c]));
  const yearly = headlines.filter(
    (h) => h.status === 'outcome' && KEY.includes(h.metric) && CALENDAR_YEAR.test(h.period) && cardOf.has(h.factId),
  );
  // Compared by the figures' ends, not their words: 甘肃（山东协作） and 山东 → 甘肃 are the same two places.
  const showPlaces = new Set(yearly.map((h) => [h.from, h.to, h.at].join('|'))).size > 1;
  const figure = (h: Headline): SummaryFigure => {
    const card = cardOf.get(h.factId) as FigureCard;
    return {
      factId: card.factId,
      display: card.display,
      places: showPlaces ? card.places : '',
      tags: card.tags.map((t) => (t.kind === 'conflict' ? '来源不一致' : t.text)),
    };
  };
  const metrics = KEY_METRICS.filter((m) => yearly.some((h) => h.metric === m));
  return {
    rows: metrics.map((metric: MetricId) => {
      const ofMetric = yearly.filter((h) => h.metric === metric);
      const years = [...new Set(ofMetric.map((h) => h.period))].sort((a, b) => b.localeCompare(a));
      const group = cards.groups.find((g) => g.metric === metric);
      return {
        metric,
        label: group?.label ?? metric,
        anchor: metricAnchor(metric),
        years: years.map((year) => ({
          year,
          figures: ofMetric
            .filter((h) => h.period === year)
            .map(figure)
            .sort((a, b) => a.places.localeCompare(b.places, 'zh')),
        })),
      };
    }),
  };
}
