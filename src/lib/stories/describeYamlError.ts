import type { YamlSyntaxError } from './parseYamlWithLines';

/** Where a YAML syntax error really is, and what to tell the editor: line and column relative to the YAML text. */
export interface YamlErrorReport {
  readonly line: number;
  readonly col: number;
  readonly message: string;
  readonly fix: string;
}

/**
 * Turns the YAML parser's error into the editor's terms. The parser places some errors at the start of the
 * construct it was reading, which can be the line *before* the slip: an indented line is read as part of the
 * previous field's value, and the error starts on that previous line. Those are moved to the line that is wrong.
 * `what` names the YAML for the message: "front matter", "map block".
 */
export function describeYamlError(
  errors: readonly YamlSyntaxError[],
  lines: readonly string[],
  what: string,
): YamlErrorReport | undefined {
  const isImplicitKey = (e: YamlSyntaxError): boolean =>
    e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY';
  // The parser may report one slip several times: a tab says most, then an error that spans lines.
  const e =
    errors.find((x) => x.code === 'TAB_AS_INDENT') ??
    errors.find((x) => isImplicitKey(x) && x.endLine > x.line) ??
    errors[0];
  if (e === undefined) return undefined;
  const multiLine = e.endLine > e.line;
  const implicitKey = isImplicitKey(e);
  if (implicitKey && multiLine && /:(\s|$)/.test(e.lineText)) {
    return {
      line: e.endLine,
      col: 1,
      message: 'this line is indented, so YAML reads it as part of the field on the line before',
      fix: 'start each field at the beginning of the line; only fields inside another (as under "hero:") are indented, by two spaces',
    };
  }
  if (implicitKey && multiLine) {
    return {
      line: e.line,
      col: 1,
      message: 'this line has no ": " between the field name and its value',
      fix: 'write "field: value", with a space after the colon',
    };
  }
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY') {
    return {
      line: e.line,
      col: e.col,
      message: 'a second ": " in this line; YAML reads the text after the first one as a nested field',
      fix: 'put the value in quotes, e.g. title: "粤桂协作: 三年"',
    };
  }
  if (/^Flow (sequence|mapping)/.test(e.message)) {
    // Reported where the parser gave up, after the line whose "[" or "{" is never closed: find that line.
    for (let i = Math.min(e.line, lines.length) - 1; i >= 0; i--) {
      const text = lines[i] ?? '';
      const open = Math.max(text.lastIndexOf('['), text.lastIndexOf('{'));
      if (open !== -1 && !/[\]}]\s*$/.test(text)) {
        return {
          line: i + 1,
          col: open + 1,
          message: `this "${text[open]}" is never closed`,
          fix: `close it with "${text[open] === '[' ? ']' : '}'}" on the same line, e.g. provinces: [guangdong, guangxi]`,
        };
      }
    }
  }
  if (e.code === 'TAB_AS_INDENT') {
    return { line: e.line, col: e.col, message: 'a tab is used for indenting', fix: 'indent with two spaces' };
  }
  if (e.code === 'DUPLICATE_KEY') {
    return { line: e.line, col: e.col, message: 'this field is written twice', fix: 'keep one of the two lines' };
  }
  return {
    line: e.line,
    col: e.col,
    message: `the ${what} is not valid YAML (${e.message})`,
    fix: 'write one "field: value" per line; quote text that contains a colon',
  };
}
