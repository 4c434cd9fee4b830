/**
 * One problem found in content or data, worded for an editor:
 * `file:line:col — what is wrong — how to fix`.
 */
export interface Problem {
  /** Path relative to the repository root, e.g. `data/curated/x.json`. */
  readonly file: string;
  /** 1-based line and column, when the place in the file is known. */
  readonly line?: number;
  readonly col?: number;
  /** JSON path such as `facts[3].value`, when the file is JSON. */
  readonly path?: string;
  readonly message: string;
  readonly fix: string;
}

/** Formats a problem as one line: `file:line:col (path) — what is wrong — how to fix`. */
export function formatProblem(p: Problem): string {
  const place = p.line === undefined ? p.file : `${p.file}:${p.line}${p.col === undefined ? '' : `:${p.col}`}`;
  const path = p.path === undefined || p.path === '' ? '' : ` (${p.path})`;
  return `${place}${path} — ${p.message} — ${p.fix}`;
}

/** Thrown by loaders and builds when content has problems; carries every problem, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in content:\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
