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
  readonly read: (m: RegExpMatchArray, date: Ymd | undefined) => string | undefined;
  readonly what: string;
}

const month = (s: string | undefined): number => Number(s ?? '0');

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
    pattern: /截至(?:(\d{4})年)?(\d{1,2})月/u,
    read: (m, d) => {
      const y = m[1] === undefined ? d?.year : Number(m[1]);
      return y === undefined ? undefined : `..${ym(y, month(m[2]))}`;
    },
    what: '截至 a month (cumulative, start not stated)',
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
    pattern: /(?:今年)?(\d{1,2})月?(?:至|到|—|–|-)(\d{1,2})月/u,
    read: (m, d) => (d === undefined ? undefined : `${ym(d.year, month(m[1]))}..${ym(d.year, month(m[2]))}`),
    what: 'months of the article year',
  },
  {
    pattern: /(\d{4})年(\d{1,2})月(?!\d*日)/u,
    read: (m) => ym(Number(m[1]), month(m[2])),
    what: 'a month',
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
    read: (_m, d) => (d === undefined ? undefined : String(d.year)),
    what: '今年 = the article year',
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

/**
 * Guesses a figure's period. `contexts` are texts to read, nearest first: the sentence up to the figure, then the
 * earlier sentences of its paragraph (a paragraph often states 2023年以来 once for all its figures). The first
 * context with a dated phrase decides; otherwise the figure is cumulative up to the article's month
 * (`..YYYY-MM`). Without an article date and a dated phrase the period is `TODO`.
 */
export function guessPeriod(contexts: readonly string[], articleDate: string | undefined): PeriodGuess {
  const d = parseDate(articleDate);
  for (const [i, text] of contexts.entries()) {
    for (const rule of RULES) {
      const m = text.match(rule.pattern);
      if (m === null) continue;
      const period = rule.read(m, d);
      if (period === undefined) continue;
      const where = i === 0 ? 'in the sentence' : 'in an earlier sentence of the paragraph';
      return { period, note: `“${m[0]}” ${where}: ${rule.what}.` };
    }
  }
  if (d === undefined) return { period: 'TODO', note: 'no period in the text and no article date; give --date.' };
  const first = contexts[0] ?? '';
  const cue = first.match(CUMULATIVE)?.[0];
  return {
    period: `..${ym(d.year, d.month)}`,
    note:
      cue === undefined
        ? `no period in the text; taken as cumulative up to the article date (${articleDate}).`
        : `“${cue}” with no start; cut at the article date (${articleDate}).`,
  };
}
