import type { z } from 'zod';
import type { Problem } from '../problems/problem';

/** Where a zod-validated YAML object sits, so its issues can be reported as problems. */
export interface IssueSite {
  readonly file: string;
  /** What the object is, in words: `front matter`, `map block`. */
  readonly what: string;
  /** Prefix for a problem's path: `` for front matter, `map` for a ```map block. */
  readonly pathPrefix: string;
  /** The object's fields, named when an unknown one is found. */
  readonly fields: readonly string[];
  /** The parsed YAML value. */
  readonly value: unknown;
  /** The file line to report for a path; a missing field is reported at its parent's line. */
  lineOf(path: readonly (string | number)[]): number;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  const tail = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
  const joined = `${prefix}${tail}`;
  return joined.startsWith('.') ? joined.slice(1) : joined;
}

/** Splits a schema message written `what — fix`. */
function splitMessage(message: string): { message: string; fix: string } {
  const at = message.indexOf(' — ');
  return at === -1
    ? { message, fix: 'see the story guide' }
    : { message: message.slice(0, at), fix: message.slice(at + 3) };
}

/** Turns zod issues on a YAML object into editor-facing problems with file, line and field. */
export function issueToProblems(issues: readonly z.core.$ZodIssue[], site: IssueSite): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file: site.file,
          line: site.lineOf([...path, key]),
          path: joinPath(site.pathPrefix, [...path, key]),
          message: `"${key}" is not a ${site.what} field`,
          fix: `use ${site.fields.join(', ')}`,
        });
      }
      continue;
    }
    const missing = path.length > 0 && valueAt(site.value, path) === undefined;
    const key = path[path.length - 1];
    const split = splitMessage(issue.message);
    problems.push({
      file: site.file,
      line: site.lineOf(missing ? path.slice(0, -1) : path),
      path: joinPath(site.pathPrefix, path),
      ...(missing
        ? { message: `the ${site.what} has no "${String(key)}"`, fix: split.fix.replace(/^write /, 'add ') }
        : split),
    });
  }
  return problems;
}
