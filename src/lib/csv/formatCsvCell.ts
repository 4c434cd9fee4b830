import { csvFormatValue } from 'd3';

/** Characters a spreadsheet reads as the start of a formula (OWASP "CSV Injection"): = + - @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, safe to open in a spreadsheet. A text that starts like a formula (`=HYPERLINK(…)`, `@SUM(…)`) is
 * neutralised the way OWASP recommends: prefixed with a single quote, so Excel, LibreOffice and Google Sheets show
 * it as text instead of running it, and wrapped in double quotes (inner quotes doubled). Other cells are
 * quoted only when they must be (comma, quote, line break), as d3 does.
 */
export function formatCsvCell(value: string): string {
  if (!FORMULA_START.test(value)) return csvFormatValue(value);
  return `"'${value.replaceAll('"', '""')}"`;
}

/** Rows of cells as CSV lines (no trailing newline), every cell through `formatCsvCell`. */
export function formatCsvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(formatCsvCell).join(',')).join('\n');
}
