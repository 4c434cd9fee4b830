import { type Dirent, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems/problem';
import { formatBytes } from './contentLimits';
import { decodeUtf8 } from './decodeUtf8';

/** What a content folder holds and how big its files may be. */
export interface ContentFolderRules {
  /** The extension of its content files, lowercase with the dot: `.json`, `.md`. */
  readonly extension: string;
  readonly maxBytes: number;
  /** Why the limit, in a few words, for the message. */
  readonly limitReason: string;
  /** How problems name the folder (default: `dir` as given), e.g. relative to the repository root. */
  readonly shownAs?: string;
  /** Names that are not content and are passed over (a README, `drafts/`). */
  readonly ignore: (name: string, entry: Dirent) => boolean;
}

/** One content file that is a real file of allowed size and valid UTF-8. */
export interface ContentFile {
  readonly name: string;
  /** Path as problems name it (the folder as given, then the name). */
  readonly file: string;
  readonly text: string;
}

/**
 * Lists the content files of one folder in sorted order and checks each before anything parses it: real files
 * only (no symbolic links, folders or devices — a link could read a file from outside the repository), the
 * extension written in lowercase (a `.MD` would otherwise be skipped without a word), the size limit (checked
 * before reading) and UTF-8. Files that pass come back with their text.
 */
export function listContentFiles(
  dir: string,
  rules: ContentFolderRules,
): { files: ContentFile[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const { name } = entry;
    if (name.startsWith('.') || rules.ignore(name, entry)) continue;
    const shown = rules.shownAs ?? dir;
    const file = `${shown}/${name}`;
    const lower = name.toLowerCase();
    const ext = rules.extension;
    const problem = (message: string, fix: string): void => {
      problems.push({ file, message, fix });
    };
    if (entry.isSymbolicLink()) {
      problem(
        'is a symbolic link; content files must be real files in the repository (a link may point outside it, or nowhere)',
        'replace the link with a copy of the file',
      );
      continue;
    }
    if (entry.isDirectory()) {
      problem(
        `is a folder; the build reads only ${ext} files directly in ${shown}/`,
        `move the files inside it up into ${shown}/, or the folder out of it`,
      );
      continue;
    }
    if (!entry.isFile()) {
      problem('is not a regular file', `remove it from ${shown}/`);
      continue;
    }
    if (!lower.endsWith(ext)) {
      problem(
        `is not a ${ext} file, so the build would pass over it`,
        `name it <name>${ext}, or move it out of ${shown}/`,
      );
      continue;
    }
    if (!name.endsWith(ext)) {
      problem(
        `ends in "${name.slice(-ext.length)}", not "${ext}", so the build would pass over it`,
        `rename it to ${name.slice(0, -ext.length)}${ext}`,
      );
      continue;
    }
    const size = lstatSync(join(dir, name)).size;
    if (size > rules.maxBytes) {
      problem(
        `the file is ${formatBytes(size)}; ${ext} files here may be at most ${formatBytes(rules.maxBytes)} (${rules.limitReason})`,
        'split it into several files, or check that it holds what you meant to save',
      );
      continue;
    }
    const decoded = decodeUtf8(readFileSync(join(dir, name)));
    if (!decoded.ok) {
      problems.push({
        file,
        line: decoded.line,
        col: decoded.col,
        message: decoded.binary
          ? 'the file holds binary data (a NUL byte), not text'
          : 'the file is not valid UTF-8 text (the first bad byte is here)',
        fix: decoded.binary
          ? `save it as plain UTF-8 text, or move it out of ${shown}/`
          : 'save it as UTF-8 (without GBK/Big5 encoding)',
      });
      continue;
    }
    files.push({ name, file, text: decoded.text });
  }
  return { files, problems };
}
