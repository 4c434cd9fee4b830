/**
 * Every CSV is published twice, under `public/data/`: `<name>.csv` (UTF-8 with a byte-order mark, for Excel on
 * Chinese Windows) and `<name>.plain.csv` (UTF-8 without one, for pandas, R, d3-dsv and the data package).
 */
export function csvPaths(name: string): { excel: string; plain: string } {
  return { excel: `${name}.csv`, plain: `${name}.plain.csv` };
}
