import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

/** A parsed YAML text that can tell the line of any path in it. */
export interface YamlWithLines {
  /** The plain JavaScript value. */
  readonly value: unknown;
  /** Syntax errors, each with the 1-based line (relative to the YAML text) and a message. */
  readonly errors: readonly { line: number; message: string }[];
  /**
   * 1-based line (relative to the YAML text) of the deepest node on `path` that exists: the value's line when it is
   * there, else the line of the nearest parent, else 1.
   */
  lineOf(path: readonly (string | number)[]): number;
}

/** Parses YAML keeping source positions, so content errors can name the line of a field. */
export function parseYamlWithLines(text: string): YamlWithLines {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const errors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));
  return {
    value: errors.length > 0 ? undefined : doc.toJS(),
    errors,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = 1;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
          if (pair === undefined) break;
          const keyRange = (pair.key as Node | null)?.range;
          if (keyRange) line = lineAt(keyRange[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key];
        } else {
          break;
        }
        const range = (node as Node | null)?.range;
        if (range && typeof key === 'number') line = lineAt(range[0]);
      }
      return line;
    },
  };
}
