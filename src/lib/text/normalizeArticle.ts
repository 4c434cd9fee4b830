import * as OpenCC from 'opencc-js';
import { toHalfWidth } from './toHalfWidth';

export { toHalfWidth };

/**
 * Pure functions that take the scraping noise out of an archived article, used by the provenance
 * check (is a quote really in its article?) and by the extraction helper (what is left to read?).
 */

/** What kind of noise a pattern or a cleaning step removes. */
export type NoiseKind = 'spam' | 'mark' | 'gloss' | 'chrome' | 'repeated-body' | 'repeated-line';

export interface NoisePattern {
  readonly kind: 'spam' | 'mark';
  /** How editors see it in reports. */
  readonly label: string;
  /** Global, so it can be used with `replace` and `matchAll`. */
  readonly pattern: RegExp;
}

/**
 * Strings injected into the archived articles by the mirrors they were scraped from. All were found
 * in 000 (gambling brands and a stray "公司新闻" link text glued into sentences; 58 ◆ marks);
 * spacing and case vary between copies ("j9九游会 - 真人游戏第一品牌").
 */
export const SPAM_PATTERNS: readonly NoisePattern[] = [
  // Both scripts: mirrors of Traditional pages inject the same brands converted (尊龍凱時ag旗艦廳).
  {
    kind: 'spam',
    label: 'j9九游会-真人游戏第一品牌',
    pattern: /j9\s*九[游遊][会會](?:\s*[-—–]\s*真人[游遊][戏戲]第一品牌)?/giu,
  },
  {
    kind: 'spam',
    label: '尊龙凯时ag旗舰厅',
    pattern: /尊[龙龍][凯凱][时時](?:\s*[-—–]?\s*(?:ag)?\s*旗[舰艦][厅廳])?/giu,
  },
  { kind: 'spam', label: '公司新闻', pattern: /公司新闻/gu },
  { kind: 'mark', label: '◆', pattern: /◆/gu },
];

/**
 * A pinyin gloss glued into a word, as in 004's "協(xié)作" or "發(fā)展": Latin letters with at least
 * one (precomposed) tone mark, in ASCII or full-width parentheses. Real parentheses hold Chinese,
 * digits or toneless letters ("(区)", "(010)", "(ESG)") and are kept.
 */
const GLOSS = /[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/gu;

/** Removes pinyin glosses inside words: "協(xié)作" → "協作"; "(拆迁)", "(010)" stay. */
export function stripPinyinGlosses(text: string): string {
  return text.replace(GLOSS, '');
}

// Traditional (Taiwan standard, which also reads 著眼 as 着眼) to mainland Simplified, characters
// only: the 'twp' variant would also swap words (整合 → 集成) and change what a quote says.
const traditionalToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Traditional → Simplified Chinese, character by character (OpenCC tw → cn); Simplified text is unchanged. */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

/** Removes every injected spam string and ◆ mark. */
export function stripSpam(text: string): string {
  return SPAM_PATTERNS.reduce((t, { pattern }) => t.replace(pattern, ''), text);
}

/**
 * The form in which a quote is compared with an article: half-width, no whitespace, no spam, no ◆,
 * no pinyin glosses, Simplified script. Idempotent: normalizeForMatch(normalizeForMatch(x)) === normalizeForMatch(x).
 * Whitespace goes first so that "協 (xié)" and "j9九游会 - 真人…" cannot turn into new matches later.
 */
export function normalizeForMatch(text: string): string {
  const compact = toHalfWidth(text).replace(/\s+/gu, '');
  return toSimplified(stripPinyinGlosses(stripSpam(compact)));
}

// ---------------------------------------------------------------------------------------------
// Cleaning a whole article.

/** One kept line of the article, cleaned, with where it sits in the raw file. */
export interface CleanParagraph {
  text: string;
  /** 1-based index among the non-empty lines of the raw file (what a curated fact's `evidence.paragraph` counts). */
  paragraph: number;
  /** 1-based line number in the raw file. */
  line: number;
}

/** Something `cleanArticle` took out, for editors. */
export interface RemovedNoise {
  kind: NoiseKind;
  /** The string removed (spam, ◆, a gloss such as "(xié)"), or the name of the chrome rule or repeated block. */
  what: string;
  /** Occurrences for strings; lines for chrome and repeated lines or bodies. */
  count: number;
  /** 1-based raw line numbers concerned. */
  lines: number[];
}

export interface CleanArticle {
  /** The cleaned text of every kept line, in order. */
  paragraphs: string[];
  /** The same lines with their positions in the raw file (`kept[i].text === paragraphs[i]`). */
  kept: CleanParagraph[];
  removed: RemovedNoise[];
}

/** A block of page chrome: from a line matching `start` to the next line matching `end`, both included. */
const CHROME_BLOCKS: readonly { what: string; start: RegExp; end: RegExp }[] = [
  // 001: the e-paper's 版面导航 bar, 16 page names, the page list again under 版面目录, up to 新闻内容.
  { what: 'newspaper navigation (版面导航 … 新闻内容)', start: /版面导航/, end: /^新闻内容$/ },
];

/** Single lines of page chrome, matched against the trimmed, spam-free line. */
const CHROME_LINES: readonly { what: string; line: RegExp }[] = [
  {
    what: 'site section label',
    line: /^(?:新闻中心|部委省市|推荐阅读|相关文章|专题专栏|返回|顶部|版面目录|标题导航)$/,
  },
  { what: 'newspaper page label', line: /^第\d{1,2}版(?:[:：].{0,12})?$/ },
  { what: 'counter', line: /^\d{1,3}$/ },
  { what: 'editor credits', line: /^(?:总\s*监\s*审|监\s*审|责任编辑)[:：]?\S{0,12}$/ },
  { what: 'tags', line: /^标签/ },
  { what: 'site footer', line: /^(?:联系我们\||主管[:：]|地址[:：]|互联网新闻信息许可证|京ICP备)/ },
  { what: 'app and account links', line: /^[^。，,]{0,30}(?:客户端|公众号|入口)$/ },
];

/** Chrome glued to the end of a real line (001's issue date line ends in 上一期下一期). */
const CHROME_INLINE: readonly { what: string; pattern: RegExp }[] = [
  { what: '上一期下一期', pattern: /上一期下一期$/u },
];

// A repeated stretch counts as a repeated body when it repeats at least this much text.
const MIN_REPEATED_LINES = 3;
const MIN_REPEATED_CHARS = 100;

interface WorkLine {
  text: string;
  paragraph: number;
  line: number;
}

/**
 * Splits an archived article into its non-empty lines and cleans them: spam, ◆ and pinyin glosses
 * are taken out of each line; page chrome (navigation, footers, credits), a second copy of the
 * body (002 prints its whole body twice: the first copy is kept) and lines repeated word for word
 * are dropped. The script is left as it is (quotes are kept in the article's own script).
 */
export function cleanArticle(raw: string): CleanArticle {
  const removed = new NoiseReport();
  let lines: WorkLine[] = [];
  let paragraph = 0;
  raw.split(/\r?\n/).forEach((rawLine, index) => {
    if (rawLine.trim() === '') return;
    paragraph += 1;
    const line = index + 1;
    let text = rawLine;
    for (const { kind, label, pattern } of SPAM_PATTERNS) {
      text = text.replace(pattern, () => {
        removed.add(kind, label, line);
        return '';
      });
    }
    text = text.replace(GLOSS, (gloss) => {
      removed.add('gloss', gloss, line);
      return '';
    });
    for (const { what, pattern } of CHROME_INLINE) {
      text = text.replace(pattern, () => {
        removed.add('chrome', what, line);
        return '';
      });
    }
    text = text.trim();
    if (text !== '') lines.push({ text, paragraph, line });
  });

  lines = dropChrome(lines, removed);
  lines = dropRepeats(lines, removed);
  return { paragraphs: lines.map((l) => l.text), kept: lines, removed: removed.list() };
}

function dropChrome(lines: WorkLine[], removed: NoiseReport): WorkLine[] {
  const kept: WorkLine[] = [];
  let block: { what: string; end: RegExp } | undefined;
  for (const l of lines) {
    if (block !== undefined) {
      removed.add('chrome', block.what, l.line);
      if (block.end.test(l.text)) block = undefined;
      continue;
    }
    const opening = CHROME_BLOCKS.find((b) => b.start.test(l.text));
    if (opening !== undefined) {
      removed.add('chrome', opening.what, l.line);
      block = opening;
      continue;
    }
    const single = CHROME_LINES.find((c) => c.line.test(l.text));
    if (single !== undefined) removed.add('chrome', single.what, l.line);
    else kept.push(l);
  }
  return kept;
}

/**
 * Drops a second copy of the body and single repeated lines. A line belongs to a repeat when its
 * normalised text equals an earlier line's, or is contained in an earlier line (002's second copy
 * splits the "时间/来源/作者" line in three). A stretch of such lines repeating enough text is a
 * repeated body and goes whole; outside it only exact repeats go.
 */
function dropRepeats(lines: WorkLine[], removed: NoiseReport): WorkLine[] {
  const keys = lines.map((l) => normalizeForMatch(l.text));
  const firstIndex = new Map<string, number>();
  const exact: (number | undefined)[] = [];
  const contained: boolean[] = [];
  let earlier = '';
  keys.forEach((key, i) => {
    const seen = firstIndex.get(key);
    exact.push(seen);
    contained.push(seen !== undefined || (key.length > 0 && earlier.includes(key)));
    if (seen === undefined) firstIndex.set(key, i);
    earlier += `\n${key}`;
  });

  const drop = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (!contained[i]) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < lines.length && contained[j]) j += 1;
    const stretch = [...Array(j - i).keys()].map((k) => i + k);
    const repeats = stretch.filter((k) => exact[k] !== undefined);
    const chars = repeats.reduce((sum, k) => sum + (keys[k]?.length ?? 0), 0);
    if (repeats.length >= MIN_REPEATED_LINES && chars >= MIN_REPEATED_CHARS) {
      const originals = repeats.map((k) => lines[exact[k] ?? 0]?.line ?? 0);
      const what = `second copy of the body (repeats lines ${Math.min(...originals)}–${Math.max(...originals)})`;
      for (const k of stretch) {
        drop.add(k);
        removed.add('repeated-body', what, lines[k]?.line ?? 0);
      }
    } else {
      for (const k of repeats) {
        drop.add(k);
        removed.add('repeated-line', lines[k]?.text ?? '', lines[k]?.line ?? 0);
      }
    }
    i = j;
  }
  return lines.filter((_, k) => !drop.has(k));
}

/** Collects removals, one entry per kind and string, in the order first seen. */
class NoiseReport {
  private readonly entries = new Map<string, RemovedNoise>();

  add(kind: NoiseKind, what: string, line: number): void {
    const key = `${kind}\u0000${what}`;
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.entries.set(key, { kind, what, count: 1, lines: [line] });
      return;
    }
    entry.count += 1;
    if (entry.lines.at(-1) !== line) entry.lines.push(line);
  }

  list(): RemovedNoise[] {
    return [...this.entries.values()];
  }
}
