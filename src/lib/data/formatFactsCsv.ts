import { formatCsvRows } from '../csv/formatCsvCell';
import { describeFactEn } from '../i18n/english/describeFactEn';
import { METRIC_LABEL_EN, UNIT_EN } from '../i18n/english/labelsEn';
import { outletNameEn } from '../i18n/english/outletNamesEn';
import { placeNameEn } from '../i18n/english/placeNamesEn';
import type { Locale } from '../i18n/locale';
import type { PlaceNames } from './buildDatasets';
import { splitWrittenValue } from './splitWrittenValue';
import type { CompiledFact, CompiledSource } from './types';

/** One column of the facts CSV: its name, its meaning in Chinese and, for coded columns, each code's meaning. */
export interface CsvColumn {
  readonly name: string;
  readonly meaning: string;
  readonly codes?: readonly (readonly [code: string, meaning: string])[];
}

/** Column names and meanings of every facts CSV; the data page shows this list to readers, in Chinese. */
export const CSV_COLUMNS = [
  { name: 'fact_id', meaning: '数字的编号，长期不变，可用于引用' },
  { name: 'metric', meaning: '指标的编号，如 `funds.fiscal`（财政援助资金）；中文名称见下一栏' },
  { name: 'metric_label', meaning: '指标的中文名称' },
  { name: 'value', meaning: '以基本单位表示的数值（元、人、人次、个等）' },
  {
    name: 'unit',
    meaning: '基本单位',
    codes: [
      ['yuan', '元'],
      ['usd', '美元'],
      ['person', '人'],
      ['person-time', '人次'],
      ['count', '个（项、家等）'],
      ['mu', '亩'],
      ['sqm', '平方米'],
      ['tonne', '吨'],
    ],
  },
  { name: 'unit_name', meaning: '基本单位的中文（元、人、人次、个……）' },
  {
    name: 'value_written',
    meaning: '按原文单位写的数值，如“17.58亿元”中的 17.58（去掉“约”“多”“余”等，限定词另见一栏）',
  },
  { name: 'unit_written', meaning: '原文的单位，如 亿元、万人、名；与上一栏的数值合读' },
  { name: 'expression', meaning: '来源原文的写法，如“约1.2亿元”' },
  {
    name: 'qualifier',
    meaning: '限定词',
    codes: [
      ['exact', '确数'],
      ['approx', '约数（约、近、左右）'],
      ['at-least', '下限（多、余、超过、以上）'],
      ['at-most', '上限（不到）'],
    ],
  },
  {
    name: 'status',
    meaning: '完成数还是目标',
    codes: [
      ['outcome', '已完成的数字'],
      ['target', '目标（协议或计划，不是已完成的数字）'],
    ],
  },
  { name: 'from', meaning: '流出的一方：出资方、派出方；劳务转移则为劳动力的家乡' },
  { name: 'to', meaning: '流入的一方' },
  { name: 'at', meaning: '没有方向的数字所说的地方，或全国' },
  { name: 'from_name', meaning: '流出一方的中文地名' },
  { name: 'to_name', meaning: '流入一方的中文地名' },
  { name: 'at_name', meaning: '所说地方的中文地名' },
  {
    name: 'level',
    meaning: '数字的范围层级',
    codes: [
      ['national', '全国'],
      ['province', '省级'],
      ['prefecture', '地市级'],
      ['county', '县级'],
      ['district', '区级'],
    ],
  },
  {
    name: 'period',
    meaning: '时期的编码：`2023` 为全年，`2021..2023` 为多年，`2021-01..2023-09` 为起止月份，`..2023-10` 为截至某月',
  },
  { name: 'period_label', meaning: '时期的中文写法' },
  { name: 'source_id', meaning: '来源的编号' },
  { name: 'source_title', meaning: '来源的标题' },
  { name: 'source_outlet', meaning: '刊发的媒体' },
  { name: 'source_date', meaning: '刊发日期（年-月-日）' },
  { name: 'source_url', meaning: '来源原文的网址（原始地址，或本站读到原文的转载地址；没有记录时为空）' },
  { name: 'source_page', meaning: '本站该来源的页面：原文语句、时期与整理说明' },
  { name: 'quote', meaning: '来源中载有此数字的原句' },
  { name: 'note', meaning: '本站整理者的说明' },
  {
    name: 'direction',
    meaning: '方向',
    codes: [
      ['east-to-west', '东部→西部'],
      ['west-to-east', '西部→东部'],
      ['mutual', '互派：一个数字含两个方向'],
      ['none', '无方向：只关于一个地方的数字'],
    ],
  },
  {
    name: 'coverage',
    meaning: '时期的类型',
    codes: [
      ['full-year', '全年'],
      ['part-year', '一年中的几个月'],
      ['multi-year', '多年累计，起点已知'],
      ['to-date', '累计至某日，起点不详'],
      ['stock', '某一时点的存量'],
    ],
  },
  {
    name: 'basis',
    meaning: '口径',
    codes: [
      ['total', '总数'],
      ['average', '平均数（县均）'],
      ['standard', '标准（每县……）'],
      ['component', '更大总数中的一部分'],
      ['subset', '其中数（其中……）'],
    ],
  },
  { name: 'joint', meaning: '一个数字合计覆盖的几个地方（不拆分），以 + 分隔' },
] as const satisfies readonly CsvColumn[];

/** What the CSV needs besides the facts. */
export interface FactsCsvContext {
  readonly sources: ReadonlyMap<string, CompiledSource>;
  /** Place names by id, for the `*_name` columns. */
  readonly places: PlaceNames;
  /** The site's origin, for `source_page`. */
  readonly site: string;
  /**
   * `en` for an English download: the same columns and rows, with the words in English (metric, unit, place
   * names, period, outlet); the source's own writing (expression, value and unit as written, quote, title) stays.
   */
  readonly lang?: Locale;
}

/**
 * Which CSV: `excel` is UTF-8 with a byte-order mark, so Excel on Chinese Windows reads the Chinese text instead of
 * guessing GBK; `plain` has none, for pandas, R, d3-dsv and command-line tools (a BOM would stick to the first
 * column's name there).
 */
export type CsvFlavour = 'excel' | 'plain';

const UNIT_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  CSV_COLUMNS.find((c) => c.name === 'unit')?.codes?.map(([code, meaning]) => [code, meaning.replace(/（.*）$/, '')]) ??
    [],
);

/** The English words of one row of an English download. */
function englishWords(fact: CompiledFact | undefined, context: FactsCsvContext): Record<string, string> {
  if (fact === undefined) return {};
  const name = (id: string | undefined): string => (id === undefined ? '' : placeNameEn(id));
  const outlet = context.sources.get(fact.sourceId)?.outlet;
  return {
    metric_label: METRIC_LABEL_EN[fact.metric],
    unit_name: UNIT_EN[fact.unit].many,
    from_name: name(fact.from),
    to_name: name(fact.to),
    at_name: name(fact.at),
    period_label: describeFactEn(fact).period,
    source_outlet: outlet === undefined ? '' : outletNameEn(outlet).text,
  };
}

const COLUMN_NAMES = CSV_COLUMNS.map((c) => c.name);
const HEADER = formatCsvRows([COLUMN_NAMES]);

/**
 * Each fact's CSV line, per context: a fact is in the site-wide CSV and in those of its provinces and pair, each
 * written twice (excel and plain), so 10,000 facts were formatted some 80,000 times.
 */
const csvLines = new WeakMap<FactsCsvContext, WeakMap<CompiledFact, string>>();

/** One fact's line of the CSV (its cells in the order of `CSV_COLUMNS`). */
function formatCsvLine(f: CompiledFact, context: FactsCsvContext): string {
  const name = (id: string | undefined): string => (id === undefined ? '' : (context.places[id]?.shortZh ?? ''));
  const s = context.sources.get(f.sourceId);
  const written = splitWrittenValue(f.display);
  const row: Record<(typeof COLUMN_NAMES)[number], string> = {
    fact_id: f.id,
    metric: f.metric,
    metric_label: f.metricLabel,
    value: String(f.value),
    unit: f.unit,
    unit_name: UNIT_NAMES[f.unit] ?? '',
    value_written: written?.value ?? String(f.value),
    unit_written: written === undefined || written.unit === '' ? (UNIT_NAMES[f.unit] ?? '') : written.unit,
    expression: f.expression,
    qualifier: f.qualifier,
    status: f.status,
    from: f.from ?? '',
    to: f.to ?? '',
    at: f.at ?? '',
    from_name: name(f.from),
    to_name: name(f.to),
    at_name: name(f.at),
    level: f.level,
    period: f.period,
    period_label: f.periodLabel,
    source_id: f.sourceId,
    source_title: s?.title ?? '',
    source_outlet: s?.outlet ?? '',
    source_date: s?.published.date ?? '',
    source_url: s?.url ?? s?.readAt ?? '',
    source_page: new URL(`/source/${f.sourceId}/`, context.site).href,
    quote: f.quote,
    note: f.note ?? '',
    direction: f.direction,
    coverage: f.coverage,
    basis: f.basis,
    joint: [...(f.jointFrom ?? []), ...(f.jointTo ?? [])].join('+'),
    // The English download: the same rows, its words (names, labels, periods, outlets) in English.
    ...(context.lang === 'en' ? englishWords(f, context) : {}),
  };
  return formatCsvRows([COLUMN_NAMES.map((c) => row[c])]);
}

/**
 * Facts as CSV: ids and codes for programs, and beside them what a spreadsheet reader needs — the value in the unit
 * the article wrote (17.58 亿元 beside 1758000000 元), Chinese place names, the source's web address. Cells that
 * start like a spreadsheet formula are neutralised (see `formatCsvCell`).
 */
export function formatFactsCsv(
  facts: readonly CompiledFact[],
  context: FactsCsvContext,
  flavour: CsvFlavour = 'excel',
): string {
  const known = csvLines.get(context) ?? new WeakMap<CompiledFact, string>();
  csvLines.set(context, known);
  const line = (f: CompiledFact): string => {
    let text = known.get(f);
    if (text === undefined) {
      text = formatCsvLine(f, context);
      known.set(f, text);
    }
    return text;
  };
  const body = `${[HEADER, ...facts.map(line)].join('\n')}\n`;
  return flavour === 'excel' ? `\uFEFF${body}` : body;
}
