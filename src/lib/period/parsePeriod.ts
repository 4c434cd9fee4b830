/**
 * Periods as curated facts write them:
 *   `2023`              a calendar year
 *   `2023-05`           a month
 *   `2021..2023`        whole years, inclusive
 *   `2021-01..2023-09`  months, inclusive
 *   `..2023-10`         cumulative up to a cut-off, start not known
 * Months are the finest grain: the articles never give days for a figure's period.
 */
export interface Period {
  /** The text as written in the curated file. */
  readonly text: string;
  /** First month covered, `YYYY-MM`; undefined when the start is not known (cumulative). */
  readonly start: string | undefined;
  /** Last month covered, `YYYY-MM` (the cut-off). */
  readonly end: string;
  /** True when start and end lie in the same calendar year. */
  readonly withinOneYear: boolean;
  /** True when the period is exactly one whole calendar year. */
  readonly wholeYear: boolean;
}

export type ParsedPeriod = { ok: true; period: Period } | { ok: false; error: string };

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function parseBound(text: string, side: 'start' | 'end'): string | undefined {
  const year = YEAR.exec(text);
  if (year) return `${year[1]}-${side === 'start' ? '01' : '12'}`;
  const month = MONTH.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return text;
  return undefined;
}

function inRange(month: string): boolean {
  const year = Number(month.slice(0, 4));
  return year >= 1990 && year <= 2035;
}

/** Parses a period string; the error says what forms are accepted. */
export function parsePeriod(text: string): ParsedPeriod {
  const forms = 'write 2023, 2023-05, 2021..2023, 2021-01..2023-09 or ..2023-10';
  const [left, right, ...rest] = text.split('..');
  if (left === undefined || rest.length > 0) return { ok: false, error: `"${text}" is not a period; ${forms}` };
  let start: string | undefined;
  let end: string | undefined;
  if (right === undefined) {
    start = parseBound(left, 'start');
    end = parseBound(left, 'end');
  } else {
    start = left === '' ? undefined : parseBound(left, 'start');
    end = parseBound(right, 'end');
    if (left !== '' && start === undefined) end = undefined;
  }
  if (end === undefined) return { ok: false, error: `"${text}" is not a period; ${forms}` };
  if (!inRange(end) || (start !== undefined && !inRange(start))) {
    return { ok: false, error: `"${text}" lies outside 1990–2035; check the year` };
  }
  if (start !== undefined && start > end) {
    return { ok: false, error: `"${text}" ends before it starts; write the earlier bound first` };
  }
  const withinOneYear = start !== undefined && start.slice(0, 4) === end.slice(0, 4);
  const wholeYear = withinOneYear && start?.endsWith('-01') === true && end.endsWith('-12');
  return { ok: true, period: { text, start, end, withinOneYear, wholeYear } };
}

/** Like `parsePeriod`, for periods already validated by the data build. */
export function parseValidPeriod(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.period;
}
