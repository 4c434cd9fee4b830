import type { Period } from './parsePeriod';

function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/**
 * A period in Chinese for the site: 2023年, 2023年1—9月, 2021—2023年, 2021年1月—2023年9月, 截至2023年10月.
 */
export function formatPeriod(period: Period): string {
  const { start, end } = period;
  if (start === undefined) return `截至${monthLabel(end)}`;
  const startYear = start.slice(0, 4);
  const endYear = end.slice(0, 4);
  const wholeYears = start.endsWith('-01') && end.endsWith('-12');
  if (period.wholeYear) return `${startYear}年`;
  if (start === end) return monthLabel(start);
  if (wholeYears) return `${startYear}—${endYear}年`;
  if (period.withinOneYear) return `${startYear}年${Number(start.slice(5))}—${Number(end.slice(5))}月`;
  return `${monthLabel(start)}—${monthLabel(end)}`;
}
