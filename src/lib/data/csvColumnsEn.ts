/**
 * The facts CSV's columns described in English, for /en/data/ (the English downloads have the same columns and
 * rows as the Chinese ones). Typed against CSV_COLUMNS: a column or a code without its English meaning is a type
 * error, so the two lists cannot drift apart.
 */
import { CSV_COLUMNS, type CsvColumn } from './formatFactsCsv';

type Column = (typeof CSV_COLUMNS)[number];
type CodeOf<C> = C extends { readonly codes: readonly (readonly [infer K extends string, string])[] } ? K : never;
type EnglishColumn<C extends Column> = { readonly meaning: string } & ([CodeOf<C>] extends [never]
  ? { readonly codes?: never }
  : { readonly codes: { readonly [K in CodeOf<C>]: string } });

const ENGLISH: { readonly [C in Column as C['name']]: EnglishColumn<C> } = {
  fact_id: { meaning: 'The figure’s id; it does not change, so it can be cited' },
  metric: { meaning: 'The metric’s id, such as `funds.fiscal` (fiscal aid); its name is in the next column' },
  metric_label: { meaning: 'The metric’s name (in English in these files)' },
  value: { meaning: 'The value in its base unit (yuan, people, person-times, items …)' },
  unit: {
    meaning: 'The base unit',
    codes: {
      yuan: 'yuan (RMB)',
      usd: 'US dollars',
      person: 'people (人, 名)',
      'person-time': 'person-times (人次: one person counted once per visit, course or trip)',
      count: 'items (projects, firms and the like)',
      mu: 'mu (1 mu ≈ 667 m²)',
      sqm: 'square metres',
      tonne: 'tonnes',
    },
  },
  unit_name: { meaning: 'The base unit in words (in English in these files)' },
  value_written: {
    meaning:
      'The number as the source wrote it, in the source’s unit: 17.58 in “17.58亿元” (without 约, 多, 余 and the like; the qualifier has its own column)',
  },
  unit_written: {
    meaning: 'The source’s unit, such as 亿元 (100 million yuan) or 万人 (10,000 people); read with the column before',
  },
  expression: { meaning: 'The figure as the source wrote it, such as “约1.2亿元” (about 120 million yuan)' },
  qualifier: {
    meaning: 'The qualifier',
    codes: {
      exact: 'exact',
      approx: 'about (约, 近, 左右)',
      'at-least': 'at least or more than (多, 余, 超过, 以上)',
      'at-most': 'less than (不到)',
    },
  },
  status: {
    meaning: 'An outcome or a target',
    codes: {
      outcome: 'a figure achieved',
      target: 'a target in an agreement or plan, not a figure achieved',
    },
  },
  from: { meaning: 'The giving side: who funds or sends; for workers helped into jobs, the workers’ home' },
  to: { meaning: 'The receiving side' },
  at: { meaning: 'The place a figure without a direction is about, or national' },
  from_name: { meaning: 'The giving side’s name (in English in these files)' },
  to_name: { meaning: 'The receiving side’s name (in English in these files)' },
  at_name: { meaning: 'The place’s name (in English in these files)' },
  level: {
    meaning: 'The level of the place the figure covers',
    codes: {
      national: 'national',
      province: 'province',
      prefecture: 'prefecture (city)',
      county: 'county',
      district: 'district',
    },
  },
  period: {
    meaning:
      'The period as a code: `2023` is the full year, `2021..2023` several years, `2021-01..2023-09` from one month to another, `..2023-10` cumulative up to a month',
  },
  period_label: { meaning: 'The period in words (in English in these files: “Jan–Nov 2023”)' },
  source_id: { meaning: 'The source’s id' },
  source_title: { meaning: 'The source’s title (in Chinese, as published)' },
  source_outlet: { meaning: 'The outlet that published it (in English in these files)' },
  source_date: { meaning: 'The date of publication (year-month-day)' },
  source_url: {
    meaning: 'The source’s address (the original, or the reprint where we read it; empty when none was recorded)',
  },
  source_page: { meaning: 'The source’s page on this site: the clauses, periods and curators’ notes' },
  quote: { meaning: 'The sentence of the source that states the figure (in Chinese)' },
  note: { meaning: 'Our curators’ note (in Chinese)' },
  direction: {
    meaning: 'The direction',
    codes: {
      'east-to-west': 'east → west',
      'west-to-east': 'west → east',
      mutual: 'both ways (互派): one figure for both directions',
      none: 'no direction: a figure about one place',
    },
  },
  coverage: {
    meaning: 'The kind of period',
    codes: {
      'full-year': 'a full year',
      'part-year': 'some months of a year',
      'multi-year': 'several years added up, from a known start',
      'to-date': 'cumulative up to a date, from an unknown start',
      stock: 'a stock at one moment',
    },
  },
  basis: {
    meaning: 'What kind of number it is',
    codes: {
      total: 'a total',
      average: 'an average (per county)',
      standard: 'a standard (per county …)',
      component: 'a part of a larger total',
      subset: 'a subset (其中: “of which”)',
    },
  },
  joint: { meaning: 'The places one figure covers together (not split among them), separated by +' },
};

/** The columns described in English, in the CSV's order; each column's codes in the Chinese list's order. */
export const CSV_COLUMNS_EN: readonly CsvColumn[] = CSV_COLUMNS.map((column) => {
  const english: { meaning: string; codes?: Readonly<Record<string, string>> } = ENGLISH[column.name];
  const codes = 'codes' in column ? column.codes : undefined;
  return {
    name: column.name,
    meaning: english.meaning,
    ...(codes === undefined ? {} : { codes: codes.map(([code]) => [code, english.codes?.[code] ?? ''] as const) }),
  };
});
