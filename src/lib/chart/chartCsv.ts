import type { PlaceNames } from '../data/buildDatasets';
import { formatFactsCsv } from '../data/formatFactsCsv';
import type { CompiledSource } from '../data/types';
import { SITE_ORIGIN } from '../publish/siteOrigin';
import type { FigureChart } from './types';

/** The CSV of exactly the figures a chart draws, in its order, with the site's facts columns (in its language). */
export function chartCsv(chart: FigureChart, sources: readonly CompiledSource[], places: PlaceNames = {}): string {
  const context = { sources: new Map(sources.map((s) => [s.id, s])), places, site: SITE_ORIGIN };
  return formatFactsCsv(chart.facts, chart.lang === undefined ? context : { ...context, lang: chart.lang });
}
