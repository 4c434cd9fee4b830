import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../problems/problem';
import { loadReference } from '../../reference/loadReference';
import { type ContentDirs, DEFAULT_DIRS } from '../loadContent';
import { type LoadedCuratedFile, loadCuratedFiles } from '../loadCuratedFiles';
import { createPlaceIndex } from '../placeIndex';
import { checkReadiness, type RoleOf } from './checkReadiness';
import { improveProblems } from './improveProblems';

/**
 * What `npm run check` adds to the data build's own validation: the readiness rules on every curated file that
 * parses, then near-match and script hints on all problems (the build's and these). Returns the problems (which
 * fail the check) and warnings (printed only); a reference folder that does not load leaves the build's problems
 * unchanged.
 */
export function runReadinessChecks(
  buildProblems: readonly Problem[],
  dirs: ContentDirs = DEFAULT_DIRS,
  /** The curated files the data build already loaded from `dirs.curated` (read again when not given). */
  loaded?: readonly LoadedCuratedFile[],
): { problems: Problem[]; warnings: Problem[]; factIdOf: (file: string, index: number) => string | undefined } {
  let reference: ReturnType<typeof loadReference>;
  try {
    reference = loadReference(dirs.reference);
  } catch {
    return { problems: [...buildProblems], warnings: [], factIdOf: () => undefined };
  }
  const places = createPlaceIndex(reference);
  const programme = new Map(reference.provinces.map((p) => [p.id, p.programme]));
  const roleOf: RoleOf = (id) => (id === 'national' ? 'national' : programme.get(places.get(id)?.province ?? ''));
  const files = loaded ?? loadCuratedFiles(dirs.curated).files;
  const placeIds = ['national', ...reference.provinces.map((p) => p.id), ...reference.places.map((p) => p.id)];
  // Each file is read once however many problems it has (a fact's heading and each hint look it up).
  const parsed = new Map<string, unknown>();
  const readJson = (file: string): unknown => {
    if (!parsed.has(file)) {
      try {
        parsed.set(file, JSON.parse(readFileSync(join(process.cwd(), file), 'utf8')));
      } catch {
        parsed.set(file, undefined);
      }
    }
    return parsed.get(file);
  };
  const readiness = checkReadiness(files, roleOf);
  const factIdOf = (file: string, index: number): string | undefined => {
    const json = readJson(file) as { facts?: { id?: unknown }[] } | undefined;
    const id = json?.facts?.[index]?.id;
    return typeof id === 'string' ? id : undefined;
  };
  return {
    factIdOf,
    problems: improveProblems([...buildProblems, ...readiness.problems], { placeIds, readJson }),
    warnings: readiness.warnings,
  };
}
