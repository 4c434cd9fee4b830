import { formatCsvRows } from '../csv/formatCsvCell';
import type { CompiledFact, CompiledSource } from './types';

/** Column names and meanings of every facts CSV; the data page shows this list. */
export const CSV_COLUMNS = [
  ['fact_id', 'stable id of the fact'],
  ['metric', 'metric id from the vocabulary (content/README.md)'],
  ['metric_label', 'metric in Chinese'],
  ['value', 'value in base units (yuan, persons, person-times, count)'],
  ['unit', 'yuan | usd | person | person-time | count | mu | sqm | tonne'],
  ['expression', 'the figure as the source writes it'],
  ['qualifier', 'exact | approx (约/近/左右) | at-least (多/余/超过/以上) | at-most (不到)'],
  ['status', 'outcome, or target (agreement or plan, not delivered)'],
  ['from', 'place the flow comes from (giver, sender, workers’ home for transfers)'],
  ['to', 'place the flow goes to'],
  ['at', 'place a figure without direction is about; national = all of China'],
  ['level', 'national | province | prefecture | county | district'],
  ['period', 'period as curated: 2023, 2021..2023, 2021-01..2023-09, ..2023-10'],
  ['period_label', 'period in Chinese'],
  ['source_id', 'id of the source'],
  ['source_title', 'title of the source'],
  ['source_outlet', 'outlet that published it'],
  ['source_date', 'publication date (YYYY-MM-DD)'],
  ['quote', 'the clause of the source that holds the figure'],
  ['note', 'curator’s note'],
  [
    'direction',
    'east-to-west | west-to-east | mutual (互派: both directions together) | none (a figure about one place)',
  ],
  [
    'coverage',
    'full-year | part-year (some months) | multi-year (cumulative, start known) | to-date (cumulative, start unknown) | stock (at a date)',
  ],
  ['basis', 'total | average (县均) | standard (每县…) | component (a share of a larger total) | subset (其中…)'],
  ['joint', 'several places covered together by this one figure (never split), separated by +'],
] as const;

/**
 * Facts as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese text correctly). Cells that start like a
 * spreadsheet formula are neutralised (see `formatCsvCell`).
 */
export function formatFactsCsv(facts: readonly CompiledFact[], sources: ReadonlyMap<string, CompiledSource>): string {
  const rows = facts.map((f) => {
    const s = sources.get(f.sourceId);
    return {
      fact_id: f.id,
      metric: f.metric,
      metric_label: f.metricLabel,
      value: String(f.value),
      unit: f.unit,
      expression: f.expression,
      qualifier: f.qualifier,
      status: f.status,
      from: f.from ?? '',
      to: f.to ?? '',
      at: f.at ?? '',
      level: f.level,
      period: f.period,
      period_label: f.periodLabel,
      source_id: f.sourceId,
      source_title: s?.title ?? '',
      source_outlet: s?.outlet ?? '',
      source_date: s?.published.date ?? '',
      quote: f.quote,
      note: f.note ?? '',
      direction: f.direction,
      coverage: f.coverage,
      basis: f.basis,
      joint: [...(f.jointFrom ?? []), ...(f.jointTo ?? [])].join('+'),
    };
  });
  const columns = CSV_COLUMNS.map(([name]) => name);
  return `\uFEFF${formatCsvRows([columns, ...rows.map((row) => columns.map((c) => row[c]))])}\n`;
}
