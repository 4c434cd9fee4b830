import type { Problem } from '../problems/problem';

/** A story file cut into its YAML front matter and its Markdown body, with the file lines each starts on. */
export interface SplitStory {
  readonly yaml: string;
  /** 1-based file line of the first YAML line (the line after the opening `---`). */
  readonly yamlLine: number;
  readonly body: string;
  /** 1-based file line of the first body line. */
  readonly bodyLine: number;
}

/** Splits `---\n<yaml>\n---\n<body>`; a file without front matter is a problem at line 1. */
export function splitFrontMatter(
  text: string,
  file: string,
): { ok: true; value: SplitStory } | { ok: false; problem: Problem } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message: 'the story has no front matter',
        fix: 'start the file with a line "---", the fields title, dek, date, byline, provinces, sources and hero, then "---"',
      },
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close === -1) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message: 'the front matter is never closed',
        fix: 'end the front matter with a line "---"',
      },
    };
  }
  return {
    ok: true,
    value: {
      yaml: lines.slice(1, close).join('\n'),
      yamlLine: 2,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
  };
}
