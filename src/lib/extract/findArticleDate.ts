/** A publication date found in an article's text, `YYYY-MM-DD`, and the line it came from. */
export interface FoundDate {
  readonly date: string;
  /** The words it was read from, e.g. "时间:2021-11-13" or "2023年11月07日". */
  readonly text: string;
}

const DATE = /((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/u;

/**
 * The first full date (year, month and day) printed in the article's lines, which for scraped pages is the byline
 * or the issue date. Dates without a day (2021年4月) are events, not publication dates, and are skipped.
 */
export function findArticleDate(lines: readonly string[]): FoundDate | undefined {
  for (const line of lines) {
    const m = DATE.exec(line);
    if (m === null) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { date, text: line.length <= 40 ? line : m[0] };
  }
  return undefined;
}
