/**
 * `Intl.NumberFormat('en-US')` with at most `digits` decimals, made once per option set: `toLocaleString` with
 * options builds a new formatter on every call, which was a second of every build (figures are written thousands of
 * times). Gives exactly what `n.toLocaleString('en-US', { maximumFractionDigits: digits, useGrouping })` gives.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function englishNumberFormat(digits: number, useGrouping: boolean): Intl.NumberFormat {
  const key = `${digits}|${useGrouping}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping });
    formats.set(key, format);
  }
  return format;
}
