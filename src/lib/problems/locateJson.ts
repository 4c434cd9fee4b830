import { findNodeAtLocation, type JSONPath, parseTree } from 'jsonc-parser';

/** A JSON path as an editor reads it: `facts[3].evidence.quote`. */
export function formatJsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** Line and column (1-based) of an offset in a text. */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/**
 * The syntax tree of the text last located in: validation locates many paths in one file after another, and
 * parsing the whole file again for each of them made checking 10,000 facts take minutes.
 */
let last: { text: string; root: ReturnType<typeof parseTree> } | undefined;
function parsedTree(text: string): ReturnType<typeof parseTree> {
  if (last?.text !== text) last = { text, root: parseTree(text) };
  return last.root;
}

/**
 * Where a JSON path points in the text: the value's line and column, or the nearest existing parent's when the
 * path names a key that is missing (a missing field is reported at its object).
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): { line: number; col: number } {
  const root = parsedTree(text);
  if (root === undefined) return { line: 1, col: 1 };
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth) as JSONPath);
    if (node !== undefined) {
      // For a property value, point at its key: that is where an editor looks.
      const at = node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node;
      return lineColAt(text, at.offset);
    }
  }
  return { line: 1, col: 1 };
}
