/**
 * Full-width forms (U+FF01–U+FF5E: digits ０-９, letters, ． ， ％ （ ） and the rest) become their
 * ASCII twins, and the ideographic space U+3000 becomes a plain space. One character maps to one
 * character, so offsets found in the result are offsets in the input.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
