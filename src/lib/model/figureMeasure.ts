/**
 * What a figure measures, beyond its value: which way it flows, what part of time it covers and what kind of
 * number it is. These three decide what may be compared (data/README.md, "What a figure measures"): only totals
 * of the same coverage share a headline, a map layer or a width scale. Pure; the words are the ones readers see.
 */
import type { Period } from '../period/parsePeriod';

/** Which way a flow goes. `none`: a figure about one place (`at`), which has no direction. */
export type FlowDirection = 'east-to-west' | 'west-to-east' | 'mutual' | 'none';

/**
 * What part of time a figure covers. `full-year`: one whole calendar year. `part-year`: some months of one year
 * (1—9月). `multi-year`: cumulative over a span with a known start (2021—2023年). `to-date`: cumulative up to a
 * cut-off, start not known (截至2023年11月). `stock`: the number standing at a date (目前).
 */
export type Coverage = 'full-year' | 'part-year' | 'multi-year' | 'to-date' | 'stock';

/**
 * What kind of number it is: a `total` for the places and period, a per-unit `average` (县均), a per-unit
 * `standard` (每县…), a `component` of a larger total (省级部分), or a `subset` of a larger group (其中).
 */
export type Basis = 'total' | 'average' | 'standard' | 'component' | 'subset';

/** The stage money or projects are reported at, where the source says so. */
export type Stage = 'allocated' | 'arrived' | 'used' | 'signed';

/** The coverage of a period; a curated `stock` marker wins over the period's shape. */
export function coverageOf(period: Period, curated: 'stock' | undefined): Coverage {
  if (curated === 'stock') return 'stock';
  if (period.start === undefined) return 'to-date';
  if (period.wholeYear) return 'full-year';
  if (period.withinOneYear) return 'part-year';
  return 'multi-year';
}

/**
 * The direction of a flow from the programme roles of its ends (east gives, west receives). A mutual curated
 * figure stays mutual; a figure with only one end takes its direction from that end.
 */
export function directionOf(
  curated: 'mutual' | undefined,
  fromRole: 'east' | 'west' | 'none' | undefined,
  toRole: 'east' | 'west' | 'none' | undefined,
): FlowDirection {
  if (curated === 'mutual') return 'mutual';
  if (fromRole === undefined && toRole === undefined) return 'none';
  if (fromRole === 'west' || toRole === 'east') return 'west-to-east';
  return 'east-to-west';
}

/**
 * True for a labour figure counted in the west with the east's help (workers helped into jobs, near home or
 * anywhere): its places are written as the place the workers are in, with its partner — 陕西（江苏协作）, not
 * 江苏 → 陕西, which reads as workers going from Jiangsu to Shaanxi. Workers who go east keep their arrow.
 */
export function workersInHelpedPlace(metric: string, direction: FlowDirection): boolean {
  return metric.startsWith('labor.') && direction === 'east-to-west';
}

export const DIRECTION_LABEL: Record<FlowDirection, string> = {
  'east-to-west': '东部→西部',
  'west-to-east': '西部→东部',
  mutual: '互派（双向合计）',
  none: '',
};

/** Short words for a basis other than a total; a total needs none. */
export const BASIS_LABEL: Record<Basis, string> = {
  total: '',
  average: '平均数，非总数',
  standard: '每单位标准，非总数',
  component: '组成部分，非总数',
  subset: '其中一部分，非总数',
};

export const STAGE_LABEL: Record<Stage, string> = {
  allocated: '安排',
  arrived: '到位',
  used: '使用',
  signed: '签约（目标）',
};

/**
 * The period as a reader needs it to compare: 2023年全年, 2023年1—9月, 2021—2023年累计, 截至2023年11月累计,
 * 2024年1月时的存量. `periodLabel` is `formatPeriod`'s text for the same period.
 */
export function coverageLabel(coverage: Coverage, periodLabel: string): string {
  switch (coverage) {
    case 'full-year':
      return `${periodLabel}全年`;
    case 'part-year':
      return periodLabel;
    case 'multi-year':
      return `${periodLabel}累计`;
    case 'to-date':
      return `${periodLabel}累计`;
    case 'stock':
      return `${periodLabel.replace(/^截至/, '')}时的存量`;
  }
}
