import { type ParseError, printParseErrorCode } from 'jsonc-parser';
import { lineColAt } from '../problems/locateJson';

/** A JSON syntax error placed and worded for an editor: line and column in the file. */
export interface JsonErrorReport {
  readonly line: number;
  readonly col: number;
  readonly message: string;
  readonly fix: string;
}

/**
 * Words a JSON syntax error. A comma after the last item (`"a": 1, }`) is the commonest slip and the parser calls it
 * a missing property or value at the bracket: it is reported at the comma, as a trailing comma. Other errors keep
 * the parser's code and point at the place it stopped.
 */
export function describeJsonError(text: string, error: ParseError): JsonErrorReport {
  const closing = text[error.offset];
  let before = error.offset - 1;
  while (before >= 0 && /\s/.test(text[before] ?? '')) before--;
  if ((closing === '}' || closing === ']') && text[before] === ',') {
    return {
      ...lineColAt(text, before),
      message: `a comma after the last ${closing === '}' ? 'field' : 'item'}, before "${closing}" (JSON allows none)`,
      fix: 'remove this comma',
    };
  }
  return {
    ...lineColAt(text, error.offset),
    message: `malformed JSON: ${printParseErrorCode(error.error)}`,
    fix: 'check for a missing comma, quote or bracket just before this place',
  };
}
