import type { MetricId } from '../model/metrics';

/**
 * The metrics a pair or province chart draws, in panel order: the programme's money, people and jobs (the same
 * core as the coverage table, plus multi-party project funds). Counts of schools, visits and the like stay in the
 * fact tables.
 */
export const CHART_METRICS: readonly MetricId[] = [
  'funds.fiscal',
  'funds.social',
  'funds.investment',
  'funds.consumption',
  'funds.project',
  'people.cadres',
  'people.professionals',
  'labor.employed',
  'labor.transferred-east',
];
