import { parseQuantity } from '../quantity/parseQuantity';

/** A figure in the unit the article wrote it in: 17.58 亿元 for “17.58亿元”, 1.9 万人 for “1.9万多人”. */
export interface WrittenValue {
  /** The numeral as written (half-width digits, no 多/余), e.g. `17.58`. */
  readonly value: string;
  /** Multiplier and noun as written, e.g. `亿元`, `万人次`, `名`; empty when the article names none. */
  readonly unit: string;
}

const MULTIPLIER = /^(万亿|亿|万|千|百)/;
/** Words around a figure that are not its unit: qualifiers before (约, 近, 超过) and after (多, 余, 以上, 左右). */
const NOT_UNIT = /^(多|余|以上|左右|之多)/;

/**
 * Splits a figure's display expression (simplified characters) into its written value and unit, for the CSV
 * columns a spreadsheet reader uses beside the base value. Undefined when the expression does not parse.
 */
export function splitWrittenValue(display: string): WrittenValue | undefined {
  const parsed = parseQuantity(display);
  if (!parsed.ok) return undefined;
  const numeral = /^[\d.]+/.exec(parsed.number)?.[0];
  if (numeral === undefined) return undefined;
  const multiplier = MULTIPLIER.exec(parsed.number.slice(numeral.length))?.[0] ?? '';
  // The noun: what follows the numeral and its multiplier in the text, without 多/余 and trailing qualifiers.
  const at = display.search(/[\d０-９一二三四五六七八九十百千万亿两]/);
  let rest = display.slice(Math.max(at, 0)).replace(/^[\d０-９.,，]+/, '');
  while (NOT_UNIT.test(rest) || MULTIPLIER.test(rest)) rest = rest.replace(NOT_UNIT, '').replace(MULTIPLIER, '');
  const noun = /^[^\d\s约近超过以上左右余多（(]+/.exec(rest)?.[0]?.replace(/(以上|左右)$/, '') ?? '';
  return { value: numeral, unit: `${multiplier}${noun}` };
}
