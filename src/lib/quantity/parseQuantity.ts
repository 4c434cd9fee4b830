import type { Unit } from '../model/metrics';
import type { Qualifier } from '../schema/curatedFile';
import { toHalfWidth } from '../text/toHalfWidth';

/**
 * Reading one figure the way Chinese articles write it ("2.8万余人", "20多亿元", "超过1亿美元",
 * "十四个", "2.8萬餘人"), and finding every figure in a sentence.
 */

/** The result of reading one figure: its value in base units, or why it is not a figure. */
export type ParsedQuantity =
  | {
      ok: true;
      /** Value in base units (yuan, usd, persons, person-times, count, mu, sqm, tonnes). */
      value: number;
      unit: Unit;
      qualifier: Qualifier;
      /**
       * The numeral as written, canonicalised: half-width digits, no thousands separators, no
       * 多/余, Traditional multipliers simplified ("2.8万" for "2.8萬餘人", "20亿" for "20多亿元").
       */
      number: string;
      /**
       * False when the expression names no unit ("58万", "近50000", "三千"): `unit` is then 'count' by
       * default, and the noun after the figure in the article decides (58万农村劳动力 counts persons).
       */
      unitWritten: boolean;
    }
  | { ok: false; error: string };

/** A successful reading. */
export type Quantity = Extract<ParsedQuantity, { ok: true }>;

/** A figure found in a text: `text.slice(start, end)` is the figure and `parseQuantity` of it gives `parsed`. */
export interface FoundQuantity {
  /** The figure as written, with its qualifier words ("近5500万元", "3000万人以上"). */
  text: string;
  /** UTF-16 offsets in the input (the same as character offsets for Chinese text). */
  start: number;
  end: number;
  parsed: Quantity;
  /**
   * For a figure written without a unit but followed by a word for people (58万农村劳动力,
   * 近50000宁夏人): 'person'. Absent otherwise.
   */
  impliedUnit?: Unit;
}

// Traditional forms of the characters this parser reads. One character to one, so offsets survive.
const TRADITIONAL: Readonly<Record<string, string>> = {
  萬: '万',
  億: '亿',
  餘: '余',
  約: '约',
  兩: '两',
  個: '个',
  項: '项',
  場: '场',
  戶: '户',
  棟: '栋',
  噸: '吨',
  畝: '亩',
  過: '过',
  將: '将',
  內: '内',
  幣: '币',
};

/** Half-width and simplified for the few characters that matter here; the same length as the input. */
function fold(text: string): string {
  return toHalfWidth(text).replace(/[萬億餘約兩個項場戶棟噸畝過將內幣]/g, (ch) => TRADITIONAL[ch] ?? ch);
}

// Longest first, so that 人次 wins over 人 and 场次 over 场.
const UNITS: readonly (readonly [string, Unit])[] = [
  ['人民币', 'yuan'],
  ['平方米', 'sqm'],
  ['美元', 'usd'],
  ['人次', 'person-time'],
  ['场次', 'count'],
  ['元', 'yuan'],
  ['人', 'person'],
  ['名', 'person'],
  ['位', 'person'],
  ['个', 'count'],
  ['家', 'count'],
  ['所', 'count'],
  ['期', 'count'],
  ['场', 'count'],
  ['次', 'count'],
  ['项', 'count'],
  ['栋', 'count'],
  ['批', 'count'],
  ['户', 'count'],
  ['份', 'count'],
  ['亩', 'mu'],
  ['吨', 'tonne'],
];

const PREFIX_QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['大约', 'approx'],
  ['将近', 'approx'],
  ['超过', 'at-least'],
  // 突破 ("broke through"): the figure is a threshold passed, so at least that much.
  ['突破', 'at-least'],
  ['不到', 'at-most'],
  ['不足', 'at-most'],
  ['至少', 'at-least'],
  ['最少', 'at-least'],
  ['约', 'approx'],
  ['近', 'approx'],
  ['超', 'at-least'],
  ['逾', 'at-least'],
];

const SUFFIX_QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['以上', 'at-least'],
  ['左右', 'approx'],
  ['以内', 'at-most'],
  ['以下', 'at-most'],
];

// Words that, right after a number, make it a date, an age, a time or a percentage.
const NOT_A_UNIT = /^(?:%|‰|个百分点|百分点|年|月|日|号|时|点|岁|周岁|天|分钟|秒)/;

// ---------------------------------------------------------------------------------------------
// Exact decimals: value = m × 10^e. Figures like 2.8万 must give 28000, not 27999.999…

interface Dec {
  readonly m: bigint;
  readonly e: number;
}

const ZERO: Dec = { m: 0n, e: 0 };

function decFromDigits(digits: string): Dec {
  const [int = '', frac = ''] = digits.replace(/,/g, '').split('.');
  return { m: BigInt(int + frac), e: -frac.length };
}

function decShift(a: Dec, k: number): Dec {
  return { m: a.m, e: a.e + k };
}

function decAdd(a: Dec, b: Dec): Dec {
  const e = Math.min(a.e, b.e);
  return { m: a.m * 10n ** BigInt(a.e - e) + b.m * 10n ** BigInt(b.e - e), e };
}

/** The nearest double to the exact decimal, built from its decimal string so that 2.8万 is 28000. */
function decToNumber(a: Dec): number {
  if (a.e >= 0) return Number(a.m * 10n ** BigInt(a.e));
  const digits = a.m.toString().padStart(-a.e + 1, '0');
  const cut = digits.length + a.e;
  return Number(`${digits.slice(0, cut)}.${digits.slice(cut)}`);
}

// ---------------------------------------------------------------------------------------------
// The numeral: Arabic digits or Chinese numerals, with 十/百/千 and 万/亿, and one 多/余.

const CN_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };
const BIG: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };
const NUMERALS_IN_A_ROW = 'numerals in a row, as in a name like 十四五 or a code';
const ARABIC = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;

interface Numeral {
  /** Offset just after the numeral (on error: after the run of numeral characters read). */
  end: number;
  value?: Dec;
  canonical: string;
  /** 多 or 余 inside or after the numeral ("20多亿", "2.8万余"). */
  more: boolean;
  /** The numeral starts with Chinese numerals rather than Arabic digits. */
  chinese: boolean;
  error?: string;
}

/** True where a numeral may start: an Arabic digit, a Chinese digit or 十 (百/千/万 alone are words: 千万家, 万企). */
function isNumeralStart(ch: string | undefined): boolean {
  return ch !== undefined && (/[0-9]/.test(ch) || ch in CN_DIGITS || ch === '十');
}

/**
 * Reads the longest run of numeral characters at `pos` of a folded string and evaluates it with
 * the usual grammar (sections of 千百十 joined by 万 and 亿). Numerals in a row without a unit
 * between them ("十四五", "二〇二三", "四五") are names or codes, not quantities.
 */
function readNumeral(s: string, pos: number): Numeral {
  const chinese = !/[0-9]/.test(s[pos] ?? '');
  let i = pos;
  let total = ZERO;
  let section = ZERO;
  let current: Dec | null = null;
  // For colloquial 三千五 (= 3500): the unit exponent right before a lone Chinese digit.
  let digitAfterUnit: number | null = null;
  let lastSmall = 4;
  let lastBig = 0;
  let zero = false;
  let more = false;
  let prev: 'digit' | 'small' | 'big' | 'more' | 'zero' | null = null;
  let canonical = '';
  let error: string | undefined;

  const closeSection = (): Dec => {
    let c = current ?? ZERO;
    if (current !== null && digitAfterUnit !== null) c = decShift(c, digitAfterUnit - 1);
    return decAdd(section, c);
  };

  while (i < s.length && error === undefined) {
    const ch = s[i] ?? '';
    ARABIC.lastIndex = i;
    const arabic = chinese ? null : ARABIC.exec(s);
    if (arabic !== null && arabic.index === i) {
      const digits = arabic[0];
      if (prev === 'digit' || prev === 'more') error = NUMERALS_IN_A_ROW;
      else if (/^0\d/.test(digits)) error = `"${digits}" starts with 0 (a date part or a code)`;
      current = decFromDigits(digits);
      digitAfterUnit = null;
      canonical += digits.replace(/,/g, '');
      i += digits.length;
      prev = 'digit';
      continue;
    }
    if (chinese && ch in CN_DIGITS) {
      if (prev === 'digit' || prev === 'more') {
        error = NUMERALS_IN_A_ROW;
        i += 1;
        break;
      }
      current = { m: BigInt(CN_DIGITS[ch] ?? 0), e: 0 };
      digitAfterUnit = !zero && (prev === 'small' || prev === 'big') ? (prev === 'small' ? lastSmall : lastBig) : null;
      prev = 'digit';
    } else if (chinese && (ch === '零' || ch === '〇')) {
      if (prev === null || prev === 'digit' || prev === 'more') {
        error = NUMERALS_IN_A_ROW;
        i += 1;
        break;
      }
      zero = true;
      prev = 'zero';
    } else if (ch in SMALL) {
      const k = SMALL[ch] ?? 1;
      let n = current;
      if (n === null && k === 1 && (prev === null || prev === 'zero' || prev === 'big')) n = { m: 1n, e: 0 };
      if (n === null || prev === 'more') error = `"${ch}" without a digit before it`;
      else if (k >= lastSmall) error = `"${ch}" out of order`;
      else section = decAdd(section, decShift(n, k));
      current = null;
      digitAfterUnit = null;
      lastSmall = k;
      zero = false;
      prev = 'small';
    } else if (ch in BIG) {
      const k = BIG[ch] ?? 4;
      if (prev === null || prev === 'zero') {
        error = `"${ch}" without a digit before it`;
      } else if (k === 4) {
        if (lastBig === 4) error = '"万" twice';
        total = decAdd(total, decShift(closeSection(), 4));
      } else {
        if (lastBig === 8 && prev === 'big') error = '"亿" twice';
        total = decShift(decAdd(total, closeSection()), 8);
      }
      section = ZERO;
      current = null;
      digitAfterUnit = null;
      lastSmall = 4;
      lastBig = k;
      zero = false;
      prev = 'big';
    } else if ((ch === '多' || ch === '余') && !more && prev !== null && prev !== 'zero') {
      more = true;
      prev = 'more';
      i += 1;
      continue;
    } else {
      break;
    }
    canonical += ch;
    i += 1;
  }

  if (error !== undefined) return { end: skipNumeralRun(s, i), canonical, more, chinese, error };
  if (prev === null) return { end: i, canonical, more, chinese, error: 'no number' };
  return { end: i, value: decAdd(total, closeSection()), canonical, more, chinese };
}

/** After a bad numeral, the rest of its run, so that "十四五" is skipped whole and never read as 十四. */
function skipNumeralRun(s: string, i: number): number {
  let j = i;
  while (j < s.length && /[0-9.,零〇一二两三四五六七八九十百千万亿]/.test(s[j] ?? '')) j += 1;
  return j;
}

function matchAt<T>(
  s: string,
  pos: number,
  table: readonly (readonly [string, T])[],
): readonly [string, T] | undefined {
  return table.find(([word]) => s.startsWith(word, pos));
}

// ---------------------------------------------------------------------------------------------

const fail = (error: string): ParsedQuantity => ({ ok: false, error });

/**
 * Reads one figure written the Chinese way: an optional qualifier before (约/大约/近/将近/超过/超/逾/
 * 不到/不足/至少), the number (Arabic or full-width digits, decimals, thousands separators, or Chinese
 * numerals), 多/余 inside or after it, 十/百/千/万/亿 multipliers (also 万亿), a unit (元, 美元, 人, 人次,
 * 名, 位, 个, 家, 所, 期, 场, 场次, 次, 项, 栋, 批, 户, 份, 亩, 平方米, 吨, 人民币; none: a count, with
 * `unitWritten: false`) and an optional qualifier after (以上/左右/以内/以下). Traditional script is
 * read too (2.8萬餘人). Whitespace around the parts is allowed.
 *
 * Qualifiers: 约/大约/近/将近/左右 → approx; 多/余/超过/超/逾/至少/以上 → at-least; 不到/不足/以内/以下 → at-most.
 * Anything else in the expression is an error (累计4万人次, 第01版, 2023年, 60%, 十四五, 3000公斤).
 */
export function parseQuantity(expression: string): ParsedQuantity {
  const s = fold(expression).trim();
  if (s === '') return fail('empty expression');
  let pos = 0;
  const qualifiers: (readonly [string, Qualifier])[] = [];

  const prefix = matchAt(s, pos, PREFIX_QUALIFIERS);
  if (prefix !== undefined) {
    qualifiers.push(prefix);
    pos += prefix[0].length;
  }
  pos = skipSpaces(s, pos);
  if (s[pos] === '第') return fail(`"${expression}" is an ordinal, not a quantity`);
  if (!isNumeralStart(s[pos])) {
    const at = s.search(/[0-9一二两三四五六七八九十]/);
    return at < 0
      ? fail(`no number in "${expression}"`)
      : fail(`unexpected text "${s.slice(pos, at)}" before the number in "${expression}"`);
  }

  const numeral = readNumeral(s, pos);
  if (numeral.error !== undefined || numeral.value === undefined) {
    return fail(`not a quantity: "${expression}" (${numeral.error ?? 'no number'})`);
  }
  if (numeral.more) qualifiers.push([s.includes('余') ? '余' : '多', 'at-least']);
  pos = skipSpaces(s, numeral.end);

  const rest = s.slice(pos);
  const notUnit = NOT_A_UNIT.exec(rest);
  if (notUnit !== null) {
    return fail(
      /[%‰]|百分点/.test(notUnit[0])
        ? `"${expression}" is a percentage, not a quantity`
        : `"${expression}" is a date, a time or an age ("${notUnit[0]}"), not a quantity`,
    );
  }

  let unit: Unit = 'count';
  const unitWord = matchAt(s, pos, UNITS);
  if (unitWord !== undefined) {
    unit = unitWord[1];
    pos = skipSpaces(s, pos + unitWord[0].length);
  }
  const suffix = matchAt(s, pos, SUFFIX_QUALIFIERS);
  if (suffix !== undefined) {
    qualifiers.push(suffix);
    pos += suffix[0].length;
  }
  if (pos < s.length) {
    const left = s.slice(pos);
    return unitWord === undefined && suffix === undefined
      ? fail(`unknown unit "${left}" in "${expression}"`)
      : fail(`unexpected text "${left}" after the figure in "${expression}"`);
  }

  const kinds = [...new Set(qualifiers.map(([, q]) => q))];
  if (kinds.length > 1) {
    return fail(`conflicting qualifiers ${qualifiers.map(([w]) => `"${w}"`).join(' and ')} in "${expression}"`);
  }
  return {
    ok: true,
    value: decToNumber(numeral.value),
    unit,
    qualifier: kinds[0] ?? 'exact',
    number: numeral.canonical,
    unitWritten: unitWord !== undefined,
  };
}

function skipSpaces(s: string, pos: number): number {
  let p = pos;
  while (p < s.length && /\s/.test(s[p] ?? '')) p += 1;
  return p;
}

// ---------------------------------------------------------------------------------------------
// Finding figures in running text.

// A unit followed by these is part of another word: 四个年头, 三个多月, 四位一体, 两家人, 所以…
const UNIT_CONTINUATIONS: Readonly<Record<string, RegExp>> = {
  个: /^(?:多?月|年|小时|星期|工作日|季度|百分点)/,
  位: /^一体/,
  名: /^[称字义]/,
  家: /^[人庭乡里]/,
  户: /^[口籍]/,
  所: /^[以有在谓]/,
};
// 约 and 近 inside words (签约, 就近) are not qualifiers.
const QUALIFIER_BLOCKERS: Readonly<Record<string, RegExp>> = {
  约: /[签预节制公条和协特相邀履违践盟合契]$/,
  近: /[就附最亲邻靠接贴临]$/,
  超: /[高赶]$/,
};

/**
 * Every figure in a piece of text, left to right, each with its offsets and its reading
 * (`parsed` is exactly `parseQuantity(text)` of the span). A figure is a number with a known unit
 * (3045人, 231.9亿元, 三千元左右), or an Arabic number without one that carries 万/亿 (3万余) or is
 * followed by a word for people (58万农村劳动力, 近50000宁夏人; then `impliedUnit` is 'person').
 * Skipped on purpose: numbers without a known unit (2023年, 11月, 15日, 48岁, 2天, 3000公斤, codes and
 * phone numbers), percentages (60%以上, 34% — not returned at all: no unit for them in the model),
 * ordinals (第01版, 第二批), names and idioms (十四五, “四位一体”, 千万家, 万企兴万村, 十万火急), Chinese
 * numerals without a unit, the Chinese numeral 一 alone (一个样子, 一批 — almost never a reported
 * figure), the second number of a range (1至9月), and numbers glued to Latin letters (j9, B2).
 */
export function findQuantities(text: string): FoundQuantity[] {
  const s = fold(text);
  const found: FoundQuantity[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isNumeralStart(s[i])) {
      i += 1;
      continue;
    }
    const numeral = readNumeral(s, i);
    const next = Math.max(numeral.end, i + 1);
    const figure = numeral.value === undefined ? undefined : figureAt(s, i, numeral);
    if (figure !== undefined) {
      const { start, end, impliedUnit } = figure;
      const parsed = parseQuantity(text.slice(start, end));
      if (parsed.ok) {
        const quantity: FoundQuantity = { text: text.slice(start, end), start, end, parsed };
        if (impliedUnit !== undefined) quantity.impliedUnit = impliedUnit;
        found.push(quantity);
      }
      i = end;
    } else {
      i = next;
    }
  }
  return found;
}

// Words for people that may follow a figure written without a unit: 58万农村劳动力, 近50000宁夏人.
const PEOPLE_NOUN =
  /^(?:\p{Script=Han}{0,3}(?:劳动力|人口|群众|农民工|农牧民|农民|牧民|村民|居民|学生|教师|干部|人才|工人)|\p{Script=Han}{1,2}人(?!次|民币))/u;

interface FigureSpan {
  start: number;
  end: number;
  impliedUnit?: Unit;
}

/** The span of the figure whose numeral starts at `start`, or undefined when it is not a figure. */
function figureAt(s: string, start: number, numeral: Numeral): FigureSpan | undefined {
  const before = s.slice(0, start);
  if (/[A-Za-z第.]$/.test(before)) return undefined;
  if (/[0-9零〇一二两三四五六七八九十百千万亿][至到~\-—–]$/.test(before)) return undefined;
  if (numeral.chinese && (numeral.canonical === '一' || /[“"《「‘]$/.test(before))) return undefined;

  const after = s.slice(numeral.end);
  if (NOT_A_UNIT.test(after)) return undefined;
  const unit = matchAt(s, numeral.end, UNITS);
  let end = numeral.end;
  let impliedUnit: Unit | undefined;
  if (unit !== undefined) {
    end += unit[0].length;
    if (UNIT_CONTINUATIONS[unit[0]]?.test(s.slice(end)) === true) return undefined;
  } else if (numeral.chinese) {
    return undefined; // 十万火急, 两地: Chinese numerals count only with a unit.
  } else if (PEOPLE_NOUN.test(after)) {
    impliedUnit = 'person';
  } else if (!/[万亿]/.test(numeral.canonical)) {
    return undefined; // a bare number (a code, a year, 3000公斤): not a figure.
  }
  const suffix = matchAt(s, end, SUFFIX_QUALIFIERS);
  if (suffix !== undefined) end += suffix[0].length;

  let from = start;
  const prefix = PREFIX_QUALIFIERS.find(([word]) => before.endsWith(word));
  if (prefix !== undefined) {
    const ahead = before.slice(0, before.length - prefix[0].length);
    if (QUALIFIER_BLOCKERS[prefix[0]]?.test(ahead) !== true) from -= prefix[0].length;
  }
  return impliedUnit === undefined ? { start: from, end } : { start: from, end, impliedUnit };
}
