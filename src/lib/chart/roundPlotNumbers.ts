/**
 * Rounds the coordinates Observable Plot writes with full float precision (`x2="65.55555555555556"`,
 * `translate(123.1111111111111,324)`) to one decimal, as the maps are: the same drawing in far less markup.
 * Only plain numbers inside attribute values change (not lengths in em, such as Plot's dy="0.32em"), never text a
 * reader sees (a figure such as 22.795亿元).
 */
export function roundPlotNumbers(markup: string): string {
  return markup.replace(/="[^"]*"/g, (attribute) =>
    attribute.replace(/-?\d*\.\d{2,}(?![\w%])/g, (n) => String(Math.round(Number(n) * 10) / 10 + 0)),
  );
}
