import { parsePeriod } from '../period/parsePeriod';
import { formatJsonPath, locateJsonPath } from '../problems/locateJson';
import type { Problem } from '../problems/problem';

/**
 * The period check of `validateCurated`, run on a file that failed its schema: the period errors of that file are
 * listed with its schema errors, not only once those are fixed. `reported` holds the JSON paths already reported.
 */
export function checkRawPeriods(file: string, text: string, json: unknown, reported: ReadonlySet<string>): Problem[] {
  const facts = (json as { facts?: unknown } | null)?.facts;
  if (!Array.isArray(facts)) return [];
  const problems: Problem[] = [];
  facts.forEach((fact: unknown, i) => {
    const period = (fact as { period?: unknown } | null)?.period;
    const path = ['facts', i, 'period'];
    if (typeof period !== 'string' || reported.has(formatJsonPath(path))) return;
    const parsed = parsePeriod(period);
    if (!parsed.ok) {
      problems.push({
        file,
        ...locateJsonPath(text, path),
        path: formatJsonPath(path),
        message: parsed.error,
        fix: 'see "Periods" in content/README.md',
      });
    }
  });
  return problems;
}
