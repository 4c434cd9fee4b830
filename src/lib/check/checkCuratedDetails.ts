import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { LoadedCuratedFile } from '../data/loadCuratedFiles';
import { formatJsonPath, locateJsonPath } from '../problems/locateJson';
import type { Problem } from '../problems/problem';
import { isIsoDate } from '../stories/storyFrontMatterSchema';

/**
 * Rules of curated files the schema cannot express and the build relies on: the publication date is a day that
 * exists (2021-02-30 passes a YYYY-MM-DD pattern), and every value is an integer or decimal that a JavaScript
 * number holds exactly (beyond 2^53 digits are silently lost, and the value could no longer be compared with its
 * expression).
 */
export function checkCuratedDetails(files: readonly LoadedCuratedFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const { file, text, data } of files) {
    const at = (path: (string | number)[], message: string, fix: string): void => {
      problems.push({ file, ...locateJsonPath(text, path), path: formatJsonPath(path), message, fix });
    };
    const { date } = data.source.published;
    if (!isIsoDate(date)) {
      at(
        ['source', 'published', 'date'],
        `${date} is not a day of the calendar`,
        'check the day and month against the article (months have 28–31 days)',
      );
    }
    data.facts.forEach((fact, i) => {
      if (fact.value > Number.MAX_SAFE_INTEGER) {
        const path = ['facts', i, 'value'];
        at(
          path,
          `value ${writtenAt(text, path)} is beyond 2^53 (9007199254740991), where numbers lose digits: it would be read as ${BigInt(fact.value)}`,
          'check the digits: no figure of the programme is that large (1万亿元 is 1000000000000)',
        );
      }
    });
  }
  return problems;
}

/** The value at a JSON path exactly as the file writes it (digits a number cannot hold included). */
function writtenAt(text: string, path: (string | number)[]): string {
  const root = parseTree(text);
  const node = root === undefined ? undefined : findNodeAtLocation(root, path);
  return node === undefined ? '?' : text.slice(node.offset, node.offset + node.length);
}
