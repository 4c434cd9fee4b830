import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

/** One YAML syntax error: where it starts and ends, the parser's code and message, and the line it starts on. */
export interface YamlSyntaxError {
  readonly line: number;
  readonly col: number;
  /** Line where the parser's range ends: an indented line read as part of the one before ends it. */
  readonly endLine: number;
  readonly endCol: number;
  readonly code: string;
  readonly message: string;
  /** The text of the line the error starts on. */
  readonly lineText: string;
}

/** A parsed YAML text that can tell the line of any path in it. */
export interface YamlWithLines {
  /** The plain JavaScript value. */
  readonly value: unknown;
  /** Syntax errors, each placed by 1-based line and column (relative to the YAML text). */
  readonly errors: readonly YamlSyntaxError[];
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
  const lines = text.split('\n');
  const errors = doc.errors.map((e): YamlSyntaxError => {
    const start = lineCounter.linePos(e.pos[0]);
    const end = lineCounter.linePos(e.pos[1]);
    return {
      line: start.line,
      col: start.col,
      endLine: end.line,
      endCol: end.col,
      code: e.code,
      message: e.message.split('\n')[0] ?? e.message,
      lineText: lines[start.line - 1] ?? '',
    };
  });
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
