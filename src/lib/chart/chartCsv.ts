import { formatFactsCsv } from '../data/formatFactsCsv';
import type { CompiledSource } from '../data/types';
import type { FigureChart } from './types';

/** The CSV of exactly the figures a chart draws, in its order, with the site's facts columns. */
export function chartCsv(chart: FigureChart, sources: readonly CompiledSource[]): string {
  return formatFactsCsv(chart.facts, new Map(sources.map((s) => [s.id, s])));
}
