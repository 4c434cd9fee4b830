import type { LoadedCuratedFile } from '../data/loadCuratedFiles';
import { formatJsonPath, locateJsonPath } from '../problems/locateJson';
import type { Problem } from '../problems/problem';
import { normalizeForMatch } from '../text/normalizeArticle';

export interface ProvenanceReport {
  readonly problems: readonly Problem[];
  /** Facts whose quote was found in the archived article text. */
  readonly checkedAgainstText: number;
  /** Facts of clause-only sources, accepted on quote + URL + outlet + date. */
  readonly clauseOnly: number;
  readonly sources: { readonly archived: number; readonly clauseOnly: number };
}

/** The non-empty lines of an article, as `paragraph` indexes count them (1-based). */
export function articleParagraphs(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * Checks every quoted clause against its source: for archived-text sources the clause, normalised (noise, script,
 * width and spaces), must occur in the paragraph it names; clause-only sources must carry URL, outlet and date.
 * `readArticle` returns the raw text of an article file, or undefined when it is missing.
 */
export function verifyProvenance(
  files: readonly LoadedCuratedFile[],
  readArticle: (file: string) => string | undefined,
): ProvenanceReport {
  const problems: Problem[] = [];
  let checkedAgainstText = 0;
  let clauseOnly = 0;
  let archived = 0;
  let clauseSources = 0;
  for (const { file, text, data } of files) {
    const { source } = data;
    const at = (path: (string | number)[], message: string, fix: string): void => {
      problems.push({ file, ...locateJsonPath(text, path), path: formatJsonPath(path), message, fix });
    };
    if (source.evidence === 'clause-only') {
      clauseSources++;
      if ((source.url ?? source.readAt) === undefined || source.outlet.trim() === '' || source.published.date === '') {
        at(
          ['source'],
          'a clause-only source needs URL, outlet and date',
          'add "url" or "readAt", "outlet" and "published.date"',
        );
        continue;
      }
      clauseOnly += data.facts.length;
      continue;
    }
    archived++;
    const raw = source.file === undefined ? undefined : readArticle(source.file);
    if (raw === undefined) {
      at(['source', 'file'], `article file "${source.file}" not found in the sources folder`, 'check the file name');
      continue;
    }
    const paragraphs = articleParagraphs(raw).map(normalizeForMatch);
    data.facts.forEach((fact, i) => {
      const quote = normalizeForMatch(fact.evidence.quote);
      const n = fact.evidence.paragraph;
      const inNamed = n !== undefined && paragraphs[n - 1]?.includes(quote) === true;
      if (inNamed) {
        checkedAgainstText++;
        return;
      }
      const found = paragraphs.findIndex((p) => p.includes(quote));
      if (found >= 0) {
        at(
          ['facts', i, 'evidence', 'paragraph'],
          `the quote is in paragraph ${found + 1}, not ${n ?? '(none given)'}`,
          `set "paragraph": ${found + 1}`,
        );
      } else {
        at(
          ['facts', i, 'evidence', 'quote'],
          `the quote "${fact.evidence.quote}" is not in ${source.file}`,
          'copy the clause verbatim from the article (noise such as ◆ or spam may be left out)',
        );
      }
    });
  }
  return { problems, checkedAgainstText, clauseOnly, sources: { archived, clauseOnly: clauseSources } };
}
