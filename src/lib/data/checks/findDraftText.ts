import type { CuratedFile } from '../../schema/curatedFile';

/** A string field that still holds the extraction helper's placeholders. */
export interface DraftText {
  readonly path: readonly (string | number)[];
  readonly text: string;
}

// The helper writes TODO where it could not know a value and DRAFT in the notes it generates.
const DRAFT_WORDS = /\bTODO\b|\bDRAFT\b/u;

/** Every string in a curated file (source and facts) that still holds TODO or DRAFT, with its JSON path. */
export function findDraftText(data: CuratedFile): DraftText[] {
  const found: DraftText[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (DRAFT_WORDS.test(value)) found.push({ path, text: value });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i]);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return found;
}
