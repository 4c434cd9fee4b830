/**
 * Curators write notes for each other: they cite fact ids (`r-gmrb-2024-01-national-01-fiscal`), metric ids
 * (`labor.employed`), pairing ids (`jiangsu--xining`), paragraph numbers of the scraped text (“第11段”) and mark
 * titles they made up (“〔原标题未录〕”). The curated files keep those words; the site shows readers the same
 * notes in Chinese, with each id replaced by what it names.
 */
import { findMetric } from '../model/metrics';

/** The curators' mark for a title the source did not print and the curator wrote. */
const UNRECORDED_TITLE = '〔原标题未录〕';

/** A source title as readers see it: a title the curator had to write says so in plain words. */
export function formatSourceTitle(title: string): string {
  return title.startsWith(UNRECORDED_TITLE) ? `${title.slice(UNRECORDED_TITLE.length)}（原题不详，本站拟题）` : title;
}

/** What a note's ids name, for the reader's version of the note. */
export interface NoteNames {
  /**
   * A fact or source id → a reader's name for it, e.g. `光明日报所载财政援助资金（2023年）`; `src:004` is one of the
   * five core articles by number.
   */
  fact(id: string): string | undefined;
  /** A pairing id → its name, e.g. `江苏—西宁`. */
  pairing(id: string): string | undefined;
}

/** A fact or source id (`r-…`), or a fact of the five core articles by article and number (`事实003-20`). */
const FACT_ID = /(?:事实)?\b(?:r-[a-z0-9]+(?:-[a-z0-9]+)+|\d{3}-\d{2})\b/gu;
const PAIRING_ID = /\b[a-z]+--[a-z]+\b/gu;
/** A metric id or a group of them (`labor.*`), with the word 指标 the note may put after it. */
const METRIC_ID = /\b([a-z]+)\.(\*|[a-z][a-z-]*)(?:\s*指标)?/gu;
const METRIC_GROUPS: Record<string, string> = {
  labor: '劳务协作',
  people: '人员交流',
  count: '计数',
  fiscal: '资金',
};

/** A curator's note rewritten for readers: ids become names, paragraph numbers point to the original article. */
export function formatNoteForReaders(note: string, names: NoteNames): string {
  return (
    note
      .replace(FACT_ID, (written) => {
        const name = names.fact(written.replace(/^事实/u, ''));
        return name === undefined ? '另一条数字' : `“${name}”`;
      })
      .replace(PAIRING_ID, (id) => names.pairing(id) ?? '另一对结对')
      .replace(METRIC_ID, (whole, group: string, rest: string, at: number, text: string) => {
        if (rest === '*') return `${METRIC_GROUPS[group] ?? ''}类指标`;
        const metric = findMetric(`${group}.${rest}`);
        if (metric === undefined) return whole;
        // “归入合计指标 people.x” already says 指标.
        return /指标\s*$/u.test(text.slice(0, at)) ? `“${metric.label}”` : `“${metric.label}”指标`;
      })
      // Ids sat between spaces in the Chinese text; the names that replace them do not need them.
      .replace(/\s*(“[^”]*”(?:指标)?|另一条数字|[\u4e00-\u9fff]*类指标)\s*/gu, '$1')
      .replace(/（第(\d+)段）/gu, '（原文第$1段）')
      .replace(
        /（?\bsrc:(\d{3})\b）?/gu,
        (_, article: string) => `（见${names.fact(`src:${article}`) ?? '本站收录的原文'}）`,
      )
      .replace(/\b\d{3}_[0-9a-f]{16}\.txt/gu, '同一文章的另一份存档')
      .replace(/\s*\bid\b/gu, '编号')
      .replace(/事实“/gu, '“')
  );
}
