import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';
import { formatJsonPath, lineColAt, locateJsonPath } from '../problems/locateJson';
import type { Problem } from '../problems/problem';
import { type CuratedFile, curatedFileSchema } from '../schema/curatedFile';

/** A curated file that parsed and passed its schema, with its text kept for locating later problems. */
export interface LoadedCuratedFile {
  /** Path relative to the repository root. */
  readonly file: string;
  readonly text: string;
  readonly data: CuratedFile;
}

export interface CuratedLoad {
  readonly files: readonly LoadedCuratedFile[];
  readonly problems: readonly Problem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Explains a zod issue in words an editor can act on. */
function describeIssue(issue: z.core.$ZodIssue): { message: string; fix: string } {
  if (issue.code === 'unrecognized_keys') {
    return {
      message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      fix: 'remove it or check its spelling against content/README.md',
    };
  }
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) {
    const allowed =
      issue.code === 'invalid_value' ? `: one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` : '';
    return { message: `missing field "${String(issue.path.at(-1))}"`, fix: `add it${allowed} (see content/README.md)` };
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return { message: `${JSON.stringify(issue.input)} is not allowed here`, fix: `use one of ${allowed}` };
  }
  return { message: issue.message, fix: 'correct the value (see content/README.md)' };
}

/** Parses and schema-checks one curated file's bytes; returns the data or the problems found. */
export function parseCuratedFile(
  file: string,
  bytes: Uint8Array,
): { ok: true; loaded: LoadedCuratedFile } | { ok: false; problems: Problem[] } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [
        { file, message: 'the file is not valid UTF-8 text', fix: 'save it as UTF-8 (without GBK/Big5 encoding)' },
      ],
    };
  }
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [
        { file, line: 1, message: 'the file is empty', fix: 'write { "source": {…}, "facts": [] } or delete the file' },
      ],
    };
  }
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((e) => ({
        file,
        ...lineColAt(text, e.offset),
        message: `malformed JSON: ${printParseErrorCode(e.error)}`,
        fix: 'check for a missing comma, quote or bracket just before this place',
      })),
    };
  }
  const result = curatedFileSchema.safeParse(json, { reportInput: true });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
        return { file, ...locateJsonPath(text, path), path: formatJsonPath(path), ...describeIssue(issue) };
      }),
    };
  }
  const stem = basename(file, '.json');
  if (result.data.source.id !== stem) {
    return {
      ok: false,
      problems: [
        {
          file,
          ...locateJsonPath(text, ['source', 'id']),
          path: 'source.id',
          message: `source id "${result.data.source.id}" differs from the file name "${stem}"`,
          fix: `rename the file to ${result.data.source.id}.json or set the id to "${stem}"`,
        },
      ],
    };
  }
  return { ok: true, loaded: { file, text, data: result.data } };
}

/** Reads every `*.json` in the curated folder (sorted, so builds are deterministic). */
export function loadCuratedFiles(dir: string, root = process.cwd()): CuratedLoad {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  const files: LoadedCuratedFile[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const parsed = parseCuratedFile(relative(root, path), readFileSync(path));
    if (parsed.ok) files.push(parsed.loaded);
    else problems.push(...parsed.problems);
  }
  return { files, problems };
}
