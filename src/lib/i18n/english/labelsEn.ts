/**
 * English words for the typed fields of a figure: metric, unit, qualifier, direction, basis, stage, status. Each
 * table is a `Record` over its type, so a new metric or unit without English is a type error.
 */
import type { Basis, FlowDirection, Stage } from '../../model/figureMeasure';
import type { MapMetric, MetricId, Unit } from '../../model/metrics';
import type { Qualifier } from '../../schema/curatedFile';

export const METRIC_LABEL_EN: Readonly<Record<MetricId, string>> = {
  'funds.fiscal': 'Fiscal aid',
  'funds.social': 'Social assistance (donations in cash and kind)',
  'funds.investment': 'Business investment brought in (arrived)',
  'funds.consumption': 'Consumption assistance (produce bought and sold)',
  'funds.project': 'Project spending (all sources)',
  'people.cadres': 'Party and government cadres',
  'people.professionals': 'Professionals and technical staff',
  'people.teachers': 'Teachers on assignment',
  'people.medics': 'Medical staff',
  'people.village-secretaries': 'Village Party secretaries (on secondment)',
  'people.cadres-and-professionals': 'Cadres and professionals (combined)',
  'people.trained': 'People trained',
  'labor.employed': 'Rural workers helped into jobs',
  'labor.employed-poor': 'Of whom: people lifted out of poverty, helped into jobs',
  'labor.transferred-east': 'Workers placed in jobs in the east',
  'labor.local': 'Workers employed near home',
  'count.enterprises': 'Enterprises brought in',
  'count.projects': 'Cooperation projects',
  'count.parks': 'Industrial parks built together',
  'count.workshops': 'Assistance workshops',
  'count.villages': 'Model villages (rural revitalization)',
  'count.paired-schools': 'Paired schools',
  'count.paired-hospitals': 'Paired hospitals',
  'count.paired-units': 'Other pairings (townships, villages, firms, organizations)',
  'count.training-sessions': 'Training courses (sessions)',
  'count.jobs': 'Jobs offered',
  'count.visits': 'Visits, meetings and exchanges',
  'count.agreements': 'Agreements signed',
  'count.output': 'Output, sales and exports',
  'count.other': 'Other quantities (area, output, etc.)',
};

/** The three map layers' names and the unit of their key (the Chinese key's 亿元, 人, 万人). */
export const MAP_METRIC_EN: Readonly<Record<MapMetric, { label: string; unitLabel: string }>> = {
  funds: { label: 'Fiscal aid', unitLabel: 'billion yuan' },
  cadres: { label: 'Party and government cadres', unitLabel: 'people' },
  labor: { label: 'Rural workers helped into jobs', unitLabel: 'thousand people' },
};

/**
 * Unit words after a number, singular and plural. 人 is "people"; 人次 is "person-times", a count of visits or
 * trips, never added to people. `count` has no word: the metric's name says what is counted.
 */
export const UNIT_EN: Readonly<Record<Unit, { one: string; many: string }>> = {
  yuan: { one: 'yuan', many: 'yuan' },
  usd: { one: 'US dollar', many: 'US dollars' },
  person: { one: 'person', many: 'people' },
  'person-time': { one: 'person-time', many: 'person-times' },
  count: { one: '', many: '' },
  mu: { one: 'mu', many: 'mu' },
  sqm: { one: 'square metre', many: 'square metres' },
  tonne: { one: 'tonne', many: 'tonnes' },
};

/** The qualifier in words for tables and tooltips (the Chinese QUALIFIER_LABEL). */
export const QUALIFIER_LABEL_EN: Readonly<Record<Qualifier, string>> = {
  exact: 'exact',
  approx: 'approximate (about, nearly)',
  'at-least': 'lower bound (more than, at least)',
  'at-most': 'upper bound (less than, at most)',
};

export const DIRECTION_LABEL_EN: Readonly<Record<FlowDirection, string>> = {
  'east-to-west': 'east → west',
  'west-to-east': 'west → east',
  mutual: 'both ways (one figure for both directions)',
  none: '',
};

export const BASIS_LABEL_EN: Readonly<Record<Basis, string>> = {
  total: '',
  average: 'an average, not a total',
  standard: 'a standard per unit, not a total',
  component: 'one part of a larger total, not a total',
  subset: 'part of a larger group, not a total',
};

/**
 * The basis in words, saying per what when the source does (县均 → per county on average). `quote` is the source's
 * clause, where 县均, 每县 or 村均 name the unit.
 */
export function basisLabelEn(basis: Basis, quote = ''): string {
  const unit = /[县縣]均|每[县縣]/u.test(quote) ? 'county' : /村均|每[个個]?村/u.test(quote) ? 'village' : undefined;
  if (unit !== undefined && basis === 'average') return `per ${unit} on average, not a total`;
  if (unit !== undefined && basis === 'standard') return `a standard per ${unit}, not a total`;
  return BASIS_LABEL_EN[basis];
}

export const STAGE_LABEL_EN: Readonly<Record<Stage, string>> = {
  allocated: 'allocated',
  arrived: 'arrived',
  used: 'spent',
  signed: 'signed (a target)',
};

export const STATUS_LABEL_EN: Readonly<Record<'outcome' | 'target', string>> = {
  outcome: 'outcome',
  target: 'target, not an outcome',
};
