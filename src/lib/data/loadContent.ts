import { checkCuratedDetails } from '../check/checkCuratedDetails';
import type { Problem } from '../problems/problem';
import { loadReference } from '../reference/loadReference';
import { buildDatasets, type Datasets } from './buildDatasets';
import { compileFacts } from './compileFacts';
import { type LoadedCuratedFile, loadCuratedFiles } from './loadCuratedFiles';
import { createPlaceIndex } from './placeIndex';
import { validateCurated } from './validateCurated';

export interface ContentDirs {
  readonly reference: string;
  readonly curated: string;
}

export const DEFAULT_DIRS: ContentDirs = { reference: 'data/reference', curated: 'data/curated' };

/**
 * Loads, validates and compiles all data: the one entry point shared by the data build and `npm run check`.
 * Returns every problem found, or the datasets when there are none.
 */
export function loadContent(dirs: ContentDirs = DEFAULT_DIRS): (
  | { ok: true; datasets: Datasets }
  | { ok: false; problems: readonly Problem[] }
) & {
  /** The curated files that parsed, for `npm run check`'s readiness rules (absent when the reference failed). */
  curated?: readonly LoadedCuratedFile[];
} {
  let reference: ReturnType<typeof loadReference>;
  try {
    reference = loadReference(dirs.reference);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file: dirs.reference, message, fix: 'correct the reference file named above' }] };
  }
  const places = createPlaceIndex(reference);
  const curated = loadCuratedFiles(dirs.curated);
  const problems = [
    ...curated.problems,
    ...validateCurated(curated.files, places),
    ...checkCuratedDetails(curated.files),
  ];
  if (problems.length > 0) return { ok: false, problems, curated: curated.files };
  const { sources, facts } = compileFacts(curated.files, places);
  return { ok: true, datasets: buildDatasets(reference, places, sources, facts), curated: curated.files };
}
