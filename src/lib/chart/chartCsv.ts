import type { PlaceNames } from '../data/buildDatasets';
import { formatFactsCsv } from '../data/formatFactsCsv';
import type { CompiledSource } from '../data/types';
import { SITE_ORIGIN } from '../publish/siteOrigin';
import type { FigureChart } from './types';

/** The CSV of exactly the figures a chart draws, in its order, with the site's facts columns. */
export function chartCsv(chart: FigureChart, sources: readonly CompiledSource[], places: PlaceNames = {}): string {
  return formatFactsCsv(chart.facts, { sources: new Map(sources.map((s) => [s.id, s])), places, site: SITE_ORIGIN });
}
