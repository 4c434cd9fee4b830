import { relative } from 'node:path';
import { type ParseError, parse } from 'jsonc-parser';
import type { z } from 'zod';
import { checkRawPeriods } from '../check/checkRawPeriods';
import { CONTENT_LIMITS } from '../check/contentLimits';
import { decodeUtf8 } from '../check/decodeUtf8';
import { describeFormatIssue } from '../check/describeFormatIssue';
import { describeJsonError } from '../check/describeJsonError';
import { listContentFiles } from '../check/listContentFiles';
import { formatJsonPath, locateJsonPath } from '../problems/locateJson';
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
  if (issue.code === 'invalid_format') return describeFormatIssue(issue);
  return { message: issue.message, fix: 'correct the value (see content/README.md)' };
}

/** Parses and schema-checks one curated file's bytes; returns the data or the problems found. */
export function parseCuratedFile(
  file: string,
  bytes: Uint8Array,
): { ok: true; loaded: LoadedCuratedFile } | { ok: false; problems: Problem[] } {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      problems: [
        { file, message: 'the file is not valid UTF-8 text', fix: 'save it as UTF-8 (without GBK/Big5 encoding)' },
      ],
    };
  }
  return parseCuratedText(file, decoded.text);
}

/** Parses and schema-checks one curated file's text. */
export function parseCuratedText(
  file: string,
  text: string,
): { ok: true; loaded: LoadedCuratedFile } | { ok: false; problems: Problem[] } {
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
      // After the first slip the parser's later errors are mostly echoes of it.
      problems: errors.slice(0, 1).map((e) => ({ file, ...describeJsonError(text, e) })),
    };
  }
  const result = curatedFileSchema.safeParse(json, { reportInput: true });
  if (!result.success) {
    const problems: Problem[] = result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      return { file, ...locateJsonPath(text, path), path: formatJsonPath(path), ...describeIssue(issue) };
    });
    const reported = new Set(problems.map((p) => p.path ?? ''));
    return { ok: false, problems: [...problems, ...checkRawPeriods(file, text, json, reported)] };
  }
  const stem = file.replace(/^.*\//, '').replace(/\.json$/, '');
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

/**
 * Reads every `*.json` in the curated folder (sorted, so builds are deterministic), after the file checks of
 * `listContentFiles` (real files, size, UTF-8); `drafts/` and a README are not curated files.
 */
export function loadCuratedFiles(dir: string, root = process.cwd()): CuratedLoad {
  const listed = listContentFiles(dir, {
    extension: '.json',
    maxBytes: CONTENT_LIMITS.curatedBytes,
    limitReason: 'one source’s facts; bigger files made pages of many megabytes',
    shownAs: relative(root, dir),
    ignore: (name, entry) => (name === 'drafts' && entry.isDirectory()) || name.toLowerCase() === 'readme.md',
  });
  const files: LoadedCuratedFile[] = [];
  const problems: Problem[] = [...listed.problems];
  for (const { file, text } of listed.files) {
    const parsed = parseCuratedText(file, text);
    if (parsed.ok) files.push(parsed.loaded);
    else problems.push(...parsed.problems);
  }
  return { files, problems };
}
