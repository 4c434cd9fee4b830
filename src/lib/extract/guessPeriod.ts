import { parseQuantity } from '../quantity/parseQuantity';

/** A guessed period in the curated form (`2023`, `2021-01..2021-09`, `..2021-11`) and how it was worked out. */
export interface PeriodGuess {
  readonly period: string;
  /** Why: the words read and the rule applied; becomes the fact's `periodNote`. */
  readonly note: string;
}

/** An article date, `YYYY-MM-DD`, split into numbers. */
interface Ymd {
  readonly year: number;
  readonly month: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const ym = (year: number, month: number): string => `${year}-${pad(month)}`;

/** A rule: a pattern in the text and the period it means (undefined when it needs the article date and there is none). */
interface Rule {
  readonly pattern: RegExp;
  readonly read: (m: RegExpMatchArray, date: Ymd | undefined, target: boolean) => string | undefined;
  readonly what: string;
  /** False for phrases that date an event rather than set the scene (2021年4月): never carried from the lead. */
  readonly carries?: boolean;
}

const month = (s: string | undefined): number => Number(s ?? '0');

/** The year the current round of East–West pairings began. */
const ROUND_START = 2021;

/** A small count written in digits or Chinese numerals (3, 26, 两, 十): the years of 3年多来, 近两年来. */
function count(s: string | undefined): number {
  const read = parseQuantity(`${s ?? ''}个`);
  return read.ok ? read.value : 0;
}

/** The year of a part-year phrase with no year (上半年, 1—9月): the article year, or the one before when the part is not over yet. */
function partYear(stated: string | undefined, lastMonth: number, d: Ymd | undefined): number | undefined {
  if (stated !== undefined) return Number(stated);
  if (d === undefined) return undefined;
  return d.month > lastMonth || (d.month === lastMonth && lastMonth === 12) ? d.year : d.year - 1;
}

const part = (first: number, last: number) => (m: RegExpMatchArray, d: Ymd | undefined) => {
  const y = partYear(m[1], last, d);
  return y === undefined ? undefined : `${ym(y, first)}..${ym(y, last)}`;
};

// Sentence-level rules, most specific first. Text is Simplified, half-width.
const RULES: readonly Rule[] = [
  {
    pattern: /(\d{4})年(\d{1,2})月?(?:至|到|—|–|-|~)(\d{1,2})月/u,
    read: (m) => `${m[1]}-${pad(month(m[2]))}..${m[1]}-${pad(month(m[3]))}`,
    what: 'months of a stated year',
  },
  {
    pattern: /(\d{4})(?:年)?(?:至|到|—|–|-)(\d{4})年/u,
    read: (m) => `${m[1]}..${m[2]}`,
    what: 'a range of years',
  },
  {
    pattern: /(?:(\d{4})年)?(?:今年)?(?:1|一)月?(?:至|到|—|–|-|~)(\d{1,2})月/u,
    read: (m, d) => {
      const last = month(m[2]);
      const y = partYear(m[1], last, d);
      return y === undefined ? undefined : `${ym(y, 1)}..${ym(y, last)}`;
    },
    what: '1—N月: January to month N (of the stated year, else of the article year)',
  },
  { pattern: /(?:(\d{4})年)?(?:今年)?上半年/u, read: part(1, 6), what: '上半年: January to June' },
  { pattern: /(?:(\d{4})年)?(?:今年)?前三季度/u, read: part(1, 9), what: '前三季度: January to September' },
  { pattern: /(?:(\d{4})年)?(?:今年)?(?:第)?一季度/u, read: part(1, 3), what: '一季度: January to March' },
  { pattern: /(?:(\d{4})年)?(?:今年)?下半年/u, read: part(7, 12), what: '下半年: July to December' },
  {
    pattern: /(?:^|[^\d年])(?:近)?(\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:多|来)?(?:来|以来)/u,
    read: (m, d) => (d === undefined ? undefined : `${d.year - count(m[1])}..${ym(d.year, d.month)}`),
    what: 'N年来: from N years before the article to the article date',
  },
  {
    pattern: /截至(?:(\d{4})年)?(\d{1,2})月/u,
    read: (m, d) => {
      const y = m[1] === undefined ? d?.year : Number(m[1]);
      if (y === undefined) return undefined;
      // The current round of pairings began in January 2021: a 2021 total up to a month started then.
      return y === ROUND_START ? `${ym(y, 1)}..${ym(y, month(m[2]))}` : `..${ym(y, month(m[2]))}`;
    },
    what: '截至 a month (cumulative, start not stated; in 2021 from the round’s start in January)',
    carries: false,
  },
  {
    pattern: /(\d{4})年以来/u,
    read: (m, d) => {
      const y = Number(m[1]);
      if (d === undefined) return undefined;
      // An early-year article reporting "2023年以来" gives the full previous year's results.
      if (d.year === y + 1 && d.month <= 3) return String(y);
      return d.year === y ? `${y}-01..${ym(d.year, d.month)}` : `${y}..${ym(d.year, d.month)}`;
    },
    what: 'YYYY年以来, cut at the article date',
  },
  {
    pattern: /(?:今年)?(\d{1,2})月?(?:至|到|—|–|-|~)(\d{1,2})月/u,
    read: (m, d) => (d === undefined ? undefined : `${ym(d.year, month(m[1]))}..${ym(d.year, month(m[2]))}`),
    what: 'months of the article year',
  },
  {
    pattern: /(\d{4})年(\d{1,2})月(?!\d*日)/u,
    read: (m) => ym(Number(m[1]), month(m[2])),
    what: 'a month',
    carries: false,
  },
  {
    pattern: /(\d{4})年(?!\d)/u,
    read: (m) => m[1],
    what: 'a stated year',
  },
  {
    pattern: /今年以来/u,
    read: (_m, d) => (d === undefined ? undefined : `${d.year}-01..${ym(d.year, d.month)}`),
    what: '今年以来, from January to the article date',
  },
  {
    pattern: /今年|本年度/u,
    // An outcome cannot run past its article: 今年 in a July article is January to July (check warns on "2021");
    // a target (今年计划…) is for the whole year.
    read: (_m, d, target) => {
      if (d === undefined) return undefined;
      return target || d.month === 12 ? String(d.year) : `${ym(d.year, 1)}..${ym(d.year, d.month)}`;
    },
    what: '今年 = the article year (an outcome up to the article month)',
  },
  {
    pattern: /去年|上年/u,
    read: (_m, d) => (d === undefined ? undefined : String(d.year - 1)),
    what: '去年 = the year before the article',
  },
];

// Words that make a figure cumulative up to the article date.
const CUMULATIVE = /以来|累计|目前|截至目前|至今|已/u;

function parseDate(date: string | undefined): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(date ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}

/** A text to read for a figure's period, and how far it is from the figure. */
export interface PeriodContext {
  readonly text: string;
  /**
   * `sentence`: the figure's sentence up to the figure; `paragraph`: an earlier sentence of its paragraph;
   * `article`: a sentence of the lead paragraph (only a period that opens the sentence carries that far:
   * "2023年，…", "今年上半年，…", "3年多来，…").
   */
  readonly where: 'sentence' | 'paragraph' | 'article';
}

const WHERE = {
  sentence: 'in the sentence',
  paragraph: 'in an earlier sentence of the paragraph',
  article: 'opening the lead paragraph',
} as const;

/** How sure the helper is of a period: read in the sentence, carried from the paragraph or article, or defaulted. */
export type PeriodConfidence = 'high' | 'medium' | 'low';

/**
 * Guesses a figure's period. `contexts` are texts to read, nearest first: the sentence up to the figure, the
 * earlier sentences of its paragraph (a paragraph often states 2023年以来 once for all its figures), then the
 * sentences of the lead paragraph (its "2023年，" covers the figures after it). The first
 * context with a dated phrase decides; otherwise the figure is cumulative up to the article's month
 * (`..YYYY-MM`). Without an article date and a dated phrase the period is `TODO`.
 */
export function guessPeriod(
  contexts: readonly (PeriodContext | string)[],
  articleDate: string | undefined,
  status: 'outcome' | 'target' = 'outcome',
): PeriodGuess & { readonly confidence: PeriodConfidence } {
  const d = parseDate(articleDate);
  const read = contexts.map(
    (c, i): PeriodContext => (typeof c === 'string' ? { text: c, where: i === 0 ? 'sentence' : 'paragraph' } : c),
  );
  // A sentence with its own since-phrase (协作渭源县以来) is cumulative from that event, not within the lead's period.
  const ownSince = /以来|至今/u.test(read[0]?.text ?? '');
  for (const { text, where } of read) {
    if (where === 'article' && ownSince) continue;
    for (const rule of RULES) {
      const m = text.match(rule.pattern);
      if (m === null) continue;
      // Far from the figure, only a period that opens its sentence sets the scene (not 2021年 in passing).
      if (where === 'article' && ((m.index ?? 0) > 2 || rule.carries === false)) continue;
      const period = rule.read(m, d, status === 'target');
      if (period === undefined) continue;
      return {
        period,
        note: `“${m[0].replace(/^[^\d今近上下前第一二两三四五六七八九十截]+/u, '')}” ${WHERE[where]}: ${rule.what}.`,
        confidence: where === 'sentence' ? 'high' : 'medium',
      };
    }
  }
  if (d === undefined) {
    return { period: 'TODO', note: 'no period in the text and no article date; give --date.', confidence: 'low' };
  }
  const first = read[0]?.text ?? '';
  const cue = first.match(CUMULATIVE)?.[0];
  return {
    period: `..${ym(d.year, d.month)}`,
    note:
      cue === undefined
        ? `no period in the text; taken as cumulative up to the article date (${articleDate}).`
        : `“${cue}” with no start; cut at the article date (${articleDate}).`,
    confidence: 'low',
  };
}
