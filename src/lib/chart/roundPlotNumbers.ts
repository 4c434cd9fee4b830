/**
 * Rounds the coordinates Observable Plot writes with full float precision (`x2="65.55555555555556"`,
 * `translate(123.1111111111111,324)`) to two decimals, a hundredth of a pixel: the same drawing in far less markup.
 * Only numbers inside attribute values change, never text a reader sees (a figure such as 22.795亿元).
 */
export function roundPlotNumbers(markup: string): string {
  return markup.replace(/="[^"]*"/g, (attribute) =>
    attribute.replace(/-?\d*\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100 + 0)),
  );
}
