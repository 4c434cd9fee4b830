/** A Markdown table from a header row and rows of cells. Pure. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Bytes as KB with one decimal. */
export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
