/** Types for `subset-font` (BSD-3-Clause), which ships none: only the call this project makes. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    readonly targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt';
    readonly preserveNameIds?: readonly number[];
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
