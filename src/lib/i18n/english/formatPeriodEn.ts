/**
 * Periods in English: 2023年 → 2023, 2023年1—11月 → Jan–Nov 2023, 2021—2024年 → 2021–2024, 截至2023年10月 → up to
 * Oct 2023; with coverage: 2021—2024年累计 → "2021–2024, cumulative", 2023年全年 → "2023, full year".
 */
import type { Coverage } from '../../model/figureMeasure';
import type { Period } from '../../period/parsePeriod';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `2023-05` → May 2023. */
function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

/** A period as the Chinese `formatPeriod` has it, in English (an en dash between the ends). */
export function formatPeriodEn(period: Pick<Period, 'start' | 'end' | 'withinOneYear' | 'wholeYear'>): string {
  const { start, end } = period;
  if (start === undefined) return `up to ${monthLabel(end)}`;
  const startYear = start.slice(0, 4);
  const endYear = end.slice(0, 4);
  if (period.wholeYear) return startYear;
  if (start === end) return monthLabel(start);
  if (start.endsWith('-01') && end.endsWith('-12')) return `${startYear}–${endYear}`;
  if (period.withinOneYear)
    return `${MONTHS[Number(start.slice(5)) - 1]}–${MONTHS[Number(end.slice(5)) - 1]} ${startYear}`;
  return `${monthLabel(start)}–${monthLabel(end)}`;
}

/**
 * The period as a reader needs it to compare (the Chinese `coverageLabel`): "2023, full year", "Jan–Sep 2023",
 * "2021–2023, cumulative", "cumulative up to Nov 2023", "standing at Jan 2024".
 */
export function coverageLabelEn(coverage: Coverage, periodLabel: string): string {
  switch (coverage) {
    case 'full-year':
      return `${periodLabel}, full year`;
    case 'part-year':
      return periodLabel;
    case 'multi-year':
      return `${periodLabel}, cumulative`;
    case 'to-date':
      return `cumulative ${periodLabel}`;
    case 'stock':
      return `standing at ${periodLabel.replace(/^up to /u, '')}`;
  }
}
